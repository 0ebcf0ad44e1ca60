/**
 * For the browser tests: the built UI (rebuilt when web/ changed since the last build), a real
 * server on a free port over a fresh SQLite store holding the sample corpus, the seed articles and
 * one article of hostile markup, and Debian's Chromium driven by playwright-core. No browser is
 * ever downloaded: without /usr/bin/chromium the tests skip, or fail under PARALLAX_REQUIRE_ALL=1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { Parallax } from '../api/parallax.ts';
import { createApp } from './app.ts';
import { ReadPool } from './read-pool.ts';
import { seedsDir } from './app-fixture.ts';
import { listen, type Listening } from './listen.ts';
import { UI_DIR } from './static.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = join(root, 'test-results', 'ui');
const requireAll = process.env.PARALLAX_REQUIRE_ALL === '1';

/** Why the browser tests cannot run here, or false. Missing pieces skip them only where skipping is allowed. */
export const uiSkip: string | false = requireAll ? false
  : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt-get install chromium fonts-ipafont-gothic, or set PARALLAX_CHROMIUM)`
  : !existsSync(seedsDir) ? `no seed articles at ${seedsDir}`
  : false;

/** The article of hostile markup: what must show as text and never run. */
export const HOSTILE = {
  id: 'hostile-markup',
  title: '<script>window.__pwned = "title"</script><img src=x onerror="window.__pwned = \'img-title\'"> Hostile title',
  text: [
    'The city council of Springfield met on Tuesday to discuss the harbour budget <script>window.__pwned = "text"</script> and agreed nothing.',
    'A second paragraph with an image <img src=x onerror="window.__pwned = \'img-text\'"> and a link <a href="javascript:window.__pwned=1">click</a> in it.',
  ].join('\n\n'),
  url: 'javascript:window.__pwned = "url"',
  source: '<b onmouseover="window.__pwned = 1">Outlet</b>',
  lang: 'en',
};

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name === 'node_modules') continue;
    const path = join(dir, name);
    const st = statSync(path);
    newest = Math.max(newest, st.isDirectory() ? newestSource(path) : st.mtimeMs);
  }
  return newest;
}

/**
 * Builds the UI when web/dist is missing or older than a file of web/ (npm ci builds it through
 * `prepare`; this catches edits made since), so that the tests always test the current source.
 */
export function ensureUiBuilt(): void {
  const index = join(UI_DIR, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource(join(root, 'web'))) return;
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root, encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`ui: building the web UI failed (npm run build:web):\n${run.stdout}\n${run.stderr}`);
}

export interface UiServer {
  url: string;
  /** GET a path of the API as JSON. */
  json<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

export async function startUiServer(): Promise<UiServer> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ui-'));
  const px = await Parallax.open({ db: join(dir, 'ui.db') });
  let server: Listening | null = null;
  let readers: ReadPool | null = null;
  try {
    const report = await px.ingest([resolve(root, 'examples', 'corpus'), seedsDir, HOSTILE]);
    if (report.rejected.length > 0) throw new Error(`ui: the test corpus was not stored whole: ${JSON.stringify(report.rejected).slice(0, 500)}`);
    // As `parallax serve` answers by default: the page's reads go to read threads.
    readers = await ReadPool.start(px.config.db, 2, { log: () => {} });
    const app = createApp(px.store, px.config, { token: null, log: () => {}, readers });
    server = await listen(app, { host: '127.0.0.1', port: 0, token: null });
  } catch (e) {
    await readers?.close();
    await px.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const url = server.url;
  const open = server;
  const threads = readers;
  return {
    url,
    async json<T>(path: string) {
      const res = await fetch(new URL(path, url));
      if (!res.ok) throw new Error(`ui: ${path} answered ${res.status}`);
      return (await res.json()) as T;
    },
    async close() {
      await open.close(1000);
      await threads.close();
      await px.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's Chromium, headless. Playwright adds --headless and a fresh temporary --user-data-dir
 * itself (and refuses a --user-data-dir in `args`); the rest keeps Chromium off the network, which
 * is closed here and would otherwise be tried at every start.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/**
 * Errors the page reports (uncaught exceptions, console errors, failed requests, dialogs) and every
 * request to another origin than `origin` (the UI must work offline), for asserting that there are none.
 */
export function watchErrors(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith('data:')) errors.push(`offsite request: ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    // Aborted: a navigation cancelled what the previous page still loaded (its favicon, say).
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

/** A PNG under test-results/ui: what the viewport shows, or with `full` the whole page. */
export async function screenshot(page: Page, name: string, full = false): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, name);
  await page.screenshot({ path, fullPage: full });
  return path;
}
