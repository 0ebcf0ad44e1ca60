/**
 * `npm run bench:quality [-- --ecb FILE --ntrex FILE --seeds DIR --sample DIR --sample-gold FILE --ner-it FILE --ner-de FILE --polnear DIR --json OUT --only NAME]`:
 * the clustering's quality on every development set, one fresh store per run, in one table and as JSON
 * (bench/results/quality.json). Each line of the table is what `parallax eval` prints for that set
 * (see the `command` field of the JSON). Defaults read the data from ../shared/data.
 * A second table (JSON `extraction`) holds the extractors' scores: named entities on KIND and GermEval
 * (`parallax eval-ner`, exact span and type) and direct quotes on PolNeAR (`parallax eval-quotes`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.ts';
import type { Evaluation, GoldKey } from '../src/eval/evaluate.ts';
import { runEvaluation, type RunOptions } from '../src/eval/run-evaluation.ts';
import { extractionScores, renderExtraction } from './quality-extraction.ts';

const { values } = parseArgs({
  options: {
    ecb: { type: 'string', default: '../shared/data/ecbplus/dev.jsonl' },
    ntrex: { type: 'string', default: '../shared/data/ntrex/dev.jsonl' },
    seeds: { type: 'string', default: '../shared/data/seeds' },
    sample: { type: 'string', default: 'examples/corpus' },
    'sample-gold': { type: 'string', default: 'examples/corpus-gold.jsonl' },
    json: { type: 'string', default: 'bench/results/quality.json' },
    only: { type: 'string', multiple: true },
    'ner-it': { type: 'string', default: '../shared/data/ner/it-kind-dev.tsv' },
    'ner-de': { type: 'string', default: '../shared/data/ner/de-germeval2014-dev.tsv' },
    polnear: { type: 'string', default: '../shared/data/quotes/polnear/dev' },
  },
});

const dir = mkdtempSync(join(tmpdir(), 'parallax-quality-'));
// The seeds come without labels; their truth is the one the data set describes (../shared/data/README.md):
// 000 and 001 are one article in German and Italian on the April 2024 state visit, 002-004 three
// outlets on the January 2023 White House meeting; all of it one topic.
const seedsGold = join(dir, 'seeds-gold.jsonl');
writeFileSync(seedsGold, [
  ['000_08975b3dcdfca614', 'de', 'visit-2024', '000'], ['001_7c2d59c7325b740d', 'it', 'visit-2024', '000'],
  ['002_1d80535a9a0f06f6', 'de', 'meeting-2023', '002'], ['003_c9c1153546be85de', 'de', 'meeting-2023', '003'],
  ['004_659ceb6cbba424e3', 'de', 'meeting-2023', '004'],
].map(([id, lang, event, document]) => JSON.stringify({ id, lang, gold: { event, topic: 'us-japan', document } })).join('\n'));

interface Set { name: string; gold: string; paths: string[]; opts: RunOptions; command: string }
const sets: Set[] = [
  { name: 'ECB+ dev', gold: values.ecb!, paths: [], opts: { keys: ['event', 'topic'] }, command: `parallax eval ${values.ecb} --key event|topic` },
  { name: 'NTREX dev, all', gold: values.ntrex!, paths: [], opts: { keys: ['document'] }, command: `parallax eval ${values.ntrex} --key document` },
  { name: 'NTREX dev, Latin', gold: values.ntrex!, paths: [], opts: { keys: ['document'], script: 'Latin' }, command: `parallax eval ${values.ntrex} --key document --script Latin` },
  { name: 'NTREX dev, 5 lang', gold: values.ntrex!, paths: [], opts: { keys: ['document'], langs: ['eng', 'deu', 'ita', 'fra', 'spa'] }, command: `parallax eval ${values.ntrex} --key document --lang eng,deu,ita,fra,spa` },
  { name: 'seeds', gold: seedsGold, paths: [values.seeds!], opts: { keys: ['event', 'topic'] }, command: `parallax analyze ${values.seeds}` },
  { name: 'sample corpus', gold: values['sample-gold']!, paths: [values.sample!], opts: { keys: ['event', 'topic'] }, command: `parallax eval ${values['sample-gold']} ${values.sample} --key event|topic` },
];

const f3 = (x: number) => x.toFixed(3);
const rows: string[][] = [['set', 'key', 'articles', 'B3 P', 'B3 R', 'B3 F1', 'pair F1', 'clusters/gold', 'copy+transl. P/R/F1', 'language', 'time']];
const results: Array<{ set: string; command: string; seconds: number; evaluations: Evaluation[] }> = [];
const cfg = resolveConfig();
try {
  for (const s of sets) {
    if (values.only && !values.only.some((o) => s.name.toLowerCase().includes(o.toLowerCase()))) continue;
    const run = await runEvaluation(resolve(s.gold), s.paths.map((p) => resolve(p)), cfg, s.opts);
    results.push({ set: s.name, command: s.command, seconds: run.seconds, evaluations: run.evaluations });
    for (const e of run.evaluations) {
      const t = e.translationPairs;
      rows.push([
        s.name, e.key as GoldKey, String(e.articles), f3(e.bcubed.precision), f3(e.bcubed.recall), f3(e.bcubed.f1), f3(e.pairwise.f1),
        `${e.clusters.predicted}/${e.clusters.gold}`, t ? `${f3(t.precision)}/${f3(t.recall)}/${f3(t.f1)}` : '-',
        e.language ? `${(e.language.accuracy * 100).toFixed(1)}%` : '-', `${run.seconds.toFixed(1)} s`,
      ]);
    }
    process.stderr.write(`${s.name}: done in ${run.seconds.toFixed(1)} s\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n'));
const extraction = extractionScores({ nerIt: values['ner-it']!, nerDe: values['ner-de']!, polnear: values.polnear! }, values.only);
if (extraction.length > 0) console.log(`\n${renderExtraction(extraction)}`);
mkdirSync(dirname(values.json!), { recursive: true });
writeFileSync(values.json!, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results, extraction }, null, 2)}\n`);
console.log(`\nwritten ${values.json}`);
