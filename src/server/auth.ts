/**
 * Writes need `Authorization: Bearer <token>`. Without a configured token the server takes no writes
 * at all (and only binds to loopback, see listen.ts). Tokens are compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { Problem } from './problem.ts';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function requireToken(token: string | null): MiddlewareHandler {
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected === null) {
      throw new Problem('writes-disabled', 'this server was started without PARALLAX_TOKEN, so it takes no writes; restart it with PARALLAX_TOKEN set');
    }
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1]!), expected)) {
      throw new Problem('unauthorized', m ? 'the bearer token is not the one this server was given' : 'send "Authorization: Bearer <token>" with the server\'s PARALLAX_TOKEN', {
        headers: { 'WWW-Authenticate': 'Bearer realm="parallax"' },
      });
    }
    await next();
  };
}
