import { defaults } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import type { EntityMention } from './entity.ts';
import { extractEntities } from './extract-entities.ts';

/** Runs a text through the real per-article stages, then the entity extractor: what tests of entities share. */
export function entitiesOf(text: string, lang: string, id = 'test'): EntityMention[] {
  const rec = analyzeArticle(rawArticle(id, text, { declaredLang: lang }), defaults);
  return extractEntities({ text: rec.text, paragraphs: rec.paragraphs, lang, tokens: rec.tokens });
}

/** `TYPE text` for each mention, with `(role)` when one was read: compact rows for golden tables. */
export function describe(mentions: readonly EntityMention[]): string[] {
  return mentions.map((m) => `${m.type} ${m.text}${m.role ? ` (${m.role})` : ''}`);
}
