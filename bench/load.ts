/**
 * `npm run bench:load [-- --seconds N] [--connections N] [--readers N] [--json OUT]`: `parallax serve` under load. The
 * sample corpus is ingested into a temporary store, the real server is started on it, and 200 clients
 * (each its own keep-alive connection from its own loopback address, so that each is rate-limited on its
 * own) send reads and writes mixed for 60 s. Then every write the server accepted is read back.
 * Reports requests/s, p50/p95/p99 latency per kind of request, statuses, 5xx and lost writes; exits 1
 * when there is any 5xx, transport error or lost write. Results go to bench/results/load-<seconds>s.json.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, request as send, startServer, type Reply } from './serve-process.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '200' },
    json: { type: 'string' },
    readers: { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const READERS = values.readers === undefined ? undefined : Number(values.readers);
if (!(SECONDS > 0) || !Number.isInteger(CONNECTIONS) || CONNECTIONS < 1 || CONNECTIONS > 250 || (READERS !== undefined && !(Number.isInteger(READERS) && READERS >= 0 && READERS <= 64))) {
  console.error('bench:load: --seconds must be positive, --connections a whole number from 1 to 250 and --readers one from 0 to 64');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'parallax.js');
const dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
const db = join(dir, 'load.db');
const token = randomBytes(24).toString('hex');

type Kind = 'stories' | 'story' | 'article' | 'search' | 'entities' | 'entity' | 'topic' | 'health' | 'write';
interface Sample { kind: Kind; status: number; ms: number }

/** The share of each kind of request: mostly reads, as a news site's API sees, and one in twenty a write. */
const MIX: Array<[Kind, number]> = [['stories', 25], ['story', 20], ['article', 20], ['search', 12], ['entities', 5], ['entity', 5], ['topic', 6], ['health', 2], ['write', 5]];
const WORDS = ['Kestrel', 'Bari', 'Hochwasser', 'Aquila', 'Lagarde', 'satellite', 'alluvione', 'finale', 'Kłodzko', 'EZB', 'ports'];

function corpusSentences(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt') && !name.includes('utf16')) out.push(...readFileSync(p, 'utf8').split(/(?<=[.!?])\s+/).filter((s) => s.length > 40));
    }
  };
  walk(join(root, 'examples', 'corpus'));
  return out;
}

function request(base: string, agent: http.Agent, localAddress: string, method: string, path: string, body?: string): Promise<Reply> {
  return send(base, agent, localAddress, method, path, body, token);
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
function pickKind(): Kind {
  let r = Math.random() * MIX.reduce((n, [, w]) => n + w, 0);
  for (const [k, w] of MIX) if ((r -= w) < 0) return k;
  return 'health';
}

// 1. A store with the sample corpus, through the command line.
const load = spawnSync(process.execPath, [bin, 'ingest', join(root, 'examples', 'corpus'), '--db', db, '-q'], { encoding: 'utf8' });
if (load.status !== 0) throw new Error(`bench:load: ingesting the sample corpus failed:\n${load.stderr}`);
const { base, stop } = await startServer(db, { PARALLAX_TOKEN: token }, { readers: READERS });
const setupAgent = new http.Agent({ keepAlive: true });
const json = async (path: string) => JSON.parse((await request(base, setupAgent, '127.0.0.1', 'GET', path)).body) as Record<string, any>;
const stories = (await json('/api/stories?limit=100')).items as Array<{ id: string; topic: string }>;
const articleIds = (await Promise.all(stories.map(async (s) => ((await json(`/api/stories/${encodeURIComponent(s.id)}`)).members as Array<{ id: string }>).map((m) => m.id)))).flat();
const entityIds = ((await json('/api/entities?limit=100')).items as Array<{ id: string }>).map((e) => e.id);
const topicIds = [...new Set(stories.map((s) => s.topic))];
const sentences = corpusSentences();
setupAgent.destroy();

// 2. The load: each client sends one request at a time, as fast as it is answered, until the deadline.
const samples: Sample[] = [];
const accepted = new Map<string, string>(); // id -> text of every write answered "stored"
const errors: string[] = [];
const started = performance.now();
const deadline = started + SECONDS * 1000;

async function client(n: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const address = `127.0.0.${2 + n}`;
  let written = 0;
  while (performance.now() < deadline) {
    const kind = pickKind();
    let method = 'GET';
    let path: string;
    let body: string | undefined;
    let id = '';
    let text = '';
    switch (kind) {
      case 'stories': path = pick(['/api/stories', '/api/stories?limit=50', '/api/stories?language=de', `/api/stories?q=${encodeURIComponent(pick(WORDS))}`, '/api/stories?from=2024-01-01&to=2026-12-31']); break;
      case 'story': path = `/api/stories/${encodeURIComponent(pick(stories).id)}`; break;
      case 'article': path = `/api/articles/${encodeURIComponent(pick(articleIds))}`; break;
      case 'search': path = `/api/search?q=${encodeURIComponent(pick(WORDS))}`; break;
      case 'entities': path = pick(['/api/entities', '/api/entities?type=PER', '/api/entities?q=a']); break;
      case 'entity': path = `/api/entities/${encodeURIComponent(pick(entityIds))}`; break;
      case 'topic': path = `/api/topics/${encodeURIComponent(pick(topicIds))}`; break;
      case 'health': path = '/api/health'; break;
      case 'write':
        method = 'POST';
        path = '/api/articles';
        id = `load-${n}-${written++}`;
        text = `${Array.from({ length: 4 }, () => pick(sentences)).join(' ')}\n\nMeldung ${id}.`;
        body = JSON.stringify([{ id, title: `Meldung ${id}`, text }]);
        break;
    }
    const t = performance.now();
    try {
      const reply = await request(base, agent, address, method, path!, body);
      samples.push({ kind, status: reply.status, ms: performance.now() - t });
      if (kind === 'write' && reply.status === 200) {
        const [result] = (JSON.parse(reply.body) as { results: Array<{ id: string; status: string }> }).results;
        if (result?.status === 'stored') accepted.set(id, text);
        else errors.push(`write ${id}: answered ${JSON.stringify(result)}`);
      }
    } catch (e) {
      errors.push(`${method} ${path!}: ${(e as Error).message}`);
    }
  }
  agent.destroy();
}

// The merge/split pass may merge stories away while writes arrive: the ids the clients ask for are
// refreshed twice a second (outside the measured requests), so that a 404 means a real race.
const refreshAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const refresher = setInterval(() => {
  request(base, refreshAgent, '127.0.0.1', 'GET', '/api/stories?limit=100').then((r) => {
    const fresh = (JSON.parse(r.body) as { items: Array<{ id: string; topic: string }> }).items;
    if (fresh.length > 0) {
      stories.splice(0, stories.length, ...fresh);
      topicIds.splice(0, topicIds.length, ...new Set(fresh.map((x) => x.topic)));
    }
  }).catch(() => {});
}, 500);
await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => client(i)));
clearInterval(refresher);
refreshAgent.destroy();
const seconds = (performance.now() - started) / 1000;

// 3. Every accepted write must be readable, with its text as sent.
const checkAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
let lost = 0;
const ids = [...accepted.keys()];
for (let i = 0; i < ids.length; i += 8) {
  await Promise.all(ids.slice(i, i + 8).map(async (id) => {
    const r = await request(base, checkAgent, '127.0.0.1', 'GET', `/api/articles/${encodeURIComponent(id)}`);
    if (r.status !== 200 || (JSON.parse(r.body) as { text: string }).text !== accepted.get(id)) {
      lost++;
      errors.push(`accepted write ${id} reads back as ${r.status}`);
    }
  }));
}
const health = JSON.parse((await request(base, checkAgent, '127.0.0.1', 'GET', '/api/health')).body) as { articles: number };
checkAgent.destroy();
const exitCode = await stop();
rmSync(dir, { recursive: true, force: true });

// 4. The figures.
const row = (kind: string, xs: Sample[]) => {
  const ms = xs.map((s) => s.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const s of xs) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  return { kind, requests: xs.length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms.at(-1) ?? NaN, statuses };
};
const rows = [...MIX.map(([k]) => row(k, samples.filter((s) => s.kind === k))), row('all', samples)];
const fiveXX = samples.filter((s) => s.status >= 500).length;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  command: `npm run bench:load -- --seconds ${SECONDS}${CONNECTIONS !== 200 ? ` --connections ${CONNECTIONS}` : ''}${READERS !== undefined ? ` --readers ${READERS}` : ''}`,
  connections: CONNECTIONS,
  seconds,
  requests: samples.length,
  requestsPerSecond: samples.length / seconds,
  fiveXX,
  transportErrors: errors.length - lost,
  writes: samples.filter((s) => s.kind === 'write').length,
  writesAccepted: accepted.size,
  writesRateLimited: samples.filter((s) => s.kind === 'write' && s.status === 429).length,
  lostWrites: lost,
  articlesAfter: health.articles,
  serverExit: exitCode,
  latencyMs: rows,
  firstErrors: errors.slice(0, 20),
};
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
console.log(`\nparallax serve under load: ${CONNECTIONS} connections, ${seconds.toFixed(1)} s, ${result.requests} requests, ${result.requestsPerSecond.toFixed(1)} requests/s`);
console.log('| request | count | p50 ms | p95 ms | p99 ms | max ms | statuses |\n|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.kind} | ${r.requests} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.max)} | ${Object.entries(r.statuses).map(([s, n]) => `${s}: ${n}`).join(', ')} |`);
console.log(`\n5xx: ${fiveXX}; transport errors: ${result.transportErrors}; writes: ${result.writes} sent, ${result.writesAccepted} stored, ${result.writesRateLimited} rate-limited (429), ${lost} lost; articles in the store afterwards: ${health.articles}; server exit ${exitCode}`);
for (const e of result.firstErrors) console.log(`  ${e}`);
const out = values.json ?? join(root, 'bench', 'results', `load-${SECONDS}s.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`written to ${out}`);
process.exitCode = fiveXX > 0 || errors.length > 0 || exitCode !== 0 ? 1 : 0;
