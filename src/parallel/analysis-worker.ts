/**
 * The body of one analysis thread: receives raw articles, runs the per-article stages on them and
 * posts the records back. A stage that throws is answered as a failed task for that article only.
 * Tokens and glued-word splits stay here: nothing after analysis reads them, and they are the bulk
 * of a record's objects, so leaving them out halves what crosses between threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import type { TaskReply, TaskRequest } from './analysis-pool.ts';

const cfg = (workerData as { cfg: ResolvedConfig }).cfg;
const port = parentPort!;

function answer(task: number, raw: RawArticle): TaskReply {
  try {
    return { task, ok: true, record: { ...analyzeArticle(raw, cfg), tokens: [], glued: [] } };
  } catch (e) {
    return { task, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

function memory(task: number): TaskReply {
  const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return { task, ok: true, memory: { heapUsed, heapTotal, external, arrayBuffers } };
}

port.on('message', (m: TaskRequest) => port.postMessage(m.kind === 'memory' ? memory(m.task) : answer(m.task, m.raw)));
