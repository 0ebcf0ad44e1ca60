/**
 * Read latency of a running `parallax serve`: for each kind of request in turn, `clients` concurrent
 * keep-alive clients send requests of that kind back to back for `seconds`; p50/p95/p99 per kind.
 */
import http from 'node:http';
import { Random } from '../src/scale/random.ts';
import { percentile, request } from './serve-process.ts';

export interface LatencyRow {
  kind: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers that were not 200, and transport errors. */
  failures: number;
}

export interface LatencyTargets {
  /** Story ids a briefing is asked for. */
  stories: readonly string[];
  /** Words searched for. */
  words: readonly string[];
}

/** Story ids from the list's pages, and words from their titles, for the requests to pick from. */
export async function latencyTargets(base: string, pages = 5): Promise<LatencyTargets> {
  const agent = new http.Agent({ keepAlive: true });
  const stories: string[] = [];
  const words = new Set<string>();
  let after: string | null = null;
  for (let i = 0; i < pages; i++) {
    const path: string = `/api/stories?limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page = JSON.parse((await request(base, agent, '127.0.0.1', 'GET', path)).body) as { items: Array<{ id: string; title?: string }>; next?: string | null };
    for (const s of page.items) {
      stories.push(s.id);
      for (const w of (s.title ?? '').split(/[^\p{L}\p{N}]+/u)) if (w.length >= 5) words.add(w);
    }
    after = page.next ?? null;
    if (!after) break;
  }
  agent.destroy();
  return { stories, words: [...words].sort().slice(0, 200) };
}

export async function measureLatency(base: string, targets: LatencyTargets, opts: { clients: number; seconds: number; seed: number }): Promise<LatencyRow[]> {
  if (targets.stories.length === 0) throw new Error('bench: the store has no stories to ask for; did the ingest store anything?');
  const words = targets.words.length > 0 ? targets.words : ['news'];
  const kinds: Array<[string, (rng: Random) => string]> = [
    ['story list', (rng) => (rng.chance(0.5) ? '/api/stories' : `/api/stories?limit=50`)],
    ['briefing', (rng) => `/api/stories/${encodeURIComponent(rng.pick(targets.stories))}`],
    ['search', (rng) => `/api/search?q=${encodeURIComponent(rng.pick(words))}`],
  ];
  const rows: LatencyRow[] = [];
  for (const [k, [kind, path]] of kinds.entries()) {
    const ms: number[] = [];
    let failures = 0;
    const started = performance.now();
    const deadline = started + opts.seconds * 1000;
    await Promise.all(Array.from({ length: opts.clients }, async (_, n) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const rng = Random.derive(opts.seed, k, n);
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          const r = await request(base, agent, '127.0.0.1', 'GET', path(rng));
          ms.push(performance.now() - t);
          if (r.status !== 200) failures++;
        } catch {
          failures++;
        }
      }
      agent.destroy();
    }));
    const elapsed = (performance.now() - started) / 1000;
    ms.sort((a, b) => a - b);
    rows.push({ kind, requests: ms.length, requestsPerSecond: ms.length / elapsed, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms.at(-1) ?? NaN, failures });
  }
  return rows;
}
