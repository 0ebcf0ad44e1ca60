/**
 * Writes are rate-limited per client with a token bucket: a client may send `burst` writes at once,
 * then one every `1 / perSecond` seconds. A refused write is a 429 whose Retry-After says when the
 * next token is there. Idle full buckets are forgotten, so memory stays bounded by the active clients.
 */
import type { MiddlewareHandler } from 'hono';
import { Problem } from './problem.ts';

export interface RateLimit {
  /** Writes a client may send back to back. */
  burst: number;
  /** Writes per second it may sustain. */
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const MAX_TRACKED = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {
    if (!(limit.burst >= 1) || !(limit.perSecond > 0)) throw new RangeError('server: rate limit needs burst >= 1 and perSecond > 0');
  }

  /** Takes one token for `client`: 0 when granted, else the seconds until one is there. */
  take(client: string): number {
    const now = this.now();
    const b = this.buckets.get(client) ?? { tokens: this.limit.burst, at: now };
    b.tokens = Math.min(this.limit.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
    b.at = now;
    if (this.buckets.size >= MAX_TRACKED && !this.buckets.has(client)) this.forgetFull(now);
    this.buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return (1 - b.tokens) / this.limit.perSecond;
  }

  private forgetFull(now: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(k);
    }
    // Still full of active clients: the oldest entries go (a Map keeps insertion order).
    for (const k of this.buckets.keys()) {
      if (this.buckets.size < MAX_TRACKED) break;
      this.buckets.delete(k);
    }
  }
}

/** The client a request comes from: the peer address the server saw (never a header a client can set). */
export function clientAddress(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'in-process';
}

export function rateLimit(limit: RateLimit): MiddlewareHandler {
  const buckets = new TokenBuckets(limit);
  return async (c, next) => {
    const wait = buckets.take(clientAddress(c.env));
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait));
      throw new Problem('rate-limited', `this client may send ${limit.burst} writes at once and ${limit.perSecond} a second after that; retry in ${seconds} s`, {
        headers: { 'Retry-After': String(seconds) },
      });
    }
    await next();
  };
}
