import type { ResolvedConfig } from '../config.ts';
import { createApp } from '../server/app.ts';
import { BindRefused, isLoopback, listen } from '../server/listen.ts';
import { openStore } from '../store/open-store.ts';
import { defaultReaders, READ_PAGE_CACHE_MIB, ReadPool } from '../server/read-pool.ts';
import { UsageError } from './usage-error.ts';

export interface ServeFlags {
  port: number;
  host: string;
  cors: string | null;
  /** Read threads; 0: reads are answered on the main thread. */
  readers: number;
}

function portNumber(v: string): number {
  if (!/^\d{1,5}$/.test(v) || +v > 65535) throw new UsageError(`--port: expected a port number from 0 to 65535, got "${v}"`);
  return +v;
}

function readerCount(v: string): number {
  if (!/^\d{1,2}$/.test(v) || +v > 64) throw new UsageError(`--readers: expected a whole number of read threads from 0 to 64, got "${v}"`);
  return +v;
}

/** An origin exactly as browsers send it: scheme, host, optional port, nothing else. */
function corsOrigin(v: string): string {
  let origin: string | null = null;
  try {
    origin = new URL(v).origin;
  } catch { /* reported below */ }
  if (origin === null || origin === 'null' || origin !== v) {
    throw new UsageError(`--cors: expected an origin such as https://news.example.org (scheme, host and port only, no path or trailing slash), got "${v}"`);
  }
  return v;
}

/** The command line's options as given; the token comes from PARALLAX_TOKEN only, never from argv (which `ps` shows). */
export async function serveCli(o: { port: string; host: string; cors?: string; readers?: string }, cfg: ResolvedConfig, err: NodeJS.WritableStream): Promise<number> {
  const token = process.env.PARALLAX_TOKEN?.trim() || null;
  const flags = { port: portNumber(o.port), host: o.host, cors: o.cors === undefined ? null : corsOrigin(o.cors), readers: o.readers === undefined ? defaultReaders() : readerCount(o.readers) };
  return serve(flags, cfg, token, err);
}

/** SIGTERM or SIGINT, once: what stops the server from the outside. */
function stopSignal(): AbortSignal {
  const ac = new AbortController();
  const stop = () => ac.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  ac.signal.addEventListener('abort', () => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  });
  return ac.signal;
}

/**
 * `parallax serve`: the HTTP API over one store until SIGTERM or SIGINT, then a graceful stop
 * (requests in flight finish, the store is closed). Exit 0 after a stop, 2 when it cannot start.
 */
export async function serve(flags: ServeFlags, cfg: ResolvedConfig, token: string | null, err: NodeJS.WritableStream, stop: AbortSignal = stopSignal()): Promise<number> {
  if (token === null && !isLoopback(flags.host)) {
    // Refused before the store is opened: nothing to undo.
    err.write(`parallax: ${new BindRefused(flags.host).message}\n`);
    return 2;
  }
  // The main thread's store is opened first: it brings the schema up to date before any reader opens it.
  // Without read threads its connection answers the reads, with a read thread's page cache.
  const store = await openStore(cfg.db, flags.readers === 0 ? { pageCacheMiB: READ_PAGE_CACHE_MIB } : {});
  let readers: ReadPool | undefined;
  try {
    if (flags.readers > 0) readers = await ReadPool.start(cfg.db, flags.readers, { log: (line) => err.write(`${line}\n`) });
  } catch (e) {
    await store.close();
    err.write(`parallax: ${(e as Error).message}; --readers 0 answers reads on the main thread instead\n`);
    return 2;
  }
  let server;
  try {
    server = await listen(createApp(store, cfg, { token, cors: flags.cors, readers }), { host: flags.host, port: flags.port, token });
  } catch (e) {
    await readers?.close();
    await store.close();
    err.write(`parallax: ${e instanceof BindRefused ? e.message : `cannot listen on ${flags.host}:${flags.port}: ${(e as Error).message}`}\n`);
    return 2;
  }
  err.write(`parallax: listening on ${server.url} (database ${cfg.db}, ${await store.articleCount()} articles, ${flags.readers > 0 ? `${flags.readers} read threads` : 'reads on the main thread'})\n`);
  if (token === null) err.write('parallax: no PARALLAX_TOKEN set: the API is read-only\n');
  if (flags.cors) err.write(`parallax: CORS allowed for ${flags.cors}\n`);
  await new Promise<void>((resolve) => {
    if (stop.aborted) resolve();
    else stop.addEventListener('abort', () => resolve(), { once: true });
  });
  err.write('parallax: stopping: finishing requests in flight\n');
  await server.close();
  await readers?.close();
  await store.close();
  err.write('parallax: stopped\n');
  return 0;
}
