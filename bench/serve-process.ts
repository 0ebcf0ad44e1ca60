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

/** Starts `parallax serve --port 0` on `db` and resolves once it says where it listens. */
export function startServer(db: string, env: NodeJS.ProcessEnv = {}): Promise<Served> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'pipe'] });
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
