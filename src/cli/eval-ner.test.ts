import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-ner-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A hand-written KIND-style sample.
const sample = ['Mario\tB-PER', 'Draghi\tI-PER', 'parla\tO', 'a\tO', 'Bruxelles\tB-LOC', '.\tO', ''].join('\n');

test('parallax eval-ner prints per-type and overall scores, as text and as JSON', () => {
  const file = join(dir, 'sample.tsv');
  writeFileSync(file, sample);
  const text = spawnSync(process.execPath, [bin, 'eval-ner', file, '--format', 'kind'], { encoding: 'utf8' });
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /overall P \/ R \/ F1\s+1\.000 \/ 1\.000 \/ 1\.000 \(tp 2, fp 0, fn 0\)/);
  const json = spawnSync(process.execPath, [bin, 'eval-ner', file, '--format', 'kind', '--json'], { encoding: 'utf8' });
  assert.equal(json.status, 0, json.stderr);
  const e = JSON.parse(json.stdout);
  assert.equal(e.byType.PER.tp, 1);
  assert.equal(e.byType.LOC.tp, 1);
  assert.equal(e.goldMentions, 2);
});

test('parallax eval-ner: a missing file or format is a usage error (exit 2)', () => {
  const missing = spawnSync(process.execPath, [bin, 'eval-ner', join(dir, 'nope.tsv'), '--format', 'kind'], { encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read/);
  const noFormat = spawnSync(process.execPath, [bin, 'eval-ner', join(dir, 'nope.tsv')], { encoding: 'utf8' });
  assert.equal(noFormat.status, 2);
});

// A hand-written GermEval-style sample: outer tags only; OTH, *deriv and *part are no entity, and a name that
// only modifies a compound ("CSU-Vorstand") is no mention of its own.
const germeval = [
  '#\tsource x', '1\tAngela\tB-PER\tO', '2\tMerkel\tI-PER\tO', '3\tlobte\tO\tO', '4\tden\tO\tO', '5\tCSU-Vorstand\tB-ORGpart\tO',
  '6\tin\tO\tO', '7\tBerlin\tB-LOC\tO', '8\tund\tO\tO', '9\tdie\tO\tO', '10\tdeutsche\tB-LOCderiv\tO', '11\tBank\tO\tO', '12\t.\tO\tO', '',
].join('\n');

test('parallax eval-ner --format germeval scores outer PER/LOC/ORG only and no compound modifiers', () => {
  const file = join(dir, 'germeval.tsv');
  writeFileSync(file, germeval);
  const run = spawnSync(process.execPath, [bin, 'eval-ner', file, '--format', 'germeval', '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const e = JSON.parse(run.stdout);
  assert.equal(e.goldMentions, 2);
  assert.equal(e.overall.tp, 2);
  assert.equal(e.overall.fp, 0);
});
