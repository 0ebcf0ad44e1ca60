/**
 * Worker threads that run the per-article stages (src/pipeline.ts) so that every core analyses while
 * the main thread relates, places and stores in input order (see DESIGN.md, "Threads").
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ArticleRecord, Origin, RawArticle } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import { tsWorkerUrl } from './ts-worker-url.ts';

/** An article to analyse, or a question for the thread about its own memory. */
export type TaskRequest = { kind: 'analyse'; task: number; raw: RawArticle } | { kind: 'memory'; task: number };

/**
 * What one analysis thread's V8 isolate holds, in bytes. The process's RSS counts every thread, and the
 * main thread's `process.memoryUsage()` sees only its own heap, so a thread is asked.
 */
export interface ThreadMemory {
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

/** A record from a thread has `tokens` and `glued` empty (see analysis-worker.ts). */
export type TaskReply =
  | { task: number; ok: true; record: ArticleRecord }
  | { task: number; ok: false; message: string }
  | { task: number; ok: true; memory: ThreadMemory };

/** What analysing one article gave: its record, or why a stage threw on it. */
export type Analysis = { ok: true; record: ArticleRecord } | { ok: false; message: string };

interface Pending {
  origin: Origin | null;
  resolve: (a: Analysis | ThreadMemory) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

const where = (o: Origin) => (o.line !== undefined ? `${o.file}:${o.line}` : o.index !== undefined ? `${o.file}[${o.index}]` : o.file);

export class AnalysisPool {
  private readonly threads: Thread[] = [];
  private nextTask = 0;
  private broken: Error | null = null;
  private closing = false;

  /**
   * Starts `threads` analysis threads (at least 1) with this config; `limits` bounds each thread's heap.
   * Close the pool when done.
   */
  constructor(cfg: ResolvedConfig, threads: number, limits?: ResourceLimits) {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`parallel: threads must be a positive integer, got ${String(threads)}`);
    const url = tsWorkerUrl(new URL('./analysis-worker.ts', import.meta.url));
    for (let i = 0; i < threads; i++) {
      // No inherited --import/--test flags: the bootstrap registers tsx itself.
      const worker = new Worker(url, { workerData: { cfg: { ...cfg } }, execArgv: [], ...(limits ? { resourceLimits: limits } : {}) });
      const thread: Thread = { worker, pending: new Map() };
      worker.on('message', (m: TaskReply) => this.settle(thread, m));
      worker.on('error', (e) => this.fail(thread, i, `failed: ${e.message}`));
      worker.on('exit', (code) => this.fail(thread, i, `exited with code ${code}`));
      this.threads.push(thread);
    }
  }

  get size(): number {
    return this.threads.length;
  }

  /** Analyses one article on the least busy thread. Rejects only when the pool broke (a thread died). */
  analyse(raw: RawArticle): Promise<Analysis> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.reject(new Error('parallel: the analysis pool is closed'));
    const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const task = this.nextTask++;
    return new Promise<Analysis>((resolve, reject) => {
      thread.pending.set(task, { origin: raw.origin, resolve: resolve as Pending['resolve'], reject });
      thread.worker.postMessage({ kind: 'analyse', task, raw } satisfies TaskRequest);
    });
  }

  /** What each thread's heap holds now, in thread order; answered after the articles already handed to it. */
  memory(): Promise<ThreadMemory[]> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.reject(new Error('parallel: the analysis pool is closed'));
    return Promise.all(
      this.threads.map((thread) => {
        const task = this.nextTask++;
        return new Promise<ThreadMemory>((resolve, reject) => {
          thread.pending.set(task, { origin: null, resolve: resolve as Pending['resolve'], reject });
          thread.worker.postMessage({ kind: 'memory', task } satisfies TaskRequest);
        });
      }),
    );
  }

  private settle(thread: Thread, m: TaskReply): void {
    const p = thread.pending.get(m.task);
    if (!p) return;
    thread.pending.delete(m.task);
    p.resolve(!m.ok ? { ok: false, message: m.message } : 'memory' in m ? m.memory : { ok: true, record: m.record });
  }

  /** A thread that dies takes the pool with it: every waiting task is rejected, naming the articles in hand. */
  private fail(thread: Thread, index: number, how: string): void {
    if (this.closing) return;
    const inHand = [...thread.pending.values()].flatMap((p) => (p.origin ? [where(p.origin)] : []));
    const error = new Error(
      `parallel: analysis thread ${index + 1} of ${this.threads.length} ${how}` +
        (inHand.length > 0 ? ` while analysing ${inHand.slice(0, 3).join(', ')}${inHand.length > 3 ? ', …' : ''}` : '') +
        '; run again with --threads 1 to analyse on the main thread and see the error in place',
    );
    this.broken ??= error;
    for (const t of this.threads) {
      for (const p of t.pending.values()) p.reject(this.broken);
      t.pending.clear();
    }
    void this.close();
  }

  /** Stops every thread; waiting tasks are rejected. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    for (const t of this.threads) {
      for (const p of t.pending.values()) p.reject(this.broken ?? new Error('parallel: the analysis pool was closed with articles in hand'));
      t.pending.clear();
    }
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
