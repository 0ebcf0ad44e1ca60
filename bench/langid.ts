/**
 * Language-identification benchmark.
 *   node --import tsx bench/langid.ts [--ntrex PATH] [--langid DIR] [--json OUT]
 * (a) whole NTREX-128 dev documents: accuracy overall, per language (worst 20) and the confusions;
 * (b) Lingua's test sentences (DIR/sentences/XX.txt): accuracy per language and the mean.
 * Correct means sameLanguage(gold, predicted) (ISO 639-3 macrolanguages count); "strict" also requires the same
 * canonical subtag, so that a macrolanguage answer for an individual language is visible.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../src/language/detect-language.ts';
import { sameLanguage, toPrimarySubtag } from '../src/language/language-codes.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string | null): string | null {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) {
    const v = process.argv[i + 1];
    if (!v) throw new Error(`langid bench: --${name} needs a value`);
    return v;
  }
  return fallback;
}

const ntrexPath = resolve(arg('ntrex', join(root, '../shared/data/ntrex/dev.jsonl'))!);
const langidDir = resolve(arg('langid', join(root, '../shared/data/langid'))!);
const jsonOut = arg('json', null);

interface Tally { n: number; ok: number; strict: number; wrong: Map<string, number> }
const newTally = (): Tally => ({ n: 0, ok: 0, strict: 0, wrong: new Map() });

function record(t: Tally, gold: string, pred: string): void {
  t.n++;
  if (sameLanguage(gold, pred)) t.ok++;
  else t.wrong.set(pred, (t.wrong.get(pred) ?? 0) + 1);
  if (toPrimarySubtag(gold) === toPrimarySubtag(pred)) t.strict++;
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(2) : '-');
const confusions = (t: Tally): string => [...t.wrong].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}:${n}`).join(' ');

function benchNtrex(): Record<string, unknown> | null {
  if (!existsSync(ntrexPath)) {
    console.log(`NTREX: ${ntrexPath} not found, skipped`);
    return null;
  }
  const lines = readFileSync(ntrexPath, 'utf8').split('\n').filter((l) => l.trim());
  const per = new Map<string, Tally>();
  const all = newTally();
  let chars = 0;
  let ms = 0;
  const times: number[] = [];
  for (const line of lines) {
    const doc = JSON.parse(line) as { lang: string; text: string };
    const t0 = performance.now();
    const guess = detectLanguage(doc.text);
    const dt = performance.now() - t0;
    ms += dt;
    times.push(dt);
    chars += doc.text.length;
    const t = per.get(doc.lang) ?? newTally();
    per.set(doc.lang, t);
    record(t, doc.lang, guess.code);
    record(all, doc.lang, guess.code);
  }
  console.log(`\n== NTREX dev: ${all.n} documents, ${per.size} languages (${ntrexPath})`);
  console.log(`accuracy ${pct(all.ok, all.n)}% (${all.ok}/${all.n}), strict ${pct(all.strict, all.n)}%`);
  times.sort((a, b) => a - b);
  const q = (p: number): string => (times[Math.floor(p * (times.length - 1))] ?? 0).toFixed(3);
  console.log(`time ${(ms / all.n).toFixed(3)} ms/doc mean, median ${q(0.5)}, p90 ${q(0.9)}; ${(chars / all.n).toFixed(0)} chars/doc`);
  const rows = [...per].map(([lang, t]) => ({ lang, n: t.n, acc: t.ok / t.n, strict: t.strict / t.n, wrong: confusions(t) }));
  rows.sort((a, b) => a.acc - b.acc || a.lang.localeCompare(b.lang));
  console.log('worst 20 (lang acc% strict% confusions):');
  for (const r of rows.slice(0, 20)) console.log(`  ${r.lang.padEnd(9)} ${(100 * r.acc).toFixed(1).padStart(6)} ${(100 * r.strict).toFixed(1).padStart(6)}  ${r.wrong}`);
  return { documents: all.n, accuracy: all.ok / all.n, strict: all.strict / all.n, msPerDoc: ms / all.n, msMedian: Number(q(0.5)), perLanguage: rows };
}

function benchSentences(): Record<string, unknown> | null {
  const dir = join(langidDir, 'sentences');
  if (!existsSync(dir)) {
    console.log(`sentences: ${dir} not found, skipped`);
    return null;
  }
  const rows: { lang: string; n: number; acc: number; strict: number; wrong: string }[] = [];
  let ms = 0;
  let count = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lang = file.replace(/\.txt$/, '');
    const t = newTally();
    for (const s of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!s.trim()) continue;
      const t0 = performance.now();
      const guess = detectLanguage(s);
      ms += performance.now() - t0;
      count++;
      record(t, lang, guess.code);
    }
    rows.push({ lang, n: t.n, acc: t.ok / t.n, strict: t.strict / t.n, wrong: confusions(t).split(' ').slice(0, 6).join(' ') });
  }
  const mean = rows.reduce((a, r) => a + r.acc, 0) / rows.length;
  const meanStrict = rows.reduce((a, r) => a + r.strict, 0) / rows.length;
  console.log(`\n== Lingua sentences: ${rows.length} languages, ${count} sentences (${dir})`);
  console.log('lang   acc%  strict%  top confusions');
  for (const r of rows) console.log(`  ${r.lang}  ${(100 * r.acc).toFixed(1).padStart(6)} ${(100 * r.strict).toFixed(1).padStart(6)}  ${r.wrong}`);
  console.log(`mean accuracy ${(100 * mean).toFixed(2)}%, strict ${(100 * meanStrict).toFixed(2)}% (Lingua 96.0%, CLD2 94.2%); ${(ms / count).toFixed(3)} ms/sentence`);
  return { languages: rows.length, mean, meanStrict, msPerSentence: ms / count, perLanguage: rows };
}

const ntrex = benchNtrex();
const sentences = benchSentences();
if (jsonOut) {
  writeFileSync(jsonOut, `${JSON.stringify({ ntrex, sentences }, null, 2)}\n`);
  console.log(`\nwrote ${jsonOut}`);
}
