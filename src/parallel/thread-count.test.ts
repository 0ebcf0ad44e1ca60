import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { MAX_THREADS } from '../config.ts';
import { analysisWorkers, threadCount } from './thread-count.ts';

test('the main thread counts as one of the threads: one thread analyses on it, N threads start N - 1 workers', () => {
  assert.equal(analysisWorkers({ threads: 1 }), 0);
  assert.equal(analysisWorkers({ threads: 2 }), 1);
  assert.equal(analysisWorkers({ threads: 5 }), 4);
});

test('by default one thread per core, at most MAX_THREADS, and no worker on a single core', () => {
  const cores = Math.min(MAX_THREADS, availableParallelism());
  assert.equal(threadCount({ threads: 0 }), Math.max(1, cores));
  assert.equal(analysisWorkers({ threads: 0 }), Math.max(1, cores) - 1);
});
