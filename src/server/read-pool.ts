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
import { isPostgresUrl } from '../store/open-store.ts';

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

const noThread = () => new Error('serve: no read thread is running (see the log for why); restart the server');

/** Most read threads by default: past the cores, more threads only queue for them. */
export const MAX_READERS = 4;

/**
 * The page cache, in MiB, of each connection that answers reads: a read thread's, or the main
 * thread's with `--readers 0`. SQLite's 16 MB holds 250 of the store's 64 KB pages; at a million
 * articles the read threads then read most pages from the operating system again, a third of their
 * time in the kernel. With 128 MiB two threads answered the bench's reads at 1,146–1,171 requests/s
 * against 951–1,003, p95 37–39 ms against 43–46 (64 MiB: 1,110/s; 256: 1,176/s), the server's peak
 * resident memory 701–729 MB against 500 (README, "API latency at a million articles").
 */
export const READ_PAGE_CACHE_MIB = 128;

/** Read threads for `--readers` when not given: one per core, at most MAX_READERS. */
export function defaultReaders(): number {
  return Math.max(1, Math.min(MAX_READERS, availableParallelism()));
}

const workerUrl = () => tsWorkerUrl(new URL('./read-worker.ts', import.meta.url));

export class ReadPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Array<Pending & { id: number; method: string; url: string }> = [];
  private nextId = 0;
  private closing = false;
  private readonly log: (line: string) => void;
  /**
   * Reads a thread has in hand at once. SQLite answers each synchronously, so more than one only waits
   * in that thread's queue, but with exactly one the thread sat idle while each answer went back and the
   * next read came (at a million articles, 32 clients: 387 reads a second against 423 with two, p95 of
   * the story list 104 against 94 ms). PostgreSQL's queries run in the database server, so a thread
   * overlaps more.
   */
  private readonly depth: number;

  private constructor(private readonly db: string, opts: ReadPoolOptions) {
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.depth = isPostgresUrl(db) ? 8 : 2;
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

  /**
   * Answers one read. Reads wait in one queue, in order of arrival, and a thread takes the next when it
   * has fewer than its share in hand: a slow read then holds up only its own thread, never reads that
   * queued behind it while the other thread was free. Rejects if the thread dies before answering.
   */
  answer(method: string, url: string): Promise<ReadAnswer> {
    if (this.closing) return Promise.reject(new Error('serve: the read threads are stopped'));
    if (!this.threads.some((t) => t.alive)) return Promise.reject(noThread());
    return new Promise<ReadAnswer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, method, url, resolve, reject });
      this.pump();
    });
  }

  /** Hands queued reads to ready threads with room, the least busy first. */
  private pump(): void {
    while (this.queue.length > 0) {
      let thread: Thread | null = null;
      for (const t of this.threads) {
        if (t.ready && t.alive && t.pending.size < this.depth && (!thread || t.pending.size < thread.pending.size)) thread = t;
      }
      if (!thread) return;
      const q = this.queue.shift()!;
      thread.pending.set(q.id, q);
      thread.worker.postMessage({ kind: 'read', id: q.id, method: q.method, url: q.url } satisfies ReadRequest);
    }
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
          this.pump();
        } else if (m.kind === 'log') {
          this.log(m.line);
        } else if (m.kind === 'ready') {
          thread.ready = true;
          resolve();
          this.pump();
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
        // Reads still queued are answered by the other threads, or by the replacement once it is ready.
        if (!this.threads.some((t) => t.alive)) this.failQueued(noThread());
      });
    });
  }

  private failQueued(e: Error): void {
    for (const q of this.queue.splice(0)) q.reject(e);
  }

  /** Lets every thread finish what it has in hand, close its connection and exit; reads still queued are refused. */
  async close(): Promise<void> {
    this.closing = true;
    this.failQueued(new Error('serve: the read threads are stopped'));
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
