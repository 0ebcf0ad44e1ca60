import type { Stage } from '../article.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { germanNounsMessage } from '../entities/german-nouns.ts';
import { wordListMessage } from '../entities/word-list.ts';

/**
 * Stage: people, organisations and places with their canonical ids (src/entities). German articles say
 * so when the common-noun dictionary is missing, Italian ones when the word list is, since their entities
 * are then less precise.
 */
export const findEntities: Stage = (rec) => {
  const mentions = extractEntities({ text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code, tokens: rec.tokens });
  const note = rec.lang.code === 'de' ? germanNounsMessage() : wordListMessage(rec.lang.code);
  return { ...rec, facts: [...rec.facts, ...mentions], messages: note ? [...rec.messages, note] : rec.messages };
};
