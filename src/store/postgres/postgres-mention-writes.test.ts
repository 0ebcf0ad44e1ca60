import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { resolveConfig } from '../../config.ts';
import { factsOf } from '../../facts/fact.ts';
import { postgresForTests, type PostgresServer } from '../../testing/postgres-server.ts';
import { replacingWrites } from '../../testing/replacing-writes.ts';
import { PostgresStore } from './postgres-store.ts';

const pgAvailable = await postgresForTests();
const server = pgAvailable.server as PostgresServer;
const cfg = resolveConfig();

/** Every table the entity pages and facets read, and the store's version counter. */
async function counts(s: PostgresStore): Promise<Record<string, unknown[]>> {
  return {
    stats: await s.query('SELECT entity, type, mentions, articles, stories FROM entity_stats ORDER BY entity'),
    names: await s.query('SELECT entity, text, n FROM entity_names ORDER BY entity, text'),
    langs: await s.query('SELECT entity, lang, n FROM entity_langs ORDER BY entity, lang'),
    facets: await s.query("SELECT story, value, n, first_seq FROM story_facets WHERE kind = 'entity' ORDER BY story, value"),
    rows: await s.query('SELECT a.id, m.entity, m.type, m.text, m.start FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq ORDER BY a.id, m.start, m.entity'),
    version: await s.query('SELECT n FROM store_version'),
  };
}

describe('postgres mention writes', { skip: pgAvailable.skip ?? false }, () => {
  after(() => server?.stop());

  test('postgres mention writes: counts summed over a batch, replacements of stored and of same-batch articles included, end as written one article at a time', async () => {
    const all = await replacingWrites(cfg);
    const one = await PostgresStore.open(await server.freshDatabase());
    const whole = await PostgresStore.open(await server.freshDatabase());
    try {
      for (const w of all) await one.write([w]);
      // The first half, then the rest in one batch: it replaces stored articles and one of its own.
      const half = Math.floor(all.length / 2);
      await whole.write(all.slice(0, half));
      await whole.write(all.slice(half));
      const expected = await counts(one);
      assert.ok(expected.stats!.length > 20, 'the sample corpus names entities');
      assert.deepEqual(await counts(whole), expected);
      // What the triggers still do on a delete: an article's mention rows deleted with it lower the counts.
      assert.deepEqual(await whole.query("SELECT count(*)::int AS n FROM entity_stats WHERE entity = 'loc:wolfenbuttel'"), [{ n: 0 }]);
    } finally {
      await one.close();
      await whole.close();
    }
  });

  test('postgres mention writes: written forms that differ only by U+0000 (stored as U+FFFD) count as one form, and the batch is stored', async () => {
    const [first, ...rest] = await replacingWrites(cfg);
    const m = factsOf(first!.record.facts, 'entity')[0]!;
    const odd = [{ ...m, text: 'Zed\u0000Kappa' }, { ...m, text: 'Zed\uFFFDKappa' }];
    const record = { ...first!.record, facts: [...first!.record.facts, ...odd] };
    const s = await PostgresStore.open(await server.freshDatabase());
    try {
      await s.write([{ ...first!, record }, ...rest.slice(0, 3)]);
      assert.deepEqual(await s.query("SELECT n FROM entity_names WHERE text = 'Zed\uFFFDKappa'"), [{ n: 2 }]);
    } finally {
      await s.close();
    }
  });
});
