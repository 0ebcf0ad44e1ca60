import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, wholeNames, withNameKeys } from './name-key.ts';

// Inflected forms of one name, as reports in different languages write it (folded, as anchors are).
const SAME: Array<[lang: string, forms: string[]]> = [
  ['pl/en', ['klodzko', 'klodzku', 'klodzka', 'klodzkiej']],
  ['pl/en', ['sobczyk', 'sobczyka', 'sobczykiem']],
  ['pl/en', ['wroblewska', 'wroblewskiej']],
  ['cs/en', ['jesenik', 'jeseniku']],
  ['ru/en (romanised)', ['moskva', 'moskvy', 'moskve']],
  ['de/en', ['niederschlesien', 'niederschlesiens']],
  ['lt/en', ['vilnius', 'vilniuje', 'vilniaus']],
];

test('inflections of one name meet under one key', () => {
  for (const [lang, forms] of SAME) {
    const keys = new Set(forms.map((f) => nameKey(`name:${f}`)));
    assert.equal(keys.size, 1, `${lang}: ${forms.join(', ')} -> ${[...keys].join(', ')}`);
  }
});

test('short names, other kinds of anchor and cut keys stay as they are', () => {
  assert.equal(nameKey('name:biden'), 'name:biden');
  assert.equal(nameKey('name:g7'), 'name:g7');
  assert.equal(nameKey('number:54000'), 'number:54000');
  assert.equal(nameKey('acronym:nasa'), 'acronym:nasa');
  assert.equal(nameKey('place:jp'), 'place:jp');
  assert.equal(nameKey('name:kishida'), 'name:kishi');
  assert.equal(nameKey(nameKey('name:kishida')), 'name:kishi');
});

test('keys that meet add their counts, or keep the first paragraph; a map with nothing to cut is returned as it is', () => {
  const counts = new Map([['name:klodzko', 2], ['name:klodzku', 3], ['number:2300', 1]]);
  assert.deepEqual([...withNameKeys(counts, (a, b) => a + b)], [['name:klodz', 5], ['number:2300', 1]]);
  const paragraphs = new Map([['name:klodzku', 4], ['name:klodzko', 1]]);
  assert.deepEqual([...withNameKeys(paragraphs, Math.min)], [['name:klodz', 1]]);
  const plain = new Map([['name:biden', 1], ['year:2023', 2]]);
  assert.equal(withNameKeys(plain, (a, b) => a + b), plain);
});

test('a cut key is shown as the whole name the article wrote most often under it', () => {
  const names = wholeNames(new Map([['name:kishidas', 1], ['name:kishida', 2], ['name:bidens', 1], ['name:biden', 3], ['name:japans', 1]]));
  assert.deepEqual([...names], [['name:kishi', 'name:kishida'], ['name:japan', 'name:japans']]);
});
