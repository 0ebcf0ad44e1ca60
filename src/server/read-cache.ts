/**
 * Answers to reads kept for as long as the store has not changed: each entry is tagged with the
 * store's version (`Store.version`, bumped by every write, from any process) read before the answer
 * was made, and served again only while the store reports the same version. A write therefore never
 * leaves a stale answer behind; a store that cannot tell its version gets no cache at all.
 */
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/store.ts';

export interface ReadCacheOptions {
  /** Most answers kept (least recently used go first); 0: no cache. Default 4096. */
  entries?: number;
  /** Most bytes of answer text kept. Default 64 MiB. */
  maxBytes?: number;
}

interface Entry { version: number; body: string; type: string }

export function readCache(store: Store, opts: ReadCacheOptions = {}): MiddlewareHandler {
  const limit = opts.entries ?? 4096;
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    const e = entries.get(key);
    if (e) bytes -= e.body.length;
    entries.delete(key);
  };
  return async (c, next) => {
    if (limit === 0 || !store.version || c.req.method !== 'GET') return next();
    const version = await store.version();
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, 200, { 'Content-Type': hit.type });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().text();
    if (body.length > maxBytes / 16) return;
    drop(key);
    entries.set(key, { version, body, type: c.res.headers.get('Content-Type') ?? 'application/json' });
    bytes += body.length;
    while (entries.size > limit || bytes > maxBytes) drop(entries.keys().next().value!);
  };
}
