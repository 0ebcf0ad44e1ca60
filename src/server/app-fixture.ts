/** For the server's tests: an app over a fresh SQLite store, request helpers, and the seed articles as a client would post them. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { resolveConfig } from '../config.ts';
import { readInputs } from '../read/read-inputs.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { createApp, type AppOptions } from './app.ts';
import { ReadPool } from './read-pool.ts';

export const TOKEN = 'test-token-1234';

export interface Fixture {
  app: Hono;
  store: Store;
  /** The store's SQLite file. */
  db: string;
  close(): Promise<void>;
}

/** `readThreads`: answer the reads in that many read threads (read-pool.ts), as `serve --readers` does. */
export async function appFixture(opts: Partial<AppOptions> = {}, readThreads = 0): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-api-'));
  const cfg = resolveConfig({ db: join(dir, 'api.db') });
  const store = new SqliteStore(cfg.db);
  const readers = readThreads > 0 ? await ReadPool.start(cfg.db, readThreads, { log: () => {} }) : undefined;
  const app = createApp(store, cfg, { token: TOKEN, log: () => {}, rateLimit: { burst: 1000, perSecond: 1000 }, readers, ...opts });
  return {
    app,
    store,
    db: cfg.db,
    close: async () => {
      await readers?.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A request to `path`: against the app in-process, or against `base` (a real server's URL) with fetch. */
export type Send = (path: string, init?: RequestInit) => Promise<Response>;

export const inProcess = (app: Hono): Send => async (path, init) => app.request(path, init);
export const overHttp = (base: string): Send => (path, init) => fetch(new URL(path, base), init);

export function postArticles(send: Send, body: unknown, opts: { token?: string | null; type?: string } = {}): Promise<Response> {
  const token = opts.token === undefined ? TOKEN : opts.token;
  return send('/api/articles', {
    method: 'POST',
    headers: { 'Content-Type': opts.type ?? 'application/json', ...(token !== null ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
}

const root = fileURLToPath(new URL('../..', import.meta.url));
export const seedsDir = resolve(root, process.env.PARALLAX_SEEDS ?? '../shared/data/seeds');
/** Skip the seed tests only where they may be skipped; under PARALLAX_REQUIRE_ALL=1 they run and fail. */
export const seedsSkip = !existsSync(seedsDir) && process.env.PARALLAX_REQUIRE_ALL !== '1' ? `no seeds at ${seedsDir}` : false;

/** The seed articles as JSON objects with the JSONL fields, read as the command line reads the files. */
export async function seedObjects(): Promise<object[]> {
  if (!existsSync(seedsDir)) throw new Error(`the seed articles are missing at ${seedsDir}; set PARALLAX_SEEDS`);
  const out: object[] = [];
  for await (const r of readInputs([seedsDir])) {
    if (!r.ok) throw new Error(r.message);
    const a = r.article;
    out.push({ id: a.id, title: a.title, text: a.text, url: a.url, lang: a.declaredLang, published: a.published, source: a.source });
  }
  return out;
}
