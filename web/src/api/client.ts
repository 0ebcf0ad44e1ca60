/**
 * Reads from the API. Answers are kept for a minute, so that going back to a page shows it at once;
 * errors are problem details (RFC 9457) and are shown with the server's own explanation.
 */
import { useEffect, useState } from 'react';
import type { ProblemDetails } from './wire.ts';

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: ProblemDetails | null, message: string) {
    super(message);
  }
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 100;
const cache = new Map<string, { at: number; value: Promise<unknown> }>();

async function load(path: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, null, 'The server did not answer. Is `parallax serve` still running?');
  }
  const type = res.headers.get('Content-Type') ?? '';
  const body: unknown = /json/.test(type) ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    const problem = body && typeof body === 'object' ? (body as ProblemDetails) : null;
    throw new ApiError(res.status, problem, problem?.detail ?? problem?.title ?? `The server answered ${res.status}.`);
  }
  if (body === null) throw new ApiError(res.status, null, `The server answered ${path} with ${type || 'no content type'}, not JSON.`);
  return body;
}

export function getJson<T>(path: string): Promise<T> {
  const now = Date.now();
  const hit = cache.get(path);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load(path);
  // A failed read is not remembered: the next visit asks again.
  value.catch(() => cache.delete(path));
  cache.set(path, { at: now, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value as Promise<T>;
}

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: ApiError }
  | { state: 'ok'; data: T };

/** The answer for `path` (null: nothing to load yet); a newer path supersedes an older one still in flight. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<{ path: string | null; loaded: Loaded<T> }>({ path, loaded: { state: 'loading' } });
  useEffect(() => {
    if (path === null) return;
    let current = true;
    getJson<T>(path).then(
      (data) => current && setResult({ path, loaded: { state: 'ok', data } }),
      (error: unknown) => current && setResult({
        path,
        loaded: { state: 'error', error: error instanceof ApiError ? error : new ApiError(0, null, String(error)) },
      }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return result.path === path ? result.loaded : { state: 'loading' };
}

export const api = {
  stories: (query: URLSearchParams) => `/api/stories?${query}`,
  story: (id: string) => `/api/stories/${encodeURIComponent(id)}`,
  article: (id: string) => `/api/articles/${encodeURIComponent(id)}`,
  entity: (id: string) => `/api/entities/${encodeURIComponent(id)}`,
  entities: (q: string, limit = 10) => `/api/entities?${new URLSearchParams({ q, limit: String(limit) })}`,
  topic: (id: string) => `/api/topics/${encodeURIComponent(id)}`,
  search: (q: string, limit = 50) => `/api/search?${new URLSearchParams({ q, limit: String(limit) })}`,
};
