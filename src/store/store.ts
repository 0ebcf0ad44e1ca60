import type { ArticleId, ArticleRecord, Features, LanguageGuess, Message, Origin, Paragraph, StoryId, TopicId } from '../article.ts';
import type { Placement } from '../cluster/corpus.ts';
import type { StoryChange } from '../cluster/story-change.ts';
import type { Explanation } from '../cluster/explain.ts';
import type { EntityId, EntityType } from '../entities/entity.ts';
import type { Fact } from '../facts/fact.ts';
import type { Quote } from '../quotes/quote.ts';
import type { Relation } from '../relate/relation.ts';
import type { MemberSlice } from './member-slice.ts';

/** What `Corpus.restore` needs of each stored article, in stream order. */
export interface StoredState {
  /** Its place in the store's order: what the recorded story changes count from (`StoryHistoryEntry.after`). */
  seq: number;
  id: ArticleId;
  lang: string;
  features: Features;
  story: StoryId;
  /** The topic placement and the merge/split pass gave its story: what the clustering reads. */
  topic: TopicId;
  /** The topic its story is reported under, where regrouping set one (cluster/regroup-around.ts). */
  reportedTopic: TopicId | null;
  /** The publication date the input gave, as given (only such dates bound a story in time), or null. */
  published: string | null;
  /** The day the article reports from (given or inferred), ISO 8601, or null. */
  reportDate: string | null;
  /** The article it copies or translates, if any. */
  relationOf: ArticleId | null;
}

/**
 * A change of the merge/split pass as recorded: the change, its place in the order of all recorded
 * changes (`seq`), and the seq of the last article stored when it was made (`after`).
 */
export type StoryHistoryEntry = StoryChange & { seq: number; after: number };

export interface ArticleRow {
  id: ArticleId;
  seq: number;
  title: string | null;
  lang: LanguageGuess;
  story: StoryId;
  topic: TopicId;
  relation: Relation | null;
  url: string | null;
  published: string | null;
  source: string | null;
  /**
   * Why it was placed where it was placed, as the placement decided (null for articles stored before
   * explanations existed). The stores always give it; optional only so that views built by hand need not.
   */
  explanation?: Explanation | null;
}

export interface ArticleDetail extends ArticleRow {
  text: string;
  byline: string | null;
  /**
   * The language the input declared (JSON `lang`, the page's `lang`), as given; a hint, not the detected
   * `lang`. The stores always give it; optional only so that member views built by hand need not.
   */
  declaredLang?: string | null;
  origin: Origin;
  paragraphs: Paragraph[];
  messages: Message[];
  placement: Placement;
  /** The day the article reports from (given or inferred), ISO 8601, or null. */
  reportDate: string | null;
  /** Entity mentions, quotes, figures, dates and provenance, with offsets into `text`. */
  facts: Fact[];
}

export interface StorySummary {
  id: StoryId;
  topic: TopicId;
  title: string | null;
  articles: number;
  /** Members that copy or translate no other member. */
  independent: number;
  languages: string[];
  firstSeq: number;
  lastSeq: number;
  earliest: string | null;
  latest: string | null;
}

/**
 * Filters for `listStories`. Every filter narrows the set of stories; a story's summary always counts
 * all of its members, whichever member matched.
 */
export interface StoryQuery {
  /** Stories with a member in this language (the stored code: BCP 47 primary subtag, or `und`). */
  language?: string;
  topic?: TopicId;
  /** Stories with a member that mentions this entity. */
  entity?: EntityId;
  /**
   * Calendar dates `YYYY-MM-DD`, inclusive: stories with a member published on a day in the range,
   * the day read from the publication date as the outlet wrote it (its local date, not UTC).
   */
  from?: string;
  to?: string;
  /** Stories with a member matching this full-text query (same matching as `search`). */
  q?: string;
  /** Page size, 1..MAX_PAGE. */
  limit: number;
  /** The `next` of the previous page; opaque to callers (see story-cursor.ts). */
  after?: string;
}

/**
 * One page of stories, newest first: ordered by `firstSeq` descending (when the story was founded),
 * which never changes once a story exists, so paging is stable while articles keep arriving.
 */
export interface StoryPage {
  items: StorySummary[];
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
}

/**
 * One full-text hit. `snippet` is a short plain-text excerpt of the title or text around the match;
 * `highlights` are the matched words in it, as UTF-16 offsets into `snippet` (end exclusive).
 */
export interface SearchHit {
  article: ArticleId;
  story: StoryId;
  title: string | null;
  lang: string;
  snippet: string;
  highlights: Array<{ start: number; end: number }>;
}

/** A topic and its stories in time order: earliest publication date first (undated last), then founding order. */
export interface TopicDetail {
  id: TopicId;
  stories: StorySummary[];
}

/** A canonical entity with what the store knows of it: its names as written, and where it occurs. */
export interface EntitySummary {
  id: EntityId;
  type: EntityType;
  /** The name written most often (the longest of equals). */
  name: string;
  /** Every distinct written form, most frequent first. */
  aliases: string[];
  mentions: number;
  articles: number;
  stories: number;
  languages: string[];
}

export interface EntityQuery {
  /** Only entities of this type. */
  type?: EntityType;
  /** Only entities with a written form containing this text (case-insensitive). */
  q?: string;
  limit: number;
  /** The `next` of the previous page. */
  after?: string;
}

export interface EntityPage {
  items: EntitySummary[];
  next: string | null;
}

export interface EntityDetail extends EntitySummary {
  /** The stories it occurs in, largest first, with its mentions in each. */
  inStories: Array<{ story: StoryId; title: string | null; mentions: number }>;
  /** Quotes attributed to this entity, in ingest order. */
  quotes: Array<{ article: ArticleId; story: StoryId; lang: string; quote: Quote; text: string }>;
}

export interface Analysed {
  record: ArticleRecord;
  placement: Placement;
}

/**
 * One store interface, one implementation per engine (sqlite/, postgres/), all passing the same
 * contract tests. Every call is asynchronous so that a networked engine fits behind it; the SQLite
 * engine answers at once. Writes are batched in transactions: a batch is stored whole or not at all.
 */
export interface Store {
  /** The content hash stored for an id, to skip what is already there. */
  contentHash(id: ArticleId): Promise<string | null>;
  /** Every stored article's clustering state, in the order it was ingested. */
  loadState(): AsyncIterable<StoredState>;
  /**
   * Stores analysed articles with their placements in one transaction, then applies the story changes
   * the corpus made while placing them (see `applyStoryChanges`) and lets go of what only relations read
   * of the articles that left the window (`Corpus.takeDormant`, `dormantFeatures`), in the same transaction.
   */
  write(batch: readonly Analysed[], changes?: readonly StoryChange[], dormant?: readonly ArticleId[]): Promise<void>;
  /**
   * Applies the merge/split pass's changes in order, in one transaction, and records each: a merge
   * moves every article of `from` to `into` and removes `from`; a move moves the listed articles (a
   * created story gets its row, founded by the first of them); a topic change moves a story and its
   * articles to another topic. Changes to stories that do not exist are misuse.
   */
  applyStoryChanges(changes: readonly StoryChange[]): Promise<void>;
  /** The recorded changes a story took part in (as source, target or the story that changed topic), oldest first. */
  storyHistory(id: StoryId): Promise<StoryHistoryEntry[]>;
  /** Every recorded change, oldest first: what `export --all` carries so that an import ends in the same stories. */
  storyChanges(): AsyncIterable<StoryHistoryEntry>;
  articleCount(): Promise<number>;
  /** Every article, in ingest order. */
  articles(): AsyncIterable<ArticleRow>;
  article(id: ArticleId): Promise<ArticleDetail | null>;
  stories(): Promise<StorySummary[]>;
  story(id: StoryId): Promise<StorySummary | null>;
  /** The story's members in ingest order; with a slice, only its first and last members (see MemberSlice). */
  storyMembers(id: StoryId, slice?: MemberSlice): Promise<ArticleRow[]>;
  /** A page of stories matching the filters; see `StoryQuery` and `StoryPage`. Throws for a malformed `after`. */
  listStories(query: StoryQuery): Promise<StoryPage>;
  /**
   * Full text over every article's title and text, in every language: words are matched whole,
   * case- and diacritics-insensitively ("Muller" finds "Müller"), all words of `q` must occur;
   * best matches first, ranked among the newest SEARCH_POOL matches (search-text.ts). Query syntax is never interpreted: `q` is only split into words, so any
   * string is safe. A `q` without words gives no hits.
   */
  search(q: string, limit: number): Promise<SearchHit[]>;
  /** The topic's stories in time order, or null when no story has this topic. */
  topic(id: TopicId): Promise<TopicDetail | null>;
  /**
   * Canonical entities, most mentioned first (ties by id); paged like `listStories`. Throws for a
   * malformed `after`.
   */
  entities(query: EntityQuery): Promise<EntityPage>;
  entity(id: EntityId): Promise<EntityDetail | null>;
  /**
   * A number that changes with every write to the store, by this process or another; a reader that
   * cached an answer under one value may serve it again while the value is the same. Absent: the
   * engine cannot tell cheaply, and nothing may be cached across requests.
   */
  version?(): Promise<number>;
  close(): Promise<void>;
}

export const MAX_PAGE = 1000;

/** For engines: a page size outside 1..MAX_PAGE is misuse. */
export function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new RangeError(`store: limit must be an integer from 1 to ${MAX_PAGE}, got ${String(limit)}`);
  }
}

/** Collects an async iterable, for callers that need the whole list. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}
