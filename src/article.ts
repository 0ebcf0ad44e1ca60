/**
 * The article record: one per article, it travels through every stage of the pipeline.
 * Stages add data and messages to it; none throws for bad content.
 * Every offset is a UTF-16 code unit index into `text` exactly as the reader produced it.
 */

import type { ResolvedConfig } from './config.ts';
import type { Fact } from './facts/fact.ts';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type StoryId = Brand<string, 'StoryId'>;
export type TopicId = Brand<string, 'TopicId'>;

export const articleId = (s: string): ArticleId => s as ArticleId;
export const storyId = (s: string): StoryId => s as StoryId;
export const topicId = (s: string): TopicId => s as TopicId;

/** What a stage has to say about an article; `level: 'error'` means the article was rejected. */
export interface Message {
  stage: string;
  code: string;
  message: string;
  level?: 'info' | 'warning' | 'error';
}

/** Where an article came from, so that every message can name the file and line. */
export interface Origin {
  /** The path as the user gave it (or `-` for standard input, or a URL). */
  file: string;
  /** 1-based line for JSONL input. */
  line?: number;
  /** Index inside a JSON array. */
  index?: number;
}

/** What a reader produces: the fields of the input, nothing inferred yet. */
export interface RawArticle {
  /** The id as given (JSON `id`), or derived from the file name. */
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  /** Declared language (JSON `lang`, HTML `lang` / meta), as given. */
  declaredLang: string | null;
  /** ISO 8601 as given or extracted from page metadata. */
  published: string | null;
  /** Outlet or site name. */
  source: string | null;
  byline: string | null;
  origin: Origin;
  /** Reader notes (encoding guesses, title heuristics). */
  messages: Message[];
}

export type ParagraphKind = 'body' | 'heading' | 'caption';

export interface Paragraph {
  start: number;
  end: number;
  kind: ParagraphKind;
  /** Set when the paragraph repeats an earlier one of the same article; it is then left out of analysis. */
  repeatOf: number | null;
}

export interface LanguageGuess {
  /** BCP 47 primary subtag (ISO 639-1 where one exists, else 639-3), or `und` when unsure. */
  code: string;
  /** 0..1 */
  confidence: number;
  /** A second language and its share of the text, when one is present. */
  second: { code: string; share: number } | null;
}

export interface Token {
  start: number;
  end: number;
  /** NFC, lower-cased surface form. */
  norm: string;
  /** True when the surface form starts with an upper-case letter. */
  cap: boolean;
  /** Index of the paragraph the token is in. */
  para: number;
  /** Snowball stem for the article's language (equal to `norm` where no stemmer exists). */
  stem: string;
}

/** A glued word that was split back, e.g. "inChina" -> "in" + "China". */
export interface GluedSplit {
  start: number;
  at: number;
  end: number;
}

/** Language-independent evidence shared across languages: names, numbers, acronyms, years. */
export type Anchor =
  | { kind: 'name'; key: string }
  | { kind: 'number'; key: string }
  | { kind: 'acronym'; key: string }
  | { kind: 'year'; key: string };

export interface Features {
  /** stem -> weight (tf, title terms weighted up); stop words removed. */
  terms: Map<string, number>;
  /** `kind:key` -> count */
  anchors: Map<string, number>;
  /** `kind:key` -> index of the first analysed paragraph it occurs in: where a translation keeps it. */
  anchorParagraphs: Map<string, number>;
  /** Relative lengths of the analysed paragraphs: the shape a translation keeps. */
  shape: number[];
  /** Hashes of word 5-shingles over the analysed body, for near-duplicate detection. */
  shingles: Uint32Array;
  /** Hash of the analysed body after normalisation, for exact duplicates. */
  bodyHash: string;
  /**
   * How the article's names sound (src/features/sound-key.ts) -> index of the first analysed paragraph:
   * names in cased scripts, every word in scripts without case. What a translation into another script keeps.
   */
  sounds: Map<string, number>;
  /**
   * English pivot words (Snowball stems) for its content words, from a bilingual dictionary when one is
   * installed (src/features/lexicon.ts), weighted as the terms they translate; empty for English, whose
   * terms are its pivots.
   */
  pivots: Map<string, number>;
  /** Common words of the lead, names left out (features/lead-terms.ts): what kind of news it is, for its topic. Absent in stores written before. */
  leadTerms?: Map<string, number>;
}

export interface ArticleRecord {
  id: ArticleId;
  origin: Origin;
  title: string | null;
  text: string;
  url: string | null;
  declaredLang: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
  /** sha256 of title + text + metadata as given: what makes ingest idempotent. */
  contentHash: string;
  paragraphs: Paragraph[];
  lang: LanguageGuess;
  tokens: Token[];
  glued: GluedSplit[];
  features: Features | null;
  /** The day the article reports from, ISO 8601: `published` when given, else inferred from its text; null when unknown. */
  reportDate: string | null;
  /** Entity mentions, quotes, figures, dates and provenance, in the order the fact stages found them. */
  facts: Fact[];
  messages: Message[];
}

/** A per-article pipeline stage: pure, returns a new record, reports through `messages`. */
export type Stage = (rec: ArticleRecord, cfg: ResolvedConfig) => ArticleRecord;
