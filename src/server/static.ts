/**
 * Serves the built web UI (web/dist, made by `npm run build:web`, which `npm ci` runs as `prepare`)
 * from the same app as the API. Every page path of the UI answers index.html, so that a deep link
 * (/stories/…, /articles/…) opens the right page; the UI then routes on the client. Built files have
 * content-hashed names and are cached for good; index.html is revalidated on every load.
 *
 * It is middleware rather than routes: it claims only GET and HEAD on the UI's own paths and passes
 * everything else on, so unknown paths stay 404 problems and other methods are not answered 405.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

export const UI_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Client-side routes: `/`, `/search`, and one page per story, article, entity and topic. */
const PAGE = /^\/(?:search)?$|^\/(?:stories|articles|entities|topics)\/./;
/** A built asset or a file of web/public: one path segment each, never starting with a dot. */
const ASSET = /^\/assets\/[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
const ROOT_FILE = /^\/[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(?:svg|ico|png|txt|webmanifest)$/;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  woff2: 'font/woff2',
};

async function file(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

export function staticUi(dir: string = UI_DIR): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const path = c.req.path;
    const page = PAGE.test(path);
    if (!page && !ASSET.test(path) && !ROOT_FILE.test(path)) return next();
    const body = await file(join(dir, page ? 'index.html' : path));
    if (body === null) {
      if (!page) return next();
      return c.text(`The web UI is not built: ${join(dir, 'index.html')} is missing. Run \`npm run build:web\` (npm ci does it), then reload.`, 503);
    }
    const ext = page ? 'html' : (/\.([a-z0-9]+)$/.exec(path)?.[1] ?? '');
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': String(body.length),
        'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  };
}
