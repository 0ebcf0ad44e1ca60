/**
 * `npm run bench:stages [-- --input FILE... --limit N --warmup N --no-corpus --json OUT]`: CPU time of each
 * article stage (src/pipeline.ts `articleStages`) and of the corpus step, in ms per article, in this process.
 * Default input: ../shared/data/ntrex/dev.jsonl. Prints a table and writes bench/results/stages.json.
 *
 * Library use (bench/throughput.ts may report it):
 *
 *   profileStages(inputs: string[], opts?: StageProfileOptions): Promise<StageProfile>
 *
 * `inputs` are paths any reader takes (JSONL, HTML, feeds...); `opts.limit` caps the articles timed,
 * `opts.warmup` (default 100) runs that many of them through the stages first, untimed, so one-off costs
 * (loading models, building lexicons, compiling) do not count per article; `opts.corpus` (default true)
 * also times `Corpus.add`. The result's `stages` lists `{ stage, ms }` in pipeline order, `ms` being CPU
 * milliseconds (user + system, `process.cpuUsage`) per article, then `relate` and `place` for the corpus
 * step and `total`.
 *
 * Why CPU time and not wall time: the machine is shared, and a stage's own CPU is what adding cores
 * divides. `relate` is timed on a shadow RelationIndex fed the same articles (Corpus.add does the same
 * work once more inside), and `place` is the rest of `Corpus.add`: story and topic choice plus the
 * merge/split pass.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleRecord, RawArticle } from '../src/article.ts';
import { Corpus } from '../src/cluster/corpus.ts';
import { resolveConfig } from '../src/config.ts';
import { articleStages, createRecord } from '../src/pipeline.ts';
import { readInputs } from '../src/read/read-inputs.ts';
import { RelationIndex } from '../src/relate/relation-index.ts';

export interface StageProfileOptions {
  limit?: number;
  warmup?: number;
  corpus?: boolean;
}

export interface StageProfile {
  articles: number;
  /** Characters of text per article, on average. */
  chars: number;
  stages: Array<{ stage: string; ms: number }>;
  /** CPU ms per article for everything timed. */
  total: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function readArticles(inputs: string[], limit: number): Promise<RawArticle[]> {
  const out: RawArticle[] = [];
  for await (const r of readInputs(inputs)) {
    if (!r.ok) continue;
    out.push(r.article);
    if (out.length >= limit) break;
  }
  return out;
}

export async function profileStages(inputs: string[], opts: StageProfileOptions = {}): Promise<StageProfile> {
  const cfg = resolveConfig({});
  const raws = await readArticles(inputs, opts.limit ?? Infinity);
  const warmup = Math.min(opts.warmup ?? 100, raws.length);
  for (const raw of raws.slice(0, warmup)) articleStages.reduce((rec, stage) => stage(rec, cfg), createRecord(raw));

  const spent = new Float64Array(articleStages.length + 2);
  const charge = (i: number, ms: number) => { spent[i] = spent[i]! + ms; };
  const corpus = opts.corpus === false ? null : new Corpus(cfg);
  const shadow = new RelationIndex(cfg);
  let chars = 0;
  for (const raw of raws) {
    chars += raw.text.length;
    let rec: ArticleRecord = createRecord(raw);
    // One clock reading per boundary: reading the clock is a system call worth a few microseconds.
    let t = cpuMs();
    for (let i = 0; i < articleStages.length; i++) {
      rec = articleStages[i]!(rec, cfg);
      const now = cpuMs();
      charge(i, now - t);
      t = now;
    }
    if (!corpus || !rec.features) continue;
    const entry = { id: rec.id, lang: rec.lang.code, features: rec.features };
    const t0 = t;
    shadow.find(entry);
    shadow.add(entry);
    const t1 = cpuMs();
    corpus.add(rec);
    const t2 = cpuMs();
    charge(articleStages.length, t1 - t0);
    // Corpus.add repeats the relation work the shadow index just timed.
    charge(articleStages.length + 1, Math.max(0, t2 - t1 - (t1 - t0)));
  }
  const n = Math.max(1, raws.length);
  const names = [...articleStages.map((s) => s.name), ...(corpus ? ['relate', 'place'] : [])];
  const stages = names.map((stage, i) => ({ stage, ms: spent[i]! / n }));
  return { articles: raws.length, chars: chars / n, stages, total: stages.reduce((s, x) => s + x.ms, 0) };
}

export function renderStageProfile(p: StageProfile): string {
  const width = Math.max(...p.stages.map((s) => s.stage.length), 'total'.length);
  const row = (name: string, ms: number) => `${name.padEnd(width)}  ${ms.toFixed(3).padStart(8)}  ${((100 * ms) / (p.total || 1)).toFixed(1).padStart(5)}%`;
  return [
    `${p.articles} articles, ${p.chars.toFixed(0)} characters each on average; CPU ms per article`,
    ...p.stages.map((s) => row(s.stage, s.ms)),
    row('total', p.total),
    `≈ ${(1000 / (p.total || 1)).toFixed(0)} articles per CPU second`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', multiple: true, default: ['../shared/data/ntrex/dev.jsonl'] },
      limit: { type: 'string' },
      warmup: { type: 'string', default: '100' },
      'no-corpus': { type: 'boolean', default: false },
      json: { type: 'string', default: 'bench/results/stages.json' },
    },
  });
  const inputs = values.input!.map((p) => resolve(p));
  const profile = await profileStages(inputs, {
    limit: values.limit === undefined ? undefined : Number(values.limit),
    warmup: Number(values.warmup),
    corpus: !values['no-corpus'],
  });
  console.log(renderStageProfile(profile));
  const result = { date: new Date().toISOString(), node: process.version, inputs, ...profile };
  mkdirSync(dirname(values.json!), { recursive: true });
  writeFileSync(values.json!, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwritten ${values.json}`);
}
