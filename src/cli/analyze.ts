import type { ResolvedConfig } from '../config.ts';
import { ingest, openCorpus, type IngestReport } from '../ingest.ts';
import { readInputs } from '../read/read-inputs.ts';
import { describeStore, openStore } from '../store/open-store.ts';
import { progressReporter } from './progress.ts';
import { renderStories } from './render-stories.ts';
import { storiesJson } from './stories-json.ts';

export interface AnalyzeFlags {
  json: boolean;
  quiet: boolean;
}

function where(o: { file: string; line?: number; index?: number }): string {
  return o.line !== undefined ? `${o.file}:${o.line}` : o.index !== undefined ? `${o.file}[${o.index}]` : o.file;
}

export function reportProblems(report: IngestReport, err: NodeJS.WritableStream): void {
  for (const r of report.rejected) err.write(`parallax: rejected ${where(r.origin)}: ${r.message}\n`);
  for (const n of report.notes) for (const m of n.messages) err.write(`parallax: note ${n.id} (${where(n.origin)}): ${m.message}\n`);
}

/** `parallax analyze PATH...`: read, store, cluster, print the stories. Exit 1 when any input was rejected. */
export async function analyze(paths: string[], cfg: ResolvedConfig, flags: AnalyzeFlags, out: NodeJS.WritableStream, err: NodeJS.WriteStream): Promise<number> {
  const store = await openStore(cfg.db);
  try {
    const corpus = await openCorpus(store, cfg);
    const progress = flags.quiet ? null : progressReporter(err);
    const report = await ingest(readInputs(paths, { maxBytes: cfg.maxBytes }), store, corpus, cfg, progress?.update);
    progress?.stop();
    reportProblems(report, err);
    err.write(`parallax: ${report.stored} stored, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected; database ${describeStore(cfg.db)}\n`);
    const stories = await store.stories();
    if (flags.json) out.write(`${JSON.stringify(await storiesJson(store, stories), null, 2)}\n`);
    else out.write(`${await renderStories(stories, (s) => store.storyMembers(s.id))}\n`);
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
