/**
 * The body of one read thread (read-pool.ts): opens the store on its own connection, then answers
 * each forwarded read with the read routes, one after another as they arrive.
 */
import { Hono } from 'hono';
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { Problem, PROBLEM_TYPE } from './problem.ts';
import { READ_PAGE_CACHE_MIB, type ReadReply, type ReadRequest } from './read-pool.ts';
import { addProblemHandlers, addReadRoutes } from './read-routes.ts';

const port = parentPort!;
const post = (m: ReadReply) => port.postMessage(m);

let store: Store | null = null;
try {
  store = await openStore((workerData as { db: string }).db, { pageCacheMiB: READ_PAGE_CACHE_MIB });
} catch (e) {
  post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  process.exit(1);
}

const app = new Hono();
addReadRoutes(app, store!);
addProblemHandlers(app, (line) => post({ kind: 'log', line }));

let closing = false;
let inFlight = 0;

async function answer(m: Extract<ReadRequest, { kind: 'read' }>): Promise<void> {
  inFlight++;
  try {
    const res = await app.fetch(new Request(m.url, { method: m.method }));
    post({ kind: 'answer', id: m.id, answer: { status: res.status, headers: [...res.headers], body: await res.text() } });
  } catch (e) {
    // The app answers its own errors; this is only reached if making the answer's text failed.
    post({ kind: 'log', line: `parallax serve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` });
    post({ kind: 'answer', id: m.id, answer: { status: 500, headers: [['content-type', PROBLEM_TYPE]], body: JSON.stringify(new Problem('internal', 'the server failed to answer; the error is in its log').body()) } });
  } finally {
    if (--inFlight === 0 && closing) await stop();
  }
}

async function stop(): Promise<void> {
  await store!.close();
  process.exit(0);
}

port.on('message', (m: ReadRequest) => {
  if (m.kind === 'read') void answer(m);
  else if (m.kind === 'close') {
    closing = true;
    if (inFlight === 0) void stop();
  }
});
post({ kind: 'ready' });
