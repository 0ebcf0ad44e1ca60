/**
 * The HTTP API: a Hono app over one store. Reads are open; writes need the bearer token, are
 * rate-limited per client and go through one ingestion queue for the whole process. Every error is a
 * problem details document; every response carries nosniff and a Content-Security-Policy.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { IngestBusyError, SerialIngest } from '../api/serial-ingest.ts';
import type { ResolvedConfig } from '../config.ts';
import type { Store } from '../store/store.ts';
import { submittedBody } from './article-body.ts';
import { requireToken } from './auth.ts';
import { openApiDocument } from './openapi.ts';
import { Problem } from './problem.ts';
import { noParams } from './query-params.ts';
import { rateLimit, type RateLimit } from './rate-limit.ts';
import { readCache, type ReadCacheOptions } from './read-cache.ts';
import type { ReadPool } from './read-pool.ts';
import { addProblemHandlers, addReadRoutes, READ_PATHS } from './read-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { staticUi } from './static.ts';

export interface AppOptions {
  /** The bearer token writes need; null: the server takes no writes. */
  token: string | null;
  /** The one origin allowed to call the API from a browser; null or absent: no CORS headers at all. */
  cors?: string | null;
  /** Largest request body, in bytes (413 above). Default 16 MiB. */
  maxBodyBytes?: number;
  /** Writes per client. Default a burst of 20, then 5 a second. */
  rateLimit?: RateLimit;
  /** A read that takes longer is answered 503. Default 30 s. */
  readTimeoutMs?: number;
  /** A write that cannot start within this (another is being ingested) is answered 503 with Retry-After. Default 30 s. */
  writeWaitMs?: number;
  /** Reads answered again from memory while the store is unchanged (see read-cache.ts). Default 4096 answers, 64 MiB. */
  readCache?: ReadCacheOptions;
  /**
   * Read threads that answer the reads (`parallax serve --readers N`), each over its own connection to
   * the store; absent: reads are answered on this thread. The caller starts and closes them.
   */
  readers?: ReadPool;
  /** Where unexpected errors are reported (their details never reach the client). Default stderr. */
  log?: (line: string) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Reads only: a write is bounded by its body size and its wait for the queue instead, since it cannot be undone half-way. */
function readDeadline(ms: number): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Problem('timeout', `the request took over ${ms} ms; narrow it (filters, a smaller limit) or retry`)), ms);
    });
    try {
      await Promise.race([next(), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** A read answered by a read thread, as that thread's app answered it. */
function forwardTo(readers: ReadPool): MiddlewareHandler {
  return async (c) => {
    const a = await readers.answer(c.req.method, c.req.url);
    return new Response(a.body, { status: a.status, headers: a.headers });
  };
}

export function createApp(store: Store, cfg: ResolvedConfig, opts: AppOptions): Hono {
  const app = new Hono();
  const writer = new SerialIngest(store, cfg);
  const writeWaitMs = opts.writeWaitMs ?? 30_000;
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  app.use('*', securityHeaders());
  if (opts.cors) {
    app.use('/api/*', cors({ origin: opts.cors, allowMethods: ['GET', 'POST'], allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }));
  }
  app.use('*', methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      new Problem('method-not-allowed', `${c.req.method} is not allowed here; use ${methods.join(', ')}`, { headers: { Allow: methods.join(', ') } }).response(),
  }));
  app.use('/api/*', readDeadline(opts.readTimeoutMs ?? 30_000));
  app.use('/api/*', readCache(store, opts.readCache));

  app.post(
    '/api/articles',
    rateLimit(opts.rateLimit ?? { burst: 20, perSecond: 5 }),
    requireToken(opts.token),
    bodyLimit({
      maxSize: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: () => {
        throw new Problem('payload-too-large', `the body is over ${opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes; send the articles in smaller batches`);
      },
    }),
    async (c) => {
      noParams(c.req.url);
      const items = await submittedBody(c);
      try {
        const { results } = await writer.runItems(items, { waitMs: writeWaitMs });
        return c.json({ results });
      } catch (e) {
        if (e instanceof IngestBusyError) {
          throw new Problem('busy', 'other articles are being ingested; retry shortly', { headers: { 'Retry-After': String(Math.ceil(writeWaitMs / 1000)) } });
        }
        throw e;
      }
    },
  );

  if (opts.readers) {
    for (const path of READ_PATHS) app.get(path, forwardTo(opts.readers));
  } else {
    addReadRoutes(app, store);
  }

  app.get('/openapi.json', (c) => c.json(openApiDocument));
  // The web UI: GET/HEAD on its page paths and built files; everything else falls through to the 404 below.
  app.use('*', staticUi());

  addProblemHandlers(app, log);
  return app;
}
