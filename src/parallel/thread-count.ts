import { availableParallelism } from 'node:os';
import { MAX_THREADS, type ResolvedConfig } from '../config.ts';

/** The analysis threads to start: as configured, or for 0 one per core, at most MAX_THREADS (1 on one core). */
export function threadCount(cfg: Pick<ResolvedConfig, 'threads'>): number {
  return cfg.threads > 0 ? cfg.threads : Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
}
