import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import type { EntityType } from './entity.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { placeAdjectives } from './german-place-adjectives.ts';
import type { Span } from './spans.ts';

/** The candidate spanning `words`, kept with `type` (what the model may make of it), and the name and type afterwards. */
function after(text: string, words: string, type: EntityType): string {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang: 'de', tokens: tokensOf(text, paragraphs, 'de') }, true);
  const surface = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const s = spans.find((o) => surface(o) === words);
  assert.ok(s, `no candidate ${words} among ${spans.map(surface).join(', ')}`);
  const out = placeAdjectives(c, [{ ...s, type }])[0]!;
  return `${out.type} ${surface(out)}`;
}

test('a kept place takes the capitalised adjectives before it', () => {
  assert.equal(after('Von Süden sieht man den Kleinen Wolkenzeberg gut.', 'Wolkenzeberg', 'LOC'), 'LOC Kleinen Wolkenzeberg');
  assert.equal(after('Wir wandern im Hinteren Oberen Wolkenze bis zum Abend.', 'Wolkenze', 'LOC'), 'LOC Hinteren Oberen Wolkenze');
  // A person whose head is a place's noun is a place then.
  assert.equal(after('Von Süden sieht man den Kleinen Wolkenzeberg gut.', 'Wolkenzeberg', 'PER'), 'LOC Kleinen Wolkenzeberg');
});

test('but not a sentence opener, an article, a lower-case adjective, or before a person', () => {
  assert.equal(after('Kleine Wolkenze liegen am Weg.', 'Wolkenze', 'LOC'), 'LOC Wolkenze');
  assert.equal(after('Wir fahren durch das kleine Wolkenze heute.', 'Wolkenze', 'LOC'), 'LOC Wolkenze');
  assert.equal(after('Die ehemalige Internationale Petra Wolkenze spielte.', 'Petra Wolkenze', 'PER'), 'PER Petra Wolkenze');
});
