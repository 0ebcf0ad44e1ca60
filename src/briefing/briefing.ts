/**
 * The story briefing: what `parallax story ID`, `GET /api/stories/{id}` and the web UI's story page show.
 * Every sentence of the summary cites the articles it comes from; every figure in the ledger names the
 * sources that give it, so that agreement and conflict between outlets can be seen at a glance.
 */
import type { ArticleId, StoryId, TopicId } from '../article.ts';
import type { EntityId, EntityType } from '../entities/entity.ts';
import type { Measure } from '../figures/figure.ts';
import type { Relation } from '../relate/relation.ts';

export interface BriefingSource {
  article: ArticleId;
  title: string | null;
  lang: string;
  source: string | null;
  url: string | null;
  published: string | null;
  /** How this article relates to an earlier member (copy, near-copy, translation), or null for an original report. */
  relation: Pick<Relation, 'kind' | 'of' | 'score'> | null;
  /** Where the article says it comes from ("Übersetzung vom … Artikel", "(AFP)", "with material from Reuters"). */
  provenance: string[];
  /** The independent report this article belongs to: itself, or the original it copies or translates. */
  report: ArticleId;
}

export interface SummarySentence {
  text: string;
  /** The articles this sentence (or a translation or copy of it) comes from; the first is the one quoted. */
  cites: ArticleId[];
  /** Independent reports that carry the sentence's content. */
  support: number;
}

export interface TimelineEntry {
  /** ISO 8601, as precise as known. */
  date: string;
  /** 'event': when something happened; 'report': when a source published. */
  role: 'event' | 'report';
  text: string;
  article: ArticleId;
  start: number | null;
  end: number | null;
}

export interface KeyPerson {
  entity: EntityId;
  name: string;
  type: EntityType;
  roles: string[];
  mentions: number;
  articles: number;
  quotes: Array<{ article: ArticleId; lang: string; text: string; direct: boolean; start: number; end: number }>;
}

export interface LedgerValue {
  value: number;
  min: number | null;
  max: number | null;
  unit: string | null;
  si: { value: number; unit: string } | null;
  /** Each place the value is given: article, its language, the text as written, and its span. */
  given: Array<{ article: ArticleId; lang: string; text: string; start: number; end: number }>;
  /** Independent reports giving this value. */
  reports: number;
}

export interface LedgerRow {
  /** What the figures measure, as written in the first source ("Soldaten", "BIP"), with the measure kind. */
  about: string | null;
  measure: Measure;
  values: LedgerValue[];
  /** 'agree': one value (several sources); 'conflict': sources give different values; 'single': one source. */
  status: 'agree' | 'conflict' | 'single';
}

export interface Briefing {
  id: StoryId;
  topic: TopicId;
  title: string | null;
  summary: SummarySentence[];
  timeline: TimelineEntry[];
  people: KeyPerson[];
  ledger: LedgerRow[];
  sources: BriefingSource[];
  articles: number;
  independentReports: number;
  languages: string[];
  earliest: string | null;
  latest: string | null;
}
