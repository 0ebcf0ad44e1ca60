/**
 * What an article states, as found by the fact stages: entity mentions, quotes, figures, dates and
 * where the article says it comes from. One union keyed on `kind`, stored with the article.
 */
import type { DateMention } from '../dates/date-mention.ts';
import type { EntityMention } from '../entities/entity.ts';
import type { Figure } from '../figures/figure.ts';
import type { Quote } from '../quotes/quote.ts';

/**
 * A statement of origin: "Übersetzung vom Epoch Times Artikel", "(AFP) –", "with material from Reuters".
 * `via`: 'translation' (the article says it is a translation of another), 'agency' (a wire service's
 * dateline or credit), 'material' (written with material from another source).
 */
export interface Provenance {
  kind: 'provenance';
  start: number;
  end: number;
  text: string;
  /** The source named, as written ("Epoch Times", "AFP", "Reuters"). */
  source: string;
  via: 'translation' | 'agency' | 'material';
}

export type Fact = EntityMention | Quote | Figure | DateMention | Provenance;

/** The facts of one kind, typed. */
export function factsOf<K extends Fact['kind']>(facts: readonly Fact[], kind: K): Array<Extract<Fact, { kind: K }>> {
  return facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);
}
