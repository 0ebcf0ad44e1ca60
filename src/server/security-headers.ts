/**
 * Headers on every response: no MIME sniffing (stored content is served as JSON or text, never
 * guessed at), no referrer, no framing, and a Content-Security-Policy: on HTML pages a strict one
 * that allows only this origin's scripts, styles and API; on everything else one that allows nothing.
 */
import type { MiddlewareHandler } from 'hono';

/** For HTML pages (the web UI): same-origin resources only, no inline script, no plugins, no framing. */
export const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** For API responses: a JSON document opened in a browser can load and run nothing. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    const html = /^text\/html\b/i.test(headers.get('Content-Type') ?? '');
    headers.set('Content-Security-Policy', html ? PAGE_POLICY : API_POLICY);
  };
}
