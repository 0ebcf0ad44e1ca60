/** `parallax worker` child processes for the queue test and the workers bench: start, kill mid-run, wait. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { queueCounts } from '../queue/queue-claims.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';

const cli = fileURLToPath(new URL('../../bin/parallax.js', import.meta.url));

export function startWorker(url: string, batch: number): ChildProcess {
  return spawn(process.execPath, [cli, 'worker', '--db', url, '--exit-when-idle', '--batch', String(batch), '-q'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The child's exit code; kills it and throws when it takes longer than `ms`. */
export async function exited(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const timeout = new AbortController();
  const timer = sleep(ms, 'timeout' as const, { signal: timeout.signal }).catch(() => 'cancelled' as const);
  const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const r = await Promise.race([done, timer]);
  timeout.abort();
  if (r === 'timeout') {
    child.kill('SIGKILL');
    throw new Error(`worker ${child.pid} did not finish within ${ms} ms`);
  }
  return r as number | null;
}

/**
 * Waits until at least `share` of the queue is done and `victim` holds a claim, then kills it with
 * SIGKILL; returns the queue rows it held. Start-up (loading the language data) dominates the wait
 * on a busy machine, hence the generous deadline.
 */
export async function killWhileHolding(store: PostgresStore, victim: ChildProcess, share: number, total: number, deadlineMs = 180_000): Promise<number[]> {
  let held: number[] = [];
  for (const deadline = Date.now() + deadlineMs; Date.now() < deadline && held.length === 0;) {
    await sleep(50);
    if (victim.exitCode !== null || victim.signalCode !== null) {
      throw new Error(`worker ${victim.pid} ended (exit ${victim.exitCode ?? victim.signalCode}) before it could be killed holding work; its error is above`);
    }
    if ((await queueCounts(store)).done < total * share) continue;
    // Frozen first, so that what it holds cannot change between looking and killing (a loaded machine
    // otherwise lets it finish the claimed batch in between); a commit already sent lands in the pause.
    victim.kill('SIGSTOP');
    await sleep(200);
    held = (await store.query(
      `SELECT q.qseq FROM queue q JOIN pg_stat_activity s ON s.pid = q.claim_pid
       WHERE q.state = 'pending' AND s.application_name = $1`,
      [`parallax worker ${victim.pid}`],
    )).map((r) => Number(r.qseq));
    if (held.length === 0) victim.kill('SIGCONT');
  }
  victim.kill('SIGKILL');
  return held;
}
