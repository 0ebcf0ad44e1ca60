/**
 * Read latency of a running `parallax serve`, per endpoint, under concurrent clients.
 *
 *   measureApi(baseUrl: string, opts: ApiLatencyOptions): Promise<ApiLatency>
 *
 *   opts.clients   concurrent clients, each one keep-alive connection sending one request at a time
 *                  as soon as the last is answered (a closed loop: latency includes queueing). Default 32.
 *   opts.seconds   how long to send; default 30. opts.warmupSeconds: sent first, not counted; default 2.
 *   opts.storyIds  briefings to ask for (GET /api/stories/{id}); give small ones and the largest.
 *   opts.largeStoryIds  optional: those reported apart as "story (large)".
 *   opts.queries   search words; the first half are reported as "search (common)", the rest "search (rare)".
 *   opts.entityIds, opts.topicIds, opts.languages  optional filters for the story list.
 *   opts.from, opts.to  optional day range (YYYY-MM-DD) for the story list.
 *   opts.skip      endpoint kinds to leave out (--skip entities,stories?entity on the command line).
 *
 * Returns, per endpoint kind (`stories`, `stories?language`, `stories?entity`, `stories?topic`,
 * `stories?from&to`, `stories?q`, `stories?after`, `story (small)`, `story (large)`, `search (common)`,
 * `search (rare)`, `entities`) and per group (`story list`, `briefing`, `search`): requests, p50, p95,
 * p99, max in ms, and the count of non-200 answers. Requests are drawn round robin from the kinds that
 * have inputs, so each kind gets an equal share whatever its speed.
 *
 * `node --import tsx bench/api-latency.ts --base http://127.0.0.1:PORT [--clients 32] [--seconds 30]`
 * picks its inputs from the server itself (the newest stories, the largest story among the first
 * pages or those named by --large ID,ID, the most and least mentioned of the top entities or those named by
 * --entities ID,ID, when the entity listing is not asked) and prints the table; --json FILE writes it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, request, type Reply } from './serve-process.ts';

export interface ApiLatencyOptions {
  clients?: number;
  seconds?: number;
  warmupSeconds?: number;
  storyIds: readonly string[];
  largeStoryIds?: readonly string[];
  queries: readonly string[];
  entityIds?: readonly string[];
  topicIds?: readonly string[];
  languages?: readonly string[];
  from?: string;
  to?: string;
  /** Endpoint kinds left out (one that takes minutes would stall every client behind it). */
  skip?: readonly string[];
}

export interface EndpointLatency { endpoint: string; requests: number; p50: number; p95: number; p99: number; max: number; notOk: number }
export interface ApiLatency { clients: number; seconds: number; requests: number; requestsPerSecond: number; endpoints: EndpointLatency[]; groups: EndpointLatency[] }

const GROUPS: Array<[string, (kind: string) => boolean]> = [
  ['story list', (k) => k.startsWith('stories')],
  ['briefing', (k) => k.startsWith('story ')],
  ['search', (k) => k.startsWith('search')],
];

function stats(endpoint: string, xs: ReadonlyArray<{ ms: number; status: number }>): EndpointLatency {
  const ms = xs.map((s) => s.ms).sort((a, b) => a - b);
  return { endpoint, requests: xs.length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms.at(-1) ?? NaN, notOk: xs.filter((s) => s.status !== 200).length };
}

export async function measureApi(baseUrl: string, opts: ApiLatencyOptions): Promise<ApiLatency> {
  const clients = opts.clients ?? 32;
  const seconds = opts.seconds ?? 30;
  const q = encodeURIComponent;
  const half = Math.ceil(opts.queries.length / 2);
  const large = new Set(opts.largeStoryIds ?? []);
  // Each kind makes its path from a counter, so the inputs rotate deterministically.
  const kinds: Array<[string, ((i: number) => string) | null]> = [
    ['stories', () => '/api/stories'],
    ['stories?language', opts.languages?.length ? (i) => `/api/stories?language=${q(opts.languages![i % opts.languages!.length]!)}` : null],
    ['stories?entity', opts.entityIds?.length ? (i) => `/api/stories?entity=${q(opts.entityIds![i % opts.entityIds!.length]!)}` : null],
    ['stories?topic', opts.topicIds?.length ? (i) => `/api/stories?topic=${q(opts.topicIds![i % opts.topicIds!.length]!)}` : null],
    ['stories?from&to', opts.from || opts.to ? () => `/api/stories?${opts.from ? `from=${opts.from}` : ''}${opts.from && opts.to ? '&' : ''}${opts.to ? `to=${opts.to}` : ''}` : null],
    ['stories?q', opts.queries.length ? (i) => `/api/stories?q=${q(opts.queries[i % opts.queries.length]!)}` : null],
    ['stories?after', () => ''], // filled by paging: the next page of the previous answer
    ['story (small)', opts.storyIds.some((s) => !large.has(s)) ? (i) => { const xs = opts.storyIds.filter((s) => !large.has(s)); return `/api/stories/${q(xs[i % xs.length]!)}`; } : null],
    ['story (large)', large.size ? (i) => { const xs = [...large]; return `/api/stories/${q(xs[i % xs.length]!)}`; } : null],
    ['search (common)', half > 0 ? (i) => `/api/search?q=${q(opts.queries[i % half]!)}` : null],
    ['search (rare)', opts.queries.length > half ? (i) => `/api/search?q=${q(opts.queries[half + (i % (opts.queries.length - half))]!)}` : null],
    ['entities', () => '/api/entities'],
  ];
  const active = kinds.filter((k): k is [string, (i: number) => string] => k[1] !== null && !opts.skip?.includes(k[0]));
  const samples = new Map<string, Array<{ ms: number; status: number }>>(active.map(([k]) => [k, []]));
  const start = performance.now();
  const measureFrom = start + (opts.warmupSeconds ?? 2) * 1000;
  const deadline = measureFrom + seconds * 1000;
  let turn = 0;
  const client = async (n: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let cursor: string | null = null;
    let i = n;
    while (performance.now() < deadline) {
      const [kind, path] = active[turn++ % active.length]!;
      const url: string = kind === 'stories?after' ? (cursor ? `/api/stories?after=${q(cursor)}` : '/api/stories') : path(i++);
      const t = performance.now();
      // A request that fails or times out counts with status 0 and the time it took to fail.
      const reply: Reply = await request(baseUrl, agent, '127.0.0.1', 'GET', url).catch(() => ({ status: 0, body: '' }));
      const ms = performance.now() - t;
      if (kind === 'stories?after') cursor = reply.status === 200 ? (JSON.parse(reply.body) as { next: string | null }).next : null;
      if (t >= measureFrom) samples.get(kind)!.push({ ms, status: reply.status });
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  const all = [...samples.values()].flat();
  return {
    clients,
    seconds,
    requests: all.length,
    requestsPerSecond: all.length / seconds,
    endpoints: active.map(([k]) => stats(k, samples.get(k)!)),
    groups: GROUPS.map(([g, f]) => stats(g, [...samples].filter(([k]) => f(k)).flatMap(([, xs]) => xs))),
  };
}

/** The result as a Markdown table. */
export function latencyTable(r: ApiLatency): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
  const rows = [...r.endpoints, ...r.groups].map((e) => `| ${e.endpoint} | ${e.requests} | ${f(e.p50)} | ${f(e.p95)} | ${f(e.p99)} | ${f(e.max)} | ${e.notOk} |`);
  return ['| endpoint | requests | p50 ms | p95 ms | p99 ms | max ms | not 200 |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** Inputs from the server itself: the newest stories, the largest of the first pages, common entities and their languages. */
export async function inputsFrom(baseUrl: string, opts: { entities?: boolean } = {}): Promise<Omit<ApiLatencyOptions, 'queries'>> {
  const agent = new http.Agent({ keepAlive: true });
  const get = async (path: string) => JSON.parse((await request(baseUrl, agent, '127.0.0.1', 'GET', path)).body) as any;
  const stories: Array<{ id: string; topic: string; articles: number; languages: string[]; earliest: string | null }> = [];
  let next: string | null = null;
  for (let page = 0; page < 20; page++) {
    const r = await get(`/api/stories?limit=100${next ? `&after=${encodeURIComponent(next)}` : ''}`);
    stories.push(...r.items);
    next = r.next;
    if (!next) break;
  }
  const bySize = [...stories].sort((a, b) => b.articles - a.articles);
  // The entity listing can be the slowest read of all: without it the story list is not filtered by entity.
  // Not asked when the entities are named: a synchronous listing holds the server for minutes at a million articles.
  const entities = (opts.entities === false ? [] : ((await get('/api/entities?limit=20').catch(() => null))?.items ?? [])) as Array<{ id: string }>;
  agent.destroy();
  const languages = [...new Set(stories.slice(0, 200).flatMap((s) => s.languages))].slice(0, 8);
  return {
    storyIds: [...stories.slice(0, 50).map((s) => s.id), ...bySize.slice(0, 3).map((s) => s.id)],
    largeStoryIds: bySize.slice(0, 3).map((s) => s.id),
    entityIds: [...entities.slice(0, 5), ...entities.slice(-5)].map((e) => e.id),
    topicIds: stories.slice(0, 50).map((s) => s.topic),
    languages,
  };
}

/**
 * `measureApi` in a node process of its own, with exactly these inputs. A bench that has just ingested
 * and reopened a store holds a heap of gigabytes; a client inside it collects over that heap, and those
 * pauses were counted as the server's latency: at 100,000 articles the slowest answers took 186–241 ms
 * with the read cache off and 31–67 with it, against 97–126 and 28 measured from a process of its own.
 */
export async function measureApiApart(baseUrl: string, opts: ApiLatencyOptions): Promise<ApiLatency> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-api-latency-'));
  try {
    const given = join(dir, 'options.json');
    const out = join(dir, 'latency.json');
    writeFileSync(given, JSON.stringify(opts));
    const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--base', baseUrl, '--options', given, '--json', out], { stdio: ['ignore', 'ignore', 'inherit'] });
    const code = await new Promise<number | null>((done, fail) => { child.on('exit', done); child.on('error', fail); });
    if (code !== 0) throw new Error(`bench: the latency client exited with ${code} (its errors are above)`);
    return JSON.parse(readFileSync(out, 'utf8')) as ApiLatency;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      options: { type: 'string' },
      clients: { type: 'string', default: '32' },
      seconds: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '2' },
      skip: { type: 'string' },
      common: { type: 'string', default: 'the,de,la,police,government' },
      rare: { type: 'string', default: 'Kestrel,Kłodzko,muppets,Lagarde,alluvione' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'string' },
      large: { type: 'string' },
      entities: { type: 'string' },
    },
  });
  if (!values.base) throw new Error('api-latency: pass --base http://HOST:PORT of a running parallax serve');
  if (values.options) {
    // Run by measureApiApart: the inputs and settings are given whole, the result is only written.
    const result = await measureApi(values.base, JSON.parse(readFileSync(values.options, 'utf8')) as ApiLatencyOptions);
    writeFileSync(values.json ?? '/dev/stdout', `${JSON.stringify(result)}\n`);
    process.exit(0);
  }
  const inputs = await inputsFrom(values.base, { entities: !values.entities });
  // The largest stories of a big store may lie anywhere in time: they can be named instead.
  if (values.entities) inputs.entityIds = values.entities.split(',');
  if (values.large) {
    inputs.largeStoryIds = values.large.split(',');
    inputs.storyIds = [...inputs.storyIds.filter((s) => !inputs.largeStoryIds!.includes(s)).slice(0, 50), ...inputs.largeStoryIds];
  }
  const result = await measureApi(values.base, {
    ...inputs, clients: Number(values.clients), seconds: Number(values.seconds), warmupSeconds: Number(values.warmup), skip: values.skip?.split(','), from: values.from, to: values.to,
    queries: [...values.common!.split(','), ...values.rare!.split(',')],
  });
  console.log(`${result.clients} clients, ${result.seconds} s, ${result.requests} requests (${result.requestsPerSecond.toFixed(0)}/s)`);
  console.log(latencyTable(result));
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), inputs, ...result }, null, 2)}\n`);
}
