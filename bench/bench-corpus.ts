/**
 * The corpus a bench run ingests, written to JSONL in the run's directory (never into the repository):
 * a scaled corpus from a seed, the real dev corpus, or files given as they are (no labels).
 */
import { join, resolve } from 'node:path';
import { generateCorpus } from '../src/scale/generate-corpus.ts';
import { realCorpus } from '../src/scale/real-corpus.ts';
import { defaultSourcePaths, loadSourceClusters } from '../src/scale/source-clusters.ts';
import { writeCorpus } from '../src/scale/write-corpus.ts';

export type CorpusMode = { kind: 'scale'; articles: number; epochGapDays?: number; storyDays?: number; daySeconds?: number } | { kind: 'real' } | { kind: 'files'; paths: string[] };

export interface BenchCorpus {
  name: string;
  /** What the ingest reads. */
  inputs: string[];
  /** Gold lines for `parallax eval`, or null for files without labels. */
  gold: string | null;
  articles: number | null;
  textBytes: number | null;
  bySource: Record<string, number> | null;
  /** Seconds spent loading the sources and writing the corpus (not part of the throughput). */
  seconds: number;
}

export async function prepareCorpus(mode: CorpusMode, opts: { seed: number; data: string; dir: string }): Promise<BenchCorpus> {
  if (mode.kind === 'files') return { name: 'files', inputs: mode.paths.map((p) => resolve(p)), gold: null, articles: null, textBytes: null, bySource: null, seconds: 0 };
  const started = performance.now();
  const clusters = await loadSourceClusters(defaultSourcePaths(opts.data));
  const name = mode.kind === 'real' ? 'real' : `${mode.articles}${mode.daySeconds !== undefined ? `-day${mode.daySeconds}s` : ''}`;
  const corpus = join(opts.dir, `corpus-${name}-${opts.seed}.jsonl`);
  const gold = join(opts.dir, `gold-${name}-${opts.seed}.jsonl`);
  const lines = mode.kind === 'real' ? realCorpus(clusters, opts.seed) : generateCorpus(clusters, { articles: mode.articles, seed: opts.seed, epochGapDays: mode.epochGapDays, storyDays: mode.storyDays, daySeconds: mode.daySeconds });
  const w = await writeCorpus(lines, corpus, gold);
  return { name, inputs: [corpus], gold, articles: w.articles, textBytes: w.textBytes, bySource: w.bySource, seconds: (performance.now() - started) / 1000 };
}
