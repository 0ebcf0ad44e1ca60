import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';

// A dictionary in dictd's format, written here: index lines `headword TAB offset TAB length` (base64
// numbers) into the gzipped entries. Nothing of the system's dictionaries is read.
const dir = mkdtempSync(join(tmpdir(), 'parallax-lexicon-'));
after(() => rmSync(dir, { recursive: true, force: true }));
process.env.PARALLAX_DICT_DIR = dir;
process.env.XDG_CACHE_HOME = join(dir, 'cache');

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (n: number): string => (n < 64 ? B64[n]! : b64(Math.floor(n / 64)) + B64[n % 64]!);
function dictionary(name: string, entries: Array<[string, string]>): void {
  let text = '';
  const index: string[] = ['00databaseshort\tA\tB'];
  for (const [head, body] of entries) {
    const entry = `${body}\n\n`;
    index.push(`${head}\t${b64(Buffer.byteLength(text))}\t${b64(Buffer.byteLength(entry))}`);
    text += entry;
  }
  writeFileSync(join(dir, `${name}.index`), index.join('\n'));
  writeFileSync(join(dir, `${name}.dict.dz`), gzipSync(text));
}
dictionary('freedict-deu-eng', [
  ['überschwemmung', 'Überschwemmung /yːbɐˈʃvɛmʊŋ/ <fem, n, sg>\nflood <n>, inundation\n   Synonyms: {Flut}\n      "Die Überschwemmung kam nachts." - The flood came at night.'],
  ['fluss', 'Fluss /flʊs/ <masc, n, sg>\n1. river\n2. flow'],
]);
dictionary('freedict-eng-ita', [['flood', 'flood /flʌd/ <n>\n alluvione, inondazione']]);

const { pivotTable, missingLexiconMessage } = await import('./lexicon.ts');
const { extractPivots } = await import('./extract-features.ts');

test('lexicon: headwords to English pivots (X-eng), and translations back to their English headword (eng-X); stems on both sides', () => {
  const de = pivotTable('de')!;
  assert.deepEqual(de.get('uberschwemm'), ['flood', 'inund']);
  assert.deepEqual(de.get('fluss'), ['river', 'flow']);
  assert.deepEqual(pivotTable('it')!.get('alluvion'), ['flood']);
  const pivots = extractPivots('de', new Map([['uberschwemm', 2], ['regen', 1]]));
  assert.deepEqual([...pivots], [['flood', 1], ['inund', 1]], 'a term\'s weight is shared among its pivots; unknown words give none');
  assert.equal(extractPivots('en', new Map([['flood', 1]])).size, 0, 'English terms are pivots already');
});

test('lexicon: a language without an installed dictionary gets none, and the article says which package would give one', () => {
  assert.equal(pivotTable('fr'), null);
  assert.match(missingLexiconMessage('fr')!.message, /dict-freedict-fra-eng/);
  assert.equal(missingLexiconMessage('de'), null);
  assert.equal(missingLexiconMessage('en'), null);
  assert.equal(missingLexiconMessage('zz'), null, 'nothing to install for a language Debian has no dictionary of');
});
