/**
 * The crash tests' shared parts (src/crash-safety.test.ts on SQLite, the PostgreSQL one beside its
 * store): a deterministic input of many distinct articles, an ingest killed with SIGKILL at a random
 * moment, and the partition of articles into stories to compare runs by.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const cliBin = join(root, 'bin', 'parallax.js');

/** A deterministic PRNG (mulberry32): the same kill times on every run. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Our own sample corpus's plain-text articles, recombined into many distinct articles with stable ids (JSONL). */
export function buildInput(count: number): string {
  const texts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt') && !name.includes('utf16')) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, 'examples', 'corpus'));
  const paragraphs = texts.map((t) => t.split(/\n\s*\n/).filter((p) => p.trim().length > 60));
  const rand = prng(7);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = paragraphs[i % paragraphs.length]!;
    const picked = source.filter(() => rand() < 0.8);
    const text = `${(picked.length ? picked : source).join('\n\n')}\n\nBulletin ${i}.`;
    lines.push(JSON.stringify({ id: `crash-${String(i).padStart(4, '0')}`, title: `Bulletin ${i}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Where a kill lands: once the store holds more than `articles` beyond what it held at the start
 * (so the run has committed), after a further `ms`. Counted in articles rather than time so that
 * the kills interrupt the run as often on a fast machine as on a busy one.
 */
export interface KillMoment {
  articles: number;
  ms: number;
}

/** A kill moment drawn from `rand`: up to 8 articles past the last commit, up to 50 ms later (mid-analysis or mid-write). */
export const randomKillMoment = (rand: () => number): KillMoment => ({ articles: Math.floor(rand() * 8), ms: Math.floor(rand() * 50) });

/** Starts `parallax ARGS` and kills it with SIGKILL at `at` while it works. */
export function killMidRun(args: string[], stored: () => number | Promise<number>, from: number, at: KillMoment): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliBin, ...args], { stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    let busy = false;
    const poll = setInterval(async () => {
      if (timer !== undefined || busy) return;
      busy = true;
      try {
        if ((await stored()) > from + at.articles && timer === undefined) timer = setTimeout(() => child.kill('SIGKILL'), at.ms);
      } finally {
        busy = false;
      }
    }, 10);
    child.on('exit', () => { clearInterval(poll); clearTimeout(timer); resolve(); });
  });
}

/** Articles grouped by story, as sorted id lists: two runs agree when these are equal. */
export function storyPartition(m: ReadonlyMap<string, { story: string }>): string[] {
  const groups = new Map<string, string[]>();
  for (const [id, r] of m) groups.set(r.story, [...(groups.get(r.story) ?? []), id]);
  return [...groups.values()].map((g) => g.sort().join(',')).sort();
}
