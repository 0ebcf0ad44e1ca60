/**
 * A quote: what someone said, directly (between quote marks) or indirectly (reported speech), and who said it.
 * Offsets are UTF-16 code unit indices into the article's text as given.
 */

import type { EntityId } from '../entities/entity.ts';

export interface Quote {
  kind: 'quote';
  /** The quoted content, without the quote marks (for reported speech: the reported clause). */
  start: number;
  end: number;
  /** True between quote marks, false for reported speech ("said that ...", "according to ..."). */
  direct: boolean;
  /** The speaker's canonical entity, or null when the text does not let us decide. */
  speaker: EntityId | null;
  /** The entity mention the speaker was resolved from (for a pronoun or a role: its antecedent). */
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The reporting verb or phrase as written ("sagte", "ha detto", "according to"), or null. */
  cue: string | null;
}
