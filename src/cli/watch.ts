/**
 * `parallax watch DIR`: ingests what is there, then polls the directory and ingests new and changed
 * files until SIGINT or SIGTERM. Polling by modification time and size, not fs.watch: fs.watch
 * misses events on network drives and some container mounts, and reports renames differently on
 * every platform, while a poll of a news drop folder every few seconds costs little.
 */
import { promises as fs } from 'node:fs';
import type { ResolvedConfig } from '../config.ts';
import { openCorpus } from '../ingest.ts';
import { planInputs, type PlannedInput } from '../read/plan-inputs.ts';
import { readPlanned } from '../read/read-inputs.ts';
import { openStore } from '../store/open-store.ts';
import { reportProblems } from './analyze.ts';
import { batchCounts, ingestBatch, readOptions, type IngestFlags } from './ingest.ts';
import { progressReporter } from './progress.ts';
import { UsageError } from './usage-error.ts';

export interface WatchFlags extends IngestFlags {
  intervalMs: number;
}

/** "2s", "500ms", "1m", or a bare number of seconds. */
export function parseInterval(v: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/.exec(v.trim());
  if (!m) return null;
  const ms = Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000);
  return ms >= 100 ? ms : null;
}

type Signature = string;

/** Every readable file under `dir`, planned as a full read of `dir` would (same ids), with its mtime and size. */
async function scan(dir: string): Promise<Array<{ input: PlannedInput; signature: Signature | null }>> {
  const plan = await planInputs([dir]);
  return Promise.all(
    plan.map(async (input) => {
      if (input.kind !== 'file') return { input, signature: null };
      try {
        const st = await fs.stat(input.path);
        return { input, signature: `${st.mtimeMs}:${st.size}` };
      } catch {
        return { input, signature: null }; // gone since planning: seen on the next poll, if it comes back
      }
    }),
  );
}

/** Resolves after `ms`, or as soon as `stop` fires. */
function pause(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      stop.removeEventListener('abort', done);
      resolve();
    }
  });
}

const clock = (): string => new Date().toTimeString().slice(0, 8);

/**
 * Runs until SIGINT or SIGTERM (or `stop`, for callers in-process), finishing the batch in hand so
 * that nothing is left half-written; a second signal exits at once. Returns 0 after a clean stop.
 */
export async function watchCommand(dir: string, cfg: ResolvedConfig, flags: WatchFlags, out: NodeJS.WritableStream, err: NodeJS.WriteStream, stop?: AbortSignal): Promise<number> {
  const st = await fs.stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new UsageError(`"${dir}" is not a directory; give the folder to watch`);
  const stopping = new AbortController();
  stop?.addEventListener('abort', () => stopping.abort(), { once: true });
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
    err.write(`parallax: ${signal} received; stopping after the current batch\n`);
    stopping.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const store = await openStore(cfg.db);
  try {
    let corpus = await openCorpus(store, cfg);
    const seen = new Map<string, Signature>(); // path -> signature when last ingested
    let previous = new Map<string, Signature>(); // path -> signature on the previous poll
    const reported = new Set<string>(); // problems with the directory itself, already reported
    out.write(`parallax: watching ${dir} every ${flags.intervalMs / 1000} s; database ${cfg.db} (stop with Ctrl-C or SIGTERM)\n`);
    for (let first = true; !stopping.signal.aborted; first = false) {
      const files = await scan(dir);
      const current = new Map<string, Signature>();
      const due: PlannedInput[] = [];
      for (const { input, signature } of files) {
        if (input.kind === 'error') {
          if (!reported.has(input.message)) due.push(input); // reported once, not on every poll
          reported.add(input.message);
          continue;
        }
        if (input.kind !== 'file' || signature === null) continue;
        current.set(input.path, signature);
        // After the first pass, a file is read once it has stopped changing for one interval, so a
        // file still being written is not ingested half-way.
        const settled = first || previous.get(input.path) === signature;
        if (seen.get(input.path) !== signature && settled) {
          due.push(input);
          seen.set(input.path, signature);
        }
      }
      previous = current;
      if (due.length > 0) {
        const progress = first && !flags.quiet ? progressReporter(err) : null;
        const batch = await ingestBatch(readPlanned(due, readOptions(cfg, flags)), store, corpus, cfg, progress?.update);
        progress?.stop();
        reportProblems(batch.report, err);
        const stories = batch.touched.map((t) => t.story.id).join(' ');
        out.write(`${clock()} ${due.length} file${due.length === 1 ? '' : 's'}: ${batchCounts(batch)}${stories ? `; stories ${stories}` : ''}\n`);
        // An updated article's old version stays in the in-memory indexes until they are rebuilt.
        if (batch.report.updated > 0) corpus = await openCorpus(store, cfg);
      }
      await pause(flags.intervalMs, stopping.signal);
    }
    out.write('parallax: stopped\n');
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
