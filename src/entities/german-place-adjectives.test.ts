import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from './entity.ts';
import { candidateSpanning } from './entities-testing.ts';
import { placeAdjectives } from './german-place-adjectives.ts';

/** The candidate spanning `words`, kept with `type` (what the model may make of it), and the name and type afterwards. */
function after(text: string, words: string, type: EntityType): string {
  const { c, span: s, surface } = candidateSpanning(text, words);
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
