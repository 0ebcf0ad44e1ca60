import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function parallax(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, PARALLAX_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const good = (id: string, text: string) => JSON.stringify({ id, title: `About ${id}`, text, lang: 'en' });
const FLOOD = 'The river Po flooded Cremona on Tuesday night, and rescuers evacuated 3,200 residents as the water rose above nine metres.';
const RATE = 'The European Central Bank cut its deposit rate to 1.75 percent on Thursday, its president said in Frankfurt after the meeting.';
const SCOOTERS = 'Kestrel recalls 41,000 electric scooters after battery fires in Bari and Lyon, the company said on Monday in a statement.';

test('cli: a batch with a bad JSONL line stores the good articles, names file and line, and exits 1', () => {
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, [good('flood', FLOOD), '{"id": "broken", "text": ', good('rate', RATE), JSON.stringify({ id: 'empty', text: '' })].join('\n'));
  const db = join(dir, 'bad.db');
  const r = parallax(['analyze', file, '--db', db, '--quiet']);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /batch\.jsonl:2/);
  assert.match(r.err, /batch\.jsonl:4/);
  assert.match(r.err, /2 stored/);
  const exported = parallax(['export', 'articles', '--db', db]);
  assert.equal(exported.code, 0);
  const rows = exported.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((r) => r.id), ['flood', 'rate']);
  assert.deepEqual(Object.keys(rows[0]), ['id', 'lang', 'story', 'topic', 'duplicateOf', 'translationOf', 'title']);
  assert.equal(rows[0].lang, 'en');
  assert.equal(rows[0].duplicateOf, null);
});

test('cli: analysing the same input twice stores nothing new and exits 0', () => {
  const file = join(dir, 'twice.jsonl');
  writeFileSync(file, [good('flood', FLOOD), good('flood-copy', FLOOD)].join('\n'));
  const db = join(dir, 'twice.db');
  const first = parallax(['analyze', file, '--db', db, '--json', '--quiet']);
  assert.equal(first.code, 0, first.err);
  const stories = JSON.parse(first.out);
  assert.equal(stories.length, 1);
  assert.equal(stories[0].articles, 2);
  assert.equal(stories[0].independent, 1);
  assert.equal(stories[0].members[1].relation.kind, 'duplicate');
  const second = parallax(['analyze', file, '--db', db, '--json', '--quiet']);
  assert.equal(second.code, 0);
  assert.match(second.err, /0 stored, 0 updated, 2 unchanged/);
  assert.deepEqual(JSON.parse(second.out), stories);
});

test('cli: stdin, story lookup and usage errors', () => {
  const db = join(dir, 'stdin.db');
  const r = parallax(['analyze', '-', '--db', db, '--quiet'], `${good('rate', RATE)}\n`);
  assert.equal(r.code, 0, r.err);
  const list = JSON.parse(parallax(['stories', '--db', db, '--json']).out);
  const one = parallax(['story', list[0].id, '--db', db, '--json']);
  assert.equal(one.code, 0);
  assert.equal(JSON.parse(one.out).members[0].id, 'rate');
  const missing = parallax(['story', 'no-such-story', '--db', db]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no story "no-such-story"/);
  assert.equal(parallax(['analyze']).code, 2);
  assert.equal(parallax(['frobnicate']).code, 2);
  const noDb = parallax(['stories', '--db', join(dir, 'absent.db')]);
  assert.equal(noDb.code, 2);
  assert.match(noDb.err, /no database at .*absent\.db.*parallax analyze/);
  const unknown = parallax(['analyze', join(dir, 'notes.xyz'), '--db', db]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /notes\.xyz/);
});

test('cli: eval scores a gold file without letting ingestion see the gold fields', () => {
  const gold = join(dir, 'gold.jsonl');
  const lines = [
    { id: 'f1', text: FLOOD, lang: 'en', gold: { event: 'flood', document: 'f' } },
    { id: 'f2', text: FLOOD, lang: 'en', gold: { event: 'flood', document: 'f' } },
    { id: 'r1', text: RATE, lang: 'en', gold: { event: 'rate', document: 'r1' } },
  ];
  writeFileSync(gold, lines.map((l) => JSON.stringify(l)).join('\n'));
  const r = parallax(['eval', gold, '--key', 'event', '--json']);
  assert.equal(r.code, 0, r.err);
  const e = JSON.parse(r.out);
  assert.equal(e.bcubed.f1, 1);
  assert.equal(e.translationPairs.f1, 1);
  assert.equal(e.language.accuracy, 1);
  assert.equal(parallax(['eval', gold, '--key', 'colour']).code, 2);
});

test('cli: --window, --window-days, --window-limit, --story-limit and --event-days reach the clustering, and are checked at the edge', () => {
  const dated = (id: string, text: string, published: string) => JSON.stringify({ id, title: `About ${id}`, text, lang: 'en', published });
  const report = `${FLOOD} The mayor of Cremona asked the regional government for help with the repairs, and the army sent boats and pumps to the flooded districts along the river.`;
  const input = [
    dated('flood', report, '2024-01-01'),
    dated('rate', RATE, '2024-02-10'),
    // A near-copy of the first, seven weeks on (within the 60 days that bound a story).
    dated('flood-again', `${report} Schools in the town stay closed until the end of the week.`, '2024-02-20'),
  ].join('\n');
  const relationOf = (extra: string[]) => {
    const db = join(dir, `window${extra.join('_')}.db`);
    assert.equal(parallax(['analyze', '-', '--db', db, '--quiet', ...extra], `${input}\n`).code, 0);
    const list = JSON.parse(parallax(['stories', '--db', db, '--json']).out) as Array<{ id: string }>;
    const members = list.flatMap((s) => JSON.parse(parallax(['story', s.id, '--db', db, '--json']).out).members as Array<{ id: string; relation: { kind: string } | null }>);
    const again = members.find((m) => m.id === 'flood-again')!;
    return { stories: list.length, relation: again.relation?.kind ?? null };
  };
  assert.deepEqual(relationOf([]), { stories: 2, relation: 'near-duplicate' });
  // Published more than --event-days after the first, the near-copy is still marked as one, in a story of its own.
  assert.deepEqual(relationOf(['--event-days', '30']), { stories: 3, relation: 'near-duplicate' });
  assert.deepEqual(relationOf(['--event-days', '50']), { stories: 2, relation: 'near-duplicate' });
  // With a window of one article, the first report has gone dormant: the copy still joins its story, by similarity.
  assert.deepEqual(relationOf(['--window', '1', '--window-days', '0']), { stories: 2, relation: null });
  // Within the days the first report stays whole; the window's limit lets it go all the same.
  assert.deepEqual(relationOf(['--window', '1', '--window-days', '400']), { stories: 2, relation: 'near-duplicate' });
  assert.deepEqual(relationOf(['--window', '1', '--window-days', '400', '--window-limit', '1']), { stories: 2, relation: null });
  // A story nothing joined for --story-limit arrivals is closed once its articles left the window: the
  // flood report, two arrivals after its story's last article, starts a story of its own.
  const storiesWith = (extra: string[]) => {
    const db = join(dir, `closing${extra.join('_')}.db`);
    const lines = [dated('flood', report, '2024-01-01'), dated('rate', RATE, '2024-01-02'), dated('scooters', SCOOTERS, '2024-01-03'), dated('flood-again', report.replace('the army', 'the fire brigade'), '2024-01-04')];
    assert.equal(parallax(['analyze', '-', '--db', db, '--quiet', '--window', '1', '--window-days', '0', ...extra], `${lines.join('\n')}\n`).code, 0);
    return (JSON.parse(parallax(['stories', '--db', db, '--json']).out) as unknown[]).length;
  };
  assert.equal(storiesWith([]), 3);
  assert.equal(storiesWith(['--story-limit', '1']), 4);
  const none = parallax(['analyze', '-', '--story-limit', '0'], '');
  assert.equal(none.code, 2);
  assert.match(none.err, /--story-limit.*at least 1/);
  const noDays = parallax(['analyze', '-', '--event-days', '0'], '');
  assert.equal(noDays.code, 2);
  assert.match(noDays.err, /--event-days.*at least 1/);
  const bad = parallax(['analyze', '-', '--window', '0'], '');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--window.*at least 1/);
  const under = parallax(['analyze', '-', '--window', '5', '--window-limit', '4'], '');
  assert.equal(under.code, 2);
  assert.match(under.err, /windowLimit must be .* at least windowArticles \(5\), got 4/);
});
