import { availableParallelism } from 'node:os';
import { MAX_THREADS, type ResolvedConfig } from '../config.ts';

/**
 * The threads an ingest keeps busy in all: as configured, or for 0 one per core, at most MAX_THREADS.
 * The main thread is one of them: it reads, relates, places and writes every article.
 */
export function threadCount(cfg: Pick<ResolvedConfig, 'threads'>): number {
  return cfg.threads > 0 ? cfg.threads : Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
}

/**
 * The worker threads that analyse articles beside the main thread: one fewer than the threads in all,
 * 0 when the main thread analyses them itself. The main thread is busy placing and writing (about a
 * third of an article's work), so one worker per core besides it oversubscribed the cores: on two
 * cores, two workers took more CPU and memory than one for fewer articles a second (DESIGN, "Threads").
 */
export function analysisWorkers(cfg: Pick<ResolvedConfig, 'threads'>): number {
  return threadCount(cfg) - 1;
}
