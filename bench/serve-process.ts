/**
 * A real `parallax serve` in a child process for the benches (bench:load, bench), and the plain HTTP
 * request and percentile they measure with.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { join, resolve } from 'node:path';

const bin = join(resolve(import.meta.dirname, '..'), 'bin', 'parallax.js');

export interface Served {
  child: ChildProcess;
  base: string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `parallax serve --port 0` on `db` and resolves once it says where it listens; `readers` is its
 * `--readers` (absent: the default, one read thread per core). With `readCache:
 * false`, this file's own server instead (below): the same API with the read cache off, which is what
 * every read costs while articles keep arriving, since each write empties the cache.
 */
export function startServer(db: string, env: NodeJS.ProcessEnv = {}, opts: { readCache?: boolean; readers?: number } = {}): Promise<Served> {
  const readers = opts.readers === undefined ? [] : ['--readers', String(opts.readers)];
  const args = opts.readCache === false ? ['--import', 'tsx', import.meta.filename, '--db', db, '--port', '0', '--no-read-cache', ...readers] : [bin, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db, ...readers];
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'pipe'] });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolveStart({ child, base: m[1]!, stop: () => (child.kill('SIGTERM'), exited) });
    });
    child.on('exit', (code) => reject(new Error(`bench: the server exited with ${code} before listening:\n${err}`)));
  });
}

export interface Reply { status: number; body: string }

/** One request on `agent` from `localAddress`; a body is sent as JSON with the bearer `token`. */
export function request(base: string, agent: http.Agent, localAddress: string, method: string, path: string, body?: string, token?: string): Promise<Reply> {
  return new Promise((resolveReply, reject) => {
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}`, 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request(new URL(path, base), { method, agent, localAddress, headers, timeout: 90_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolveReply({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 90 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** The nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * `node --import tsx bench/serve-process.ts --db FILE --port N --no-read-cache [--readers N]`: the API as
 * `parallax serve` makes it (read-only), with the read cache off, to measure what the queries cost on their own.
 */
if (import.meta.filename === process.argv[1]) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '0' }, 'no-read-cache': { type: 'boolean', default: false }, readers: { type: 'string' } } });
  if (!values.db) throw new Error('serve-process: pass --db FILE');
  const { resolveConfig } = await import('../src/config.ts');
  const { createApp } = await import('../src/server/app.ts');
  const { listen } = await import('../src/server/listen.ts');
  const { openStore } = await import('../src/store/open-store.ts');
  const cfg = resolveConfig({ db: values.db });
  const { defaultReaders, READ_PAGE_CACHE_MIB, ReadPool } = await import('../src/server/read-pool.ts');
  const n = values.readers === undefined ? defaultReaders() : Number(values.readers);
  const store = await openStore(cfg.db, n === 0 ? { pageCacheMiB: READ_PAGE_CACHE_MIB } : {});
  const readers = n > 0 ? await ReadPool.start(cfg.db, n) : undefined;
  const app = createApp(store, cfg, { token: null, readers, ...(values['no-read-cache'] ? { readCache: { entries: 0 } } : {}) });
  const server = await listen(app, { host: '127.0.0.1', port: Number(values.port), token: null });
  process.stderr.write(`parallax: listening on ${server.url} (database ${cfg.db}${values['no-read-cache'] ? ', no read cache' : ''}, ${n} read threads)\n`);
}
