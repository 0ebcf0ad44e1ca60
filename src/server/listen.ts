/**
 * Puts an app on a port. Without a token the server only binds to loopback: an open write-less API
 * on a shared network is still an open read API to everyone on it, and someone who sets a token
 * later should not find the server already reachable. Slow clients are cut off: headers must arrive
 * within `headersTimeoutMs`, the whole request within `requestTimeoutMs`.
 */
import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ListenOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  token: string | null;
  /** Default 10 s. */
  headersTimeoutMs?: number;
  /** Default 60 s. */
  requestTimeoutMs?: number;
  /** Idle keep-alive connections are closed after this. Default 5 s. */
  keepAliveTimeoutMs?: number;
  /** How often the two timeouts above are checked. Default 1 s. */
  checkIntervalMs?: number;
}

export interface Listening {
  url: string;
  port: number;
  server: Server;
  /** Stops taking connections, lets requests in flight finish (cut off after `graceMs`, default 10 s), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/** Loopback: `localhost`, 127.0.0.0/8, ::1 (and ::ffff:127.x). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\./.test(h) || /^(0:){7}0*1$/.test(h);
  return false;
}

/** Why the server will not listen on `host`: no token, and the host is not loopback. */
export class BindRefused extends Error {
  constructor(host: string) {
    super(`serve: refusing to listen on ${host} without a token: set PARALLAX_TOKEN (writes will then need "Authorization: Bearer <token>"), or listen on 127.0.0.1`);
  }
}

export function listen(app: Hono, opts: ListenOptions): Promise<Listening> {
  if (opts.token === null && !isLoopback(opts.host)) {
    return Promise.reject(new BindRefused(opts.host));
  }
  const serverOptions = {
    headersTimeout: opts.headersTimeoutMs ?? 10_000,
    requestTimeout: opts.requestTimeoutMs ?? 60_000,
    keepAliveTimeout: opts.keepAliveTimeoutMs ?? 5_000,
    connectionsCheckingInterval: opts.checkIntervalMs ?? 1_000,
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host, serverOptions }, (info: AddressInfo) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        server,
        close: (graceMs = 10_000) => new Promise<void>((done) => {
          const force = setTimeout(() => server.closeAllConnections(), graceMs);
          server.close(() => {
            clearTimeout(force);
            done();
          });
          server.closeIdleConnections();
        }),
      });
    }) as Server;
    server.once('error', reject);
  });
}
