/**
 * Named entities: a mention is a span of the article's text; its `entity` is the canonical identity
 * that every spelling, inflection, language and name order of the same person, organisation or place shares.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/**
 * Canonical entity id, language-independent and deterministic: `loc:us` (a region code from CLDR),
 * `per:biden+joe` (folded name parts, sorted, so name order does not matter), `org:nasa`.
 */
export type EntityId = Brand<string, 'EntityId'>;
export const entityId = (s: string): EntityId => s as EntityId;

export type EntityType = 'PER' | 'ORG' | 'LOC';

export interface EntityMention {
  kind: 'entity';
  /** UTF-16 offsets into the article's text, end exclusive; the span holds the name only, not the role. */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  entity: EntityId;
  /** Role or title written with the name ("US-Verteidigungsminister Lloyd Austin" → 'defence secretary'), else null. */
  role: string | null;
  /**
   * The name is only the first part of a compound word ("G7-Gipfel", "CSU-Vorstandsklausur"): it still tells
   * which entity the article is about, but is no mention of its own (GermEval's *part, KIND's O).
   */
  part?: true;
}
