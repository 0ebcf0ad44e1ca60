/**
 * A throwaway PostgreSQL server for tests: initdb into a temporary folder, listening on a free
 * loopback port only, one fresh database per test, stopped and removed afterwards. When the server
 * programs are missing the tests skip with the reason, or fail under PARALLAX_REQUIRE_ALL=1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  readonly port: number;
  /** The URL of a database on this server. */
  url(database?: string): string;
  /** Creates an empty database and returns its URL. */
  freshDatabase(): Promise<string>;
  stop(): void;
}

const SEARCHED = '/usr/lib/postgresql/*/bin';

/** The folder holding initdb and pg_ctl: on PATH, else the newest Debian install. */
export function findPostgresBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const dir = join(root, v, 'bin');
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * initdb refuses to run as root. Then the server runs as an unprivileged account (Debian's package
 * creates `postgres`), through runuser; the test process itself stays root and connects over TCP.
 */
function serverAccount(): { user: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const user of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', user], { encoding: 'utf8' });
    if (r.status !== 0) continue;
    const gid = Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
    return { user, uid: Number(r.stdout.trim()), gid };
  }
  throw new Error('postgres-server: running as root, and neither a "postgres" nor a "nobody" account exists to run the server; create one (useradd postgres)');
}

function runAs(account: { user: string } | null, cmd: string, args: string[]): void {
  const [file, argv] = account ? ['runuser', ['-u', account.user, '--', cmd, ...args]] : [cmd, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

/** Starts a server; throws with initdb's or pg_ctl's own words when that fails. */
export async function startPostgres(bin: string): Promise<PostgresServer> {
  const account = serverAccount();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-'));
  if (account) chownSync(dir, account.uid, account.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const pgCtl = join(bin, 'pg_ctl');
  try {
    runAs(account, join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`postgres-server: initdb failed: ${String((e as { stderr?: Buffer }).stderr ?? (e as Error).message)}`);
  }
  let port = 0;
  let started = false;
  // The free port can be taken between asking and binding: try a few.
  for (let attempt = 0; attempt < 5 && !started; attempt++) {
    port = await freePort();
    // fsync off: these servers hold test data only, and the tests kill clients, never the server.
    const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=60`;
    try {
      runAs(account, pgCtl, ['-D', data, '-o', opts, '-l', log, '-w', '-t', '60', 'start']);
      started = true;
    } catch {
      // see the log below
    }
  }
  if (!started) {
    const text = existsSync(log) ? readFileSync(log, 'utf8') : '(no log)';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`postgres-server: pg_ctl could not start the server:\n${text}`);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runAs(account, pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test run that ends before its `after` hook (a failure, Ctrl-C, a kill) still leaves no server behind.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.kill(process.pid, signal);
    });
  }
  let n = 0;
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    stop,
    async freshDatabase() {
      const name = `t${process.pid}_${n++}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
  };
}

/**
 * For test files: the server, or the reason it cannot be had. Under PARALLAX_REQUIRE_ALL=1 a missing
 * PostgreSQL throws, so the run fails instead of skipping.
 */
export async function postgresForTests(): Promise<{ server: PostgresServer; skip: null } | { server: null; skip: string }> {
  const bin = findPostgresBin();
  if (!bin) {
    const reason = `PostgreSQL server programs (initdb, pg_ctl) not found on PATH or under ${SEARCHED}; install them (apt-get install postgresql)`;
    if (process.env.PARALLAX_REQUIRE_ALL === '1') throw new Error(`${reason}; PARALLAX_REQUIRE_ALL=1 allows no skipped test`);
    return { server: null, skip: reason };
  }
  return { server: await startPostgres(bin), skip: null };
}
