/**
 * The library API: one object per store. Everything the command line and the HTTP server do with a
 * store is here as typed methods; see the "Library" section of the README.
 */
import { articleId, topicId } from '../article.ts';
import { resolveConfig, type Options, type ResolvedConfig } from '../config.ts';
import type { IngestReport, Progress } from '../ingest.ts';
import { readInputs } from '../read/read-inputs.ts';
import type { ReadResult } from '../read/read-result.ts';
import { openStore } from '../store/open-store.ts';
import { entityId } from '../entities/entity.ts';
import type { ArticleDetail, EntityDetail, EntityPage, EntityQuery, SearchHit, Store, StoryPage, StoryQuery, TopicDetail } from '../store/store.ts';
import { submittedObject } from './json-input.ts';
import { SerialIngest } from './serial-ingest.ts';
import { storyBriefing, type StoryBriefing } from './story-briefing.ts';

export interface ParallaxOptions extends Options {
  /** The store: a SQLite file path (created when missing) or a `postgres://` URL. Default `parallax.db`. */
  db?: string;
}

/** Filters of `Parallax.stories`; every field optional, `limit` defaults to 50 (at most 1000). */
export type StoriesQuery = Partial<StoryQuery>;

/** Filters of `Parallax.entities`; every field optional, `limit` defaults to 50 (at most 1000). */
export type EntitiesQuery = Partial<EntityQuery>;

/**
 * What `Parallax.ingest` reads: strings are paths (files or directories, read as the command line
 * reads them); anything else is one article object with the JSONL fields
 * `{id?, title?, text | html, url?, lang?, published?, source?}`.
 */
export type IngestInput = Iterable<string | object> | AsyncIterable<string | object>;

const DEFAULT_LIMIT = 50;

/**
 * A Parallax store, opened for reading and writing.
 *
 * @example
 * ```ts
 * const px = await Parallax.open({ db: 'news.db' });
 * await px.ingest([{ id: 'a1', text: '…', lang: 'de' }]);
 * const { items } = await px.stories({ language: 'de' });
 * await px.close();
 * ```
 */
export class Parallax {
  private readonly writer: SerialIngest;

  private constructor(
    /** The underlying store, for what this class does not cover. */
    readonly store: Store,
    /** The resolved options (thresholds, limits). */
    readonly config: ResolvedConfig,
  ) {
    this.writer = new SerialIngest(store, config);
  }

  /** Opens (or creates) a store. Throws with the path and the fix when it cannot be opened. */
  static async open(options: ParallaxOptions = {}): Promise<Parallax> {
    const config = resolveConfig(options);
    return new Parallax(await openStore(config.db), config);
  }

  /**
   * Reads, analyses and stores articles, placing each in a story. Idempotent: what is already
   * stored with the same content is counted as unchanged. Bad inputs never throw: each is in
   * `report.rejected` with its origin and the reason. Calls on one instance run one after another.
   */
  async ingest(input: IngestInput, onProgress?: (p: Progress) => void): Promise<IngestReport> {
    return this.writer.run(this.read(input), onProgress ? { onProgress } : {});
  }

  /** A page of stories, newest first; pass `next` back as `after` for the following page. */
  async stories(query: StoriesQuery = {}): Promise<StoryPage> {
    return this.store.listStories({ ...query, limit: query.limit ?? DEFAULT_LIMIT });
  }

  /** One story with its members and the evidence of each copy or translation; null when unknown. */
  async story(id: string): Promise<StoryBriefing | null> {
    return storyBriefing(this.store, id);
  }

  /** One article: its text as given, with paragraph spans, messages and placement; null when unknown. */
  async article(id: string): Promise<ArticleDetail | null> {
    return this.store.article(articleId(id));
  }

  /** A topic's stories in time order; null when unknown. */
  async topic(id: string): Promise<TopicDetail | null> {
    return this.store.topic(topicId(id));
  }

  /** Canonical entities (people, organisations, places), most mentioned first, in pages like `stories`. */
  async entities(query: EntitiesQuery = {}): Promise<EntityPage> {
    return this.store.entities({ ...query, limit: query.limit ?? DEFAULT_LIMIT });
  }

  /** One entity: its names, counts, the stories it occurs in and the quotes attributed to it; null when unknown. */
  async entity(id: string): Promise<EntityDetail | null> {
    return this.store.entity(entityId(id));
  }

  /** Full text over every language, case- and diacritics-insensitive; all words must occur. */
  async search(q: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    return this.store.search(q, options.limit ?? DEFAULT_LIMIT);
  }

  /** Closes the store; the object is unusable afterwards. */
  async close(): Promise<void> {
    await this.store.close();
  }

  private async *read(input: IngestInput): AsyncGenerator<ReadResult> {
    let index = 0;
    for await (const item of input) {
      if (typeof item === 'string') yield* readInputs([item], { maxBytes: this.config.maxBytes });
      else yield submittedObject(item, { file: 'ingest()', index }, 'fix the object or leave it out').read;
      index++;
    }
  }
}
