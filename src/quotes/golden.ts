/**
 * Test support for the golden tables: mentions written by hand (every occurrence of a surface form becomes a
 * mention of the given entity), one paragraph per blank-line-separated block, and a check of the quotes found.
 */

import assert from 'node:assert/strict';
import type { Paragraph } from '../article.ts';
import { entityId, type EntityMention, type EntityType } from '../entities/entity.ts';
import { extractQuotes } from './extract-quotes.ts';
import type { Quote } from './quote.ts';

/** [surface, type, entity id, role?] */
export type Name = readonly [string, EntityType, string, string?];

export interface Expected {
  /** The quoted or reported content exactly as extracted (without quote marks). */
  content: string;
  direct: boolean;
  /** Entity id of the speaker, or null. */
  speaker: string | null;
  /** The mention the speaker was resolved from, when it matters which. */
  speakerText?: string;
}

export interface GoldenCase {
  name: string;
  text: string;
  names: readonly Name[];
  quotes: readonly Expected[];
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  for (const block of text.split(/\n\s*\n/)) {
    const start = text.indexOf(block, from);
    out.push({ start, end: start + block.length, kind: 'body', repeatOf: null });
    from = start + block.length;
  }
  return out;
}

export function mentionsOf(text: string, names: readonly Name[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [surface, type, id, role] of names) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      // Whole words only: "Kirby" is not a mention inside "Kirbys".
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + surface.length] ?? '')) continue;
      out.push({ kind: 'entity', start: at, end: at + surface.length, text: surface, type, entity: entityId(id), role: role ?? null });
    }
  }
  // A longer name wins over a shorter one inside it ("John Kirby" over "Kirby").
  return out.filter((m) => !out.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

export function runCase(lang: string, c: GoldenCase): Quote[] {
  return extractQuotes({ text: c.text, paragraphs: paragraphsOf(c.text), lang }, mentionsOf(c.text, c.names));
}

/** Every expected quote is found with its kind and speaker, and nothing else is found. */
export function checkCase(lang: string, c: GoldenCase): void {
  const got = runCase(lang, c);
  const seen = got.map((q) => ({
    content: c.text.slice(q.start, q.end),
    direct: q.direct,
    speaker: q.speaker,
    speakerText: q.speakerText,
  }));
  const want = c.quotes.map((e) => ({ content: e.content, direct: e.direct, speaker: e.speaker, speakerText: e.speakerText ?? seen.find((s) => s.content === e.content)?.speakerText }));
  assert.deepEqual(seen, want, `${lang}: ${c.name}`);
}
