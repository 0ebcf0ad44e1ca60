/**
 * The JSON the UI reads, as the server sends it. Types that live in leaf modules of the engine
 * (the briefing, facts, relations) are imported from there, so that a change on the server breaks
 * the UI's type check rather than the page. The store's types cannot be imported (their module
 * graph reaches Node built-ins), so they are restated here; src/server/ui-wire.ts checks at
 * type-check time that the store's types still fit these.
 */
import type { LanguageGuess, Message, Paragraph } from '../../../src/article.ts';
import type { Briefing, BriefingSource } from '../../../src/briefing/briefing.ts';
import type { EntityType } from '../../../src/entities/entity.ts';
import type { Fact } from '../../../src/facts/fact.ts';
import type { Quote } from '../../../src/quotes/quote.ts';
import type { Relation } from '../../../src/relate/relation.ts';

export type { Briefing, BriefingSource, Fact, Relation };

export interface StorySummary {
  id: string;
  topic: string;
  title: string | null;
  articles: number;
  independent: number;
  languages: string[];
  firstSeq: number;
  lastSeq: number;
  earliest: string | null;
  latest: string | null;
}

export interface StoryPage {
  items: StorySummary[];
  next: string | null;
}

export interface SearchHit {
  article: string;
  story: string;
  title: string | null;
  lang: string;
  snippet: string;
  highlights: Array<{ start: number; end: number }>;
}

export interface TopicDetail {
  id: string;
  stories: StorySummary[];
}

export interface Placement {
  story: string;
  topic: string;
  relation: Relation | null;
  via: 'relation' | 'similarity' | 'new';
  score: number;
  runnerUp: { story: string; score: number } | null;
}

export interface ArticleDetail {
  id: string;
  seq: number;
  title: string | null;
  lang: LanguageGuess;
  story: string;
  topic: string;
  relation: Relation | null;
  url: string | null;
  published: string | null;
  source: string | null;
  text: string;
  byline: string | null;
  paragraphs: Paragraph[];
  messages: Message[];
  placement: Placement;
  reportDate: string | null;
  facts: Fact[];
}

export interface EntityDetail extends EntitySummary {
  inStories: Array<{ story: string; title: string | null; mentions: number }>;
  quotes: Array<{ article: string; story: string; lang: string; quote: Quote; text: string }>;
}

/** A story member as `GET /api/stories/{id}` lists it beside the briefing, with the evidence of its relation. */
export interface StoryMember {
  id: string;
  title: string | null;
  lang: string;
  published: string | null;
  /** Copied field by field from one `Relation`, so `kind` and `evidence` always belong together. */
  relation: { kind: Relation['kind']; of: string; score: number; evidence: Relation['evidence'] } | null;
}

/** `GET /api/stories/{id}`: the briefing and the members. */
export type StoryAnswer = Briefing & { members?: StoryMember[] };

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number;
  articles: number;
  stories: number;
  languages: string[];
}

export interface EntityPage {
  items: EntitySummary[];
  next: string | null;
}

/** RFC 9457 problem details, as every error of the API is answered. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  parameter?: string;
}
