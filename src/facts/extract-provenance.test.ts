import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Paragraph } from '../article.ts';
import { extractProvenance } from './extract-provenance.ts';

const paras = (text: string): Paragraph[] => {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    out.push({ start: at, end: at + line.length, kind: 'body', repeatOf: null });
    at += line.length + 1;
  }
  return out;
};
const find = (text: string) => extractProvenance({ text, paragraphs: paras(text) }).map((p) => [p.via, p.source]);

// Golden table: per language, a notice and the source it names.
const GOLDEN: Array<[string, string, Array<[string, string]>]> = [
  ['de', 'Kishida traf Biden.\nText ist eine Übersetzung vom Epoch Times Artikel:', [['translation', 'Epoch Times']]],
  ['de', 'BERLIN (dpa) – Die Regierung hat beschlossen.', [['agency', 'dpa']]],
  ['de', 'Die Zahl stieg.\nMit Material von Reuters und AFP.', [['material', 'Reuters']]],
  ['en', 'WASHINGTON (Reuters) - The president said on Friday.', [['agency', 'Reuters']]],
  ['en', 'Translated from the original Nikkei Asia article.', [['translation', 'Nikkei Asia']]],
  ['en', 'The talks ended.\nWith reporting from The Associated Press.', [['material', 'The Associated Press']]],
  ['it', 'ROMA (ANSA) - Il governo ha approvato il decreto.', [['agency', 'ANSA']]],
  ['it', "Articolo tradotto da Le Monde.", [['translation', 'Le Monde']]],
  ['fr', 'PARIS (AFP) – Le gouvernement a annoncé.', [['agency', 'AFP']]],
  ['fr', "Traduit de l'article du Guardian.", [['translation', 'Guardian']]],
  ['es', 'Traducido del artículo de El País.', [['translation', 'El País']]],
  ['es', 'Con información de EFE.', [['material', 'EFE']]],
  ['pt', 'Com informações da Lusa.', [['material', 'Lusa']]],
  ['nl', 'Vertaald uit NRC Handelsblad.', [['translation', 'NRC Handelsblad']]],
  ['pl', 'Na podstawie PAP.', [['material', 'PAP']]],
];

for (const [lang, text, expected] of GOLDEN) {
  test(`provenance (${lang}): ${text.slice(0, 40)}`, () => assert.deepEqual(find(text), expected));
}

test('provenance: ordinary parentheses and agency names in running text are not provenance', () => {
  assert.deepEqual(find('Der Bericht (siehe oben) wurde von Reuters zitiert.'), []);
  assert.deepEqual(find('Die AP-Meldung kam spät.'), []);
});

test('provenance: offsets point into the text as given', () => {
  const text = 'Erster Absatz.\nText ist eine Übersetzung vom Epoch Times Artikel:';
  const [p] = extractProvenance({ text, paragraphs: paras(text) });
  assert.equal(text.slice(p!.start, p!.end), p!.text);
  assert.ok(p!.text.startsWith('Übersetzung vom Epoch Times'));
});
