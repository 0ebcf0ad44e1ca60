import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { HEAP_GROWING_PERCENT, heapGrowth, heapGrowthLabel } from './heap-growth.ts';

const root = join(import.meta.dirname, '..', '..');

test('heap growth: Parallax bounds it unless the user chose', () => {
  assert.equal(heapGrowth({ execArgv: [], env: undefined }), HEAP_GROWING_PERCENT);
  assert.equal(heapGrowth({ execArgv: ['--import', 'tsx'], env: '' }), HEAP_GROWING_PERCENT);
  assert.equal(heapGrowth({ execArgv: [], env: '25' }), 25);
  assert.equal(heapGrowth({ execArgv: [], env: 'v8' }), null);
  // node's own flag wins over the variable, in either spelling
  assert.equal(heapGrowth({ execArgv: ['--heap-growing-percent=80'], env: '25' }), null);
  assert.equal(heapGrowth({ execArgv: ['--heap_growing_percent', '80'], env: undefined }), null);
  assert.equal(heapGrowth({ execArgv: ['--heap-growing-percentile=3'], env: undefined }), HEAP_GROWING_PERCENT);
});

test('heap growth: a bad PARALLAX_HEAP_GROWTH is an error naming it', () => {
  for (const bad of ['0', '-5', '12.5', 'lots', '1001']) {
    assert.throws(() => heapGrowth({ execArgv: [], env: bad }), /PARALLAX_HEAP_GROWTH must be a whole percentage/);
  }
});

test('heap growth: the CLI refuses a bad value before doing anything', () => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'parallax.js'), '--help'], { env: { ...process.env, PARALLAX_HEAP_GROWTH: 'lots' }, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /parallax: heap growth: PARALLAX_HEAP_GROWTH must be/);
  assert.equal(r.stdout, '');
});

test('heap growth: the label the benches print', () => {
  assert.equal(heapGrowthLabel(80), '80 %');
  assert.equal(heapGrowthLabel(null), "V8's own");
});
