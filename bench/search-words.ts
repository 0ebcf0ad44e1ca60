import http from 'node:http';
import { request } from './serve-process.ts';

/**
 * Words to search for in a bench store: common English news words first, then rare ones (the longer
 * words of the newest stories' titles), as bench/api-latency.ts wants them (its first half is reported
 * as common, the rest as rare).
 */
export async function searchWords(base: string): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: true });
  const page = JSON.parse((await request(base, agent, '127.0.0.1', 'GET', '/api/stories?limit=100')).body) as { items: Array<{ title?: string | null }> };
  agent.destroy();
  const common = ['the', 'said', 'police', 'government', 'president', 'Trump', 'Clinton', 'election'];
  const rare = new Set<string>();
  for (const s of page.items) for (const w of (s.title ?? '').split(/[^\p{L}\p{N}]+/u)) if (w.length >= 7 && !common.includes(w)) rare.add(w);
  return [...common, ...[...rare].sort().slice(0, common.length)];
}
