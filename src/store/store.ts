import type { ArticleId, ArticleRecord, Features, LanguageGuess, Message, Origin, Paragraph, StoryId, TopicId } from '../article.ts';
import type { Placement } from '../cluster/corpus.ts';
import type { Relation } from '../relate/relation.ts';

/** What `Corpus.restore` needs of each stored article, in stream order. */
export interface StoredState {
  id: ArticleId;
  lang: string;
  features: Features;
  story: StoryId;
  topic: TopicId;
}

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
}

export interface ArticleDetail extends ArticleRow {
  text: string;
  byline: string | null;
  origin: Origin;
  paragraphs: Paragraph[];
  messages: Message[];
  placement: Placement;
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
  /** Stores analysed articles with their placements in one transaction. */
  write(batch: readonly Analysed[]): Promise<void>;
  articleCount(): Promise<number>;
  /** Every article, in ingest order. */
  articles(): AsyncIterable<ArticleRow>;
  article(id: ArticleId): Promise<ArticleDetail | null>;
  stories(): Promise<StorySummary[]>;
  story(id: StoryId): Promise<StorySummary | null>;
  storyMembers(id: StoryId): Promise<ArticleRow[]>;
  close(): Promise<void>;
}

/** Collects an async iterable, for callers that need the whole list. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}
