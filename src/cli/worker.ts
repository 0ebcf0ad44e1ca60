/**
 * `parallax worker --db postgres://…`: takes articles off the PostgreSQL queue, analyses them and
 * places them in the shared store, until stopped (SIGINT/SIGTERM finish the batch in hand first)
 * or, with --exit-when-idle, until the queue is empty. Run as many as the load needs.
 */
import type { ResolvedConfig } from '../config.ts';
import { runWorker, workerDefaults } from '../queue/run-worker.ts';
import { describeStore, isPostgresUrl } from '../store/open-store.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import { UsageError } from './usage-error.ts';

export interface WorkerFlags {
  batch: number;
  exitWhenIdle: boolean;
  quiet: boolean;
}

/** The PostgreSQL store a queue command needs, or a usage error that says so. */
export async function openQueueStore(db: string, command: string): Promise<PostgresStore> {
  if (!isPostgresUrl(db)) throw new UsageError(`${command} needs a PostgreSQL store, where the queue lives: pass --db postgres://… (or set PARALLAX_DB)`);
  // Named after the process, so that an operator (or a test) sees in pg_stat_activity whose claims are whose.
  return PostgresStore.open(db, { maxConnections: 2, applicationName: `${command} ${process.pid}` });
}

export async function workerCommand(cfg: ResolvedConfig, flags: WorkerFlags, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const store = await openQueueStore(cfg.db, 'parallax worker');
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    if (!flags.quiet) err.write(`parallax: worker ${process.pid} taking articles from the queue in ${describeStore(cfg.db)}\n`);
    const report = await runWorker(store, cfg, {
      ...workerDefaults,
      batch: flags.batch,
      exitWhenIdle: flags.exitWhenIdle,
      signal: stop.signal,
      onBatch: flags.quiet ? undefined : (n, c) => err.write(`parallax: worker ${process.pid}: ${n} analysed; ${c.stored} stored, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed\n`),
    });
    out.write(`${report.analysed} analysed; ${report.stored} stored, ${report.updated} updated, ${report.unchanged} unchanged, ${report.failed} failed\n`);
    return report.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
