import assert from 'node:assert/strict';
import { defaults } from '../config.ts';
import { tokensOf } from '../eval/ner-eval.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import type { EntityMention } from './entity.ts';
import { extractEntities, ruleTypedSpans } from './extract-entities.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/** Runs a text through the real per-article stages, then the entity extractor: what tests of entities share. */
export function entitiesOf(text: string, lang: string, id = 'test'): EntityMention[] {
  const rec = analyzeArticle(rawArticle(id, text, { declaredLang: lang }), defaults);
  return extractEntities({ text: rec.text, paragraphs: rec.paragraphs, lang, tokens: rec.tokens });
}

/** `TYPE text` for each mention, with `(role)` when one was read: compact rows for golden tables. */
export function describe(mentions: readonly EntityMention[]): string[] {
  return mentions.map((m) => `${m.type} ${m.text}${m.role ? ` (${m.role})` : ''}`);
}

/**
 * The rule stage's context of a one-paragraph text and its candidate span covering exactly `words`,
 * with a function giving a span's words: where tests of the steps after the model start, handing the
 * step that span as the model might have kept it. Among candidates of the same words the first that
 * `prefer` accepts is taken, else the first. Fails the test when no candidate covers `words`.
 */
export function candidateSpanning(text: string, words: string, lang = 'de', prefer: (s: Span) => boolean = () => true): { c: TokenContext; span: Span; surface: (s: Span) => string } {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang, tokens: tokensOf(text, paragraphs, lang) }, true);
  const surface = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const span = spans.find((o) => surface(o) === words && prefer(o)) ?? spans.find((o) => surface(o) === words);
  assert.ok(span, `no candidate ${words} among ${spans.map(surface).join(', ')}`);
  return { c, span, surface };
}
