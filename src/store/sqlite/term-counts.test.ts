import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { readInputs } from '../../read/read-inputs.ts';
import { TOKENIZE } from './sqlite-search-index.ts';
import { readTermCounts, termCounts, termHashes } from './term-counts.ts';

/** FTS5's own reading of a text: every term with its count, and the number of tokens. */
function fts5Reading(title: string | null, text: string): { terms: Map<string, number>; tokens: number } {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize="${TOKENIZE}", detail=full);
    CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row');`);
  db.prepare('INSERT INTO t (rowid, title, text) VALUES (1, ?, ?)').run(title, text);
  // A combining mark alone is a token with no characters, which fts5vocab gives as null.
  const terms = new Map((db.prepare('SELECT term, cnt FROM v').raw().all() as Array<[string | null, number]>).map(([t, n]) => [t ?? '\u0301', n]));
  db.close();
  return { terms, tokens: [...terms.values()].reduce((a, b) => a + b, 0) };
}

function assertAgrees(title: string | null, text: string, label: string): void {
  const want = fts5Reading(title, text);
  const terms = [...want.terms.keys()];
  const got = readTermCounts(termCounts(title, text), terms.map((t) => termHashes(t)[0]!));
  assert.equal(got.tokens, want.tokens, `${label}: tokens`);
  terms.forEach((t, i) => assert.equal(got.counts[i], want.terms.get(t), `${label}: "${t}"`));
}

// Per script, what FTS5's unicode61 (remove_diacritics 2) makes of it: case and Latin diacritics
// folded, other scripts' marks kept, combining marks inside words, astral letters in words.
const GOLDEN: Array<[label: string, text: string]> = [
  ['English', 'The the THE cat; the cat sat. Cats!'],
  ['German', 'Müller, MÜLLER und Mueller: Straße, STRASSE, Straße.'],
  ['French, decomposed accents', 'Cafe\u0301 café CAFÉ cafe, élève ELEVE'],
  ['Italian', "L'Italia e l’Italia: perché, PERCHÉ, perche."],
  ['Polish', 'Łódź łódź LODZ, żółw ŻÓŁW zolw'],
  ['Greek', 'Ο δήμαρχος, ο ΔΗΜΑΡΧΟΣ και οι δημαρχοι· λόγος λογοσ ΛΟΓΟΣ'],
  ['Russian', 'Йорк йорк иорк, ёлка Ёлка елка, ЁЛКА'],
  ['Ukrainian', 'Україна, УКРАЇНА, україна; їжак ЇЖАК'],
  ['Turkish', 'İstanbul ISTANBUL istanbul ıstanbul'],
  ['Hindi, vowel signs and nukta', 'हिंदी हिंदी हिन्दी अंग्रेज़ी अंग्रेज़ी'],
  ['Arabic', 'الأمم المتحدة، الأمم المتحدة والأمم'],
  ['Chinese', '北京 北京市 上海 北京'],
  ['astral letters', '𝐀𝐁𝐂 𝐀𝐁𝐂 𠀀𠀁 𠀀𠀁 😀 😀'],
  ['digits and marks alone', '2025 2025 ٢٠٢٥ \u0301 \u0336 x\u0336y x\u0336y'],
  ['lone surrogate', 'ab\uD800cd ab cd'],
];

test('term counts: each script is counted as FTS5 counts it (golden table)', () => {
  for (const [label, text] of GOLDEN) assertAgrees(null, text, label);
  assertAgrees('Müller in Göttingen', 'Müller sprach. MULLER!', 'title and text together');
});

test('term counts: every article of the sample corpus, in ten languages, is counted as FTS5 counts it', async () => {
  let n = 0;
  for await (const r of readInputs([new URL('../../../examples/corpus', import.meta.url).pathname])) {
    if (!r.ok) continue;
    assertAgrees(r.article.title, r.article.text, r.article.id);
    n++;
  }
  assert.ok(n >= 30, `${n} articles read`);
});

test('term counts: a term repeated hundreds of times keeps its count, and only terms seen twice are listed', () => {
  const text = `${'alpha '.repeat(300)}beta gamma gamma`;
  const blob = termCounts('Alpha', text);
  const got = readTermCounts(blob, ['alpha', 'beta', 'gamma', 'delta'].map((w) => termHashes(w)[0]!));
  assert.deepEqual(got, { tokens: 304, counts: [301, 1, 2, 1] });
  // The token count, then two listed terms of 3 hash bytes and a count (301 takes two bytes).
  assert.equal(blob.length, 2 + (3 + 2) + (3 + 1));
});

test('term counts: a query word hashes as the same word in a text, whatever its case and Latin accents', () => {
  assert.deepEqual(termHashes('MÜLLER'), termHashes('muller'));
  assert.deepEqual(termHashes('Ёлка'), termHashes('ёлка'));
  assert.notDeepEqual(termHashes('ёлка'), termHashes('елка'), 'Cyrillic keeps its diacritics in FTS5');
  assert.equal(termHashes('hello world').length, 2);
  assert.deepEqual(termHashes('...'), []);
});

test('term counts: a damaged blob is refused with a message that names it', () => {
  const blob = termCounts(null, 'word word other other');
  assert.throws(() => readTermCounts(blob.subarray(0, blob.length - 1), [1]), /term counts is cut short/);
});
