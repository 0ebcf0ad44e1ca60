import type { Stage } from '../article.ts';
import { extractEntities } from '../entities/extract-entities.ts';

/** Stage: people, organisations and places with their canonical ids (src/entities). */
export const findEntities: Stage = (rec) => {
  const mentions = extractEntities({ text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code, tokens: rec.tokens });
  return { ...rec, facts: [...rec.facts, ...mentions] };
};
