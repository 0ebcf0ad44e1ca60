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
 * One store interface, one implementation per engine (sqlite/ now, postgres/ later), all passing the
 * same contract tests. Writes are batched in transactions: a batch is stored whole or not at all.
 */
export interface Store {
  /** The content hash stored for an id, to skip what is already there. */
  contentHash(id: ArticleId): string | null;
  /** Every stored article's clustering state, in the order it was ingested. */
  loadState(): Iterable<StoredState>;
  /** Stores analysed articles with their placements in one transaction. */
  write(batch: readonly Analysed[]): void;
  articleCount(): number;
  articles(): Iterable<ArticleRow>;
  article(id: ArticleId): ArticleDetail | null;
  stories(): StorySummary[];
  story(id: StoryId): StorySummary | null;
  storyMembers(id: StoryId): ArticleRow[];
  close(): void;
}
