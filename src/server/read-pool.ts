/**
 * Read threads for `parallax serve --readers N`. A store's reads are synchronous on SQLite: on one
 * thread, 32 clients queue behind each other's queries, and every read waits while a batch of articles
 * is being written. Each read thread opens the store on its own connection (WAL lets readers run beside
 * the one writer) and answers the read routes as the main thread would (read-routes.ts); the main
 * thread parses HTTP, forwards reads, and ingests.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tsWorkerUrl } from '../parallel/ts-worker-url.ts';

/** A read as the read thread's app answered it. */
export interface ReadAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

export type ReadRequest = { kind: 'read'; id: number; method: string; url: string } | { kind: 'close' };
export type ReadReply =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'answer'; id: number; answer: ReadAnswer }
  | { kind: 'log'; line: string };

interface Pending { resolve: (a: ReadAnswer) => void; reject: (e: Error) => void }

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  ready: boolean;
  alive: boolean;
  exited: Promise<void>;
}

export interface ReadPoolOptions {
  /** Where a read thread's unexpected errors are reported. Default stderr. */
  log?: (line: string) => void;
}

/** Most read threads by default: past the cores, more threads only queue for them. */
export const MAX_READERS = 4;

/** Read threads for `--readers` when not given: one per core, at most MAX_READERS. */
export function defaultReaders(): number {
  return Math.max(1, Math.min(MAX_READERS, availableParallelism()));
}

const workerUrl = () => tsWorkerUrl(new URL('./read-worker.ts', import.meta.url));

export class ReadPool {
  private readonly threads: Thread[] = [];
  private nextId = 0;
  private closing = false;
  private readonly log: (line: string) => void;

  private constructor(private readonly db: string, opts: ReadPoolOptions) {
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /** Starts `threads` read threads on the store `db`; resolves once each has opened it, rejects if one cannot. */
  static async start(db: string, threads: number, opts: ReadPoolOptions = {}): Promise<ReadPool> {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`serve: read threads must be a positive integer, got ${String(threads)}`);
    const pool = new ReadPool(db, opts);
    const started = Array.from({ length: threads }, (_, i) => pool.spawn(i));
    const failed = (await Promise.allSettled(started)).find((r) => r.status === 'rejected');
    if (failed) {
      await pool.close();
      throw (failed as PromiseRejectedResult).reason;
    }
    return pool;
  }

  get size(): number {
    return this.threads.length;
  }

  /** Answers one read on the least busy thread; rejects if that thread dies before answering. */
  answer(method: string, url: string): Promise<ReadAnswer> {
    if (this.closing) return Promise.reject(new Error('serve: the read threads are stopped'));
    const alive = this.threads.filter((t) => t.alive);
    if (alive.length === 0) return Promise.reject(new Error('serve: no read thread is running (see the log for why); restart the server'));
    const thread = alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<ReadAnswer>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ kind: 'read', id, method, url } satisfies ReadRequest);
    });
  }

  /** Starts thread `index` (again, after one died); resolves when it has opened the store. */
  private spawn(index: number): Promise<void> {
    const worker = new Worker(workerUrl(), { workerData: { db: this.db }, execArgv: [] });
    const thread: Thread = { worker, pending: new Map(), ready: false, alive: true, exited: new Promise((r) => worker.once('exit', () => r())) };
    this.threads[index] = thread;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (m: ReadReply) => {
        if (m.kind === 'answer') {
          const p = thread.pending.get(m.id);
          thread.pending.delete(m.id);
          p?.resolve(m.answer);
        } else if (m.kind === 'log') {
          this.log(m.line);
        } else if (m.kind === 'ready') {
          thread.ready = true;
          resolve();
        } else {
          reject(new Error(`serve: read thread ${index + 1} cannot open the store: ${m.message}`));
        }
      });
      worker.on('error', (e) => this.log(`parallax serve: read thread ${index + 1} failed: ${e.stack ?? e.message}`));
      worker.on('exit', (code) => {
        thread.alive = false;
        const lost = new Error(`serve: read thread ${index + 1} exited with code ${code} before answering`);
        for (const p of thread.pending.values()) p.reject(lost);
        thread.pending.clear();
        if (!thread.ready) reject(new Error(`serve: read thread ${index + 1} exited with code ${code} before it opened the store`));
        // A thread that served and died is replaced, so one bad read does not take the reads down for good.
        else if (!this.closing) {
          this.log(`parallax serve: read thread ${index + 1} exited with code ${code}; starting another`);
          this.spawn(index).catch((e: Error) => this.log(`parallax serve: ${e.message}`));
        }
      });
    });
  }

  /** Lets every thread finish what it has in hand, close its connection and exit. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.threads.map(async (t) => {
        t.worker.postMessage({ kind: 'close' } satisfies ReadRequest);
        const timer = setTimeout(() => void t.worker.terminate(), 10_000);
        await t.exited;
        clearTimeout(timer);
      }),
    );
  }
}
