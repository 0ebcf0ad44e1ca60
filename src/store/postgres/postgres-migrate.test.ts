import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../../config.ts';
import { Corpus } from '../../cluster/corpus.ts';
import { ingest } from '../../ingest.ts';
import { readInputs } from '../../read/read-inputs.ts';
import { postgresForTests, type PostgresServer } from '../../testing/postgres-server.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { collect, type Store } from '../store.ts';
import { writeOlderPostgresStore } from './older-postgres-store.ts';
import { postgresMigrations } from './postgres-migrations.ts';
import { PostgresStore } from './postgres-store.ts';

const pgAvailable = await postgresForTests();
const server = pgAvailable.server as PostgresServer;

/** What a reader sees, without the seqs (the two engines number from their own counters). */
async function contents(s: Store) {
  const rows = (await collect(s.articles())).map(({ seq: _seq, ...r }) => r);
  const details = (await Promise.all(rows.map((r) => s.article(r.id)))).map((d) => ({ ...d!, seq: 0 }));
  return { rows, details, state: await collect(s.loadState()), search: (await s.search('Kestrel', 50)).map((h) => h.article).sort() };
}

describe('postgres migration 7', { skip: pgAvailable.skip ?? false }, () => {
  after(() => server?.stop());

  test('postgres: a version 6 database (analysis as JSON) upgrades to the packed columns and reads back the same', async () => {
    const cfg = resolveConfig({ threads: 1 });
    const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-migrate-'));
    const reference = new SqliteStore(join(dir, 'ref.db'));
    try {
      await ingest(readInputs([fileURLToPath(new URL('../../../examples/corpus', import.meta.url))]), reference, new Corpus(cfg, { regroupThreshold: 0 }), cfg);
      const url = await server.freshDatabase();
      await writeOlderPostgresStore(url, reference, 6);
      const upgraded = await PostgresStore.open(url);
      try {
        assert.equal(await upgraded.schemaVersion(), Math.max(...postgresMigrations.map((m) => m.version)));
        const expected = await contents(reference);
        assert.ok(expected.rows.length > 30);
        assert.deepEqual(await contents(upgraded), expected);
        const columns = (await upgraded.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'")).map((r) => r.column_name);
        assert.ok(!columns.includes('features_json') && columns.includes('features'));
      } finally {
        await upgraded.close();
      }
    } finally {
      await reference.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
