/**
 * One URL to bytes, with the limits a tool that reads what strangers serve needs: http(s) only,
 * every hop's host checked against private networks, redirects followed by hand (at most 5) so that
 * each target is checked too, a deadline for the answer and one for the whole transfer, and a cap
 * on the bytes kept after decompression.
 *
 * Built on Node's own fetch (undici): it decompresses gzip, deflate and br as a stream, so counting
 * the decoded bytes as they arrive and cancelling past the cap bounds memory even for a gzip bomb.
 * Limit: the host is resolved and checked before fetch resolves it again for the connection, so a
 * DNS server that answers differently the second time (DNS rebinding) is not caught.
 */
import { readFileSync } from 'node:fs';
import { checkHost, type PrivateAllowance } from './address-class.ts';
import { formatBytes } from '../read/read-result.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const USER_AGENT = `Parallax/${VERSION} (+https://github.com/parallax; news analysis)`;

export const DEFAULT_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,application/json;q=0.8,text/*;q=0.7,*/*;q=0.5';

export interface FetchOptions {
  /** Largest body kept, after decompression. */
  maxBytes: number;
  /** Deadline for the whole transfer, redirects included. Default 20 s. */
  timeoutMs?: number;
  /** Deadline for the response headers of each hop (connecting included). Default: timeoutMs. */
  connectTimeoutMs?: number;
  /** Reach loopback, private and link-local addresses: all (true), or only these host names. */
  allowPrivate?: PrivateAllowance;
}

export type FetchErrorCode =
  | 'bad-url' | 'unsupported-scheme' | 'dns-failed' | 'private-address' | 'timeout' | 'network'
  | 'too-many-redirects' | 'bad-redirect' | 'http-status' | 'too-large';

export type Fetched =
  | { ok: true; url: string; status: number; contentType: string | null; charset: string | null; bytes: Buffer }
  | { ok: false; code: FetchErrorCode; problem: string };

type Failure = Extract<Fetched, { ok: false }>;
const fail = (code: FetchErrorCode, problem: string): Failure => ({ ok: false, code, problem });

/** Parses and checks the scheme; returns the URL or why it cannot be fetched. */
export function httpUrl(raw: string): URL | Failure {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('bad-url', 'is not a valid URL; check it');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const hint = url.protocol === 'file:' ? '; give the local path instead' : '';
    return fail('unsupported-scheme', `refused: only http and https URLs are fetched, not ${url.protocol}${hint}`);
  }
  return url;
}

class Deadline extends Error {
  constructor(readonly which: 'answer' | 'transfer', readonly ms: number) {
    super(`${which} deadline`);
  }
}

function failureOf(e: unknown, signal: AbortSignal): Failure {
  if (signal.aborted && signal.reason instanceof Deadline) {
    const { which, ms } = signal.reason;
    const what = which === 'answer' ? 'no answer' : 'the transfer did not finish';
    return fail('timeout', `${what} within ${ms / 1000} s; the server may be down or slow, try again later`);
  }
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
  return fail('network', `could not be fetched (${detail}); check the URL and the network`);
}

function charsetOf(contentType: string | null): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return m?.[1]?.toLowerCase() ?? null;
}

/** Reads the body up to `maxBytes`, cancelling the transfer once it is over. */
async function readCapped(res: Response, maxBytes: number): Promise<Buffer | Failure> {
  const declared = Number(res.headers.get('content-length'));
  const tooLarge = (size: string) => fail('too-large', `is ${size}, over the limit of ${formatBytes(maxBytes)} (maxBytes); raise maxBytes to read it`);
  if (!res.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    return tooLarge(formatBytes(declared));
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return tooLarge(`more than ${formatBytes(maxBytes)}${res.headers.get('content-encoding') ? ' once decompressed' : ''}`);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches one http(s) URL. Never throws for network or server trouble: every failure is a value
 * saying what went wrong and what to do.
 */
export async function fetchUrl(raw: string, opts: FetchOptions): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const connectMs = opts.connectTimeoutMs ?? timeoutMs;
  const controller = new AbortController();
  const total = setTimeout(() => controller.abort(new Deadline('transfer', timeoutMs)), timeoutMs);
  try {
    let url = httpUrl(raw);
    for (let hop = 0; ; hop++) {
      if (!(url instanceof URL)) return url;
      // dns.lookup cannot be cancelled; racing it against the deadline keeps the promise.
      const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }));
      aborted.catch(() => {});
      const host = await Promise.race([checkHost(url.hostname, opts.allowPrivate ?? false), aborted]);
      if (!host.ok) return fail(host.code, hop > 0 ? `redirected to ${url.href}: ${host.problem}` : host.problem);
      const answer = setTimeout(() => controller.abort(new Deadline('answer', connectMs)), connectMs);
      let res: Response;
      try {
        res = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
        });
      } finally {
        clearTimeout(answer);
      }
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) return fail('bad-redirect', `answered ${res.status} without a Location header; report it to the site`);
        if (hop >= MAX_REDIRECTS) return fail('too-many-redirects', `redirected more than ${MAX_REDIRECTS} times (last to ${location}); give the final URL instead`);
        const next = httpUrl(new URL(location, url).href);
        if (!(next instanceof URL)) return fail(next.code, `redirected to ${location}: ${next.problem}`);
        url = next;
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel();
        return fail('http-status', `the server answered ${res.status} ${res.statusText}; check the URL or try again later`);
      }
      const body = await readCapped(res, opts.maxBytes);
      if (!Buffer.isBuffer(body)) return body;
      const contentType = res.headers.get('content-type');
      return { ok: true, url: url.href, status: res.status, contentType, charset: charsetOf(contentType), bytes: body };
    }
  } catch (e) {
    return failureOf(e, controller.signal);
  } finally {
    clearTimeout(total);
  }
}
