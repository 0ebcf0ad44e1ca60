import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { asciiDigits } from '../language/ascii-digits.ts';
import { foldToLatin } from './transliterate.ts';

const anchorsOf = (text: string) => [...analyzeArticle(rawArticle('x', text), resolveConfig()).features!.anchors.keys()];

test('numbers: one key across locale formats and digit scripts', () => {
  const golden: Array<[string, string]> = [
    ['Derzeit sind rund 54.000 amerikanische Soldaten in Japan stationiert.', 'number:54000'],
    ['About 54,000 American soldiers are stationed in Japan.', 'number:54000'],
    ['Environ 54\u202f000 soldats américains sont stationnés au Japon.', 'number:54000'],
    ['Rund 54\'000 Soldaten sind in Japan stationiert, heisst es in Bern.', 'number:54000'],
    ['Около 54 000 американских солдат находятся в Японии.', 'number:54'],
    ['يتمركز حوالي ٥٤٠٠٠ جندي أمريكي في اليابان.', 'number:54000'],
  ];
  for (const [text, key] of golden) assert.ok(anchorsOf(text).includes(key), `${text} → ${key}: ${anchorsOf(text).join(' ')}`);
  assert.equal(asciiDigits('२०२४ / ២០២៤ / ２０２４'), '2024 / 2024 / 2024');
});

test('years are bare four-digit numbers; "1.800 Meilen" is a number', () => {
  const a = anchorsOf('Im November 2022 stimmte die Regierung zu. Ziele in 900 bis 1.800 Meilen Entfernung.');
  assert.ok(a.includes('year:2022'));
  assert.ok(a.includes('number:1800'));
  assert.ok(!a.includes('year:1800'));
});

test('names: mid-sentence capitals in any script, folded to Latin; sentence-initial words only when seen mid-sentence too', () => {
  const a = anchorsOf('Gestern traf Kishida in Washington ein. Kishida sprach mit Biden über die Lage.');
  assert.ok(a.includes('name:kishida') && a.includes('name:washington') && a.includes('name:biden'));
  assert.ok(!a.includes('name:gestern'));
  assert.equal(foldToLatin('Байден'), 'baiden');
  assert.equal(foldToLatin('Μπάιντεν'), 'bainten');
  assert.equal(foldToLatin('Kłodzko'), 'klodzko');
  assert.equal(foldToLatin('Straße'), 'strasse');
});

test('acronyms are anchors', () => {
  const a = anchorsOf('Die drei Partner des Projekts AUKUS und die G7 verhandeln mit der NASA.');
  for (const k of ['acronym:aukus', 'acronym:g7', 'acronym:nasa']) assert.ok(a.includes(k), k);
});

test('places: countries named in the article\'s language become one key, inflected forms included', () => {
  assert.ok(anchorsOf('Die Vereinigten Staaten und Japan verhandeln in Tokio über Nordkorea.').includes('place:us'));
  const it = anchorsOf('Gli Stati Uniti e il Giappone firmano un accordo sulla Corea del Nord.');
  for (const k of ['place:us', 'place:jp', 'place:kp']) assert.ok(it.includes(k), k);
  assert.ok(anchorsOf('Соединённые Штаты и представители Японии договорились в среду.').includes('place:jp'));
});
