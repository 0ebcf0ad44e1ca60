import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-quotes-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A two-document corpus in PolNeAR's layout, written here (no data set is copied).
const docs: Array<[string, string, Array<[string, string, string]>]> = [
  ['a', 'Senator Mary Jones spoke on Monday.\n\n“We will not give up on this bill,” Jones said.', [['Content', '“We will not give up on this bill,”', ''], ['Source', 'Jones', '']]],
  ['b', 'The weather was fine. Officials said the roads were open.', [['Content', 'the roads were open', ''], ['Source', 'Officials', '']]],
];

function writeCorpus(): string {
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'text'), { recursive: true });
  mkdirSync(join(corpus, 'attributions'), { recursive: true });
  for (const [name, text, spans] of docs) {
    writeFileSync(join(corpus, 'text', `${name}.txt`), text);
    const lines = spans.map(([label, s], i) => `T${i + 1}\t${label} ${text.indexOf(s)} ${text.indexOf(s) + s.length}\t${s}`);
    lines.push('E1\tAttribution:T1 Content:T1 Source:T2');
    writeFileSync(join(corpus, 'attributions', `${name}_ab12.ann`), lines.join('\n'));
  }
  return corpus;
}

test('cli: eval-quotes scores a brat corpus and prints JSON', () => {
  const r = spawnSync(process.execPath, [bin, 'eval-quotes', writeCorpus(), '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const e = JSON.parse(r.stdout);
  assert.equal(e.documents, 2);
  assert.equal(e.direct.gold, 1);
  assert.equal(e.direct.found, 1);
  assert.equal(e.speaker.scored, 1);
  assert.equal(e.speaker.right, 1, 'Jones said');
  assert.equal(e.indirect.gold, 1);
  assert.equal(e.indirect.found, 1);
});

test('cli: eval-quotes on a folder without attributions is a usage error naming the fix', () => {
  const r = spawnSync(process.execPath, [bin, 'eval-quotes', join(dir, 'missing')], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no attributions\/ folder/);
});
