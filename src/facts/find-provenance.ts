import type { Stage } from '../article.ts';
import { extractProvenance } from './extract-provenance.ts';

/** Stage: translation notices, agency datelines and "with material from" credits. */
export const findProvenance: Stage = (rec) => {
  const found = extractProvenance({ text: rec.text, paragraphs: rec.paragraphs });
  return found.length === 0 ? rec : { ...rec, facts: [...rec.facts, ...found] };
};
