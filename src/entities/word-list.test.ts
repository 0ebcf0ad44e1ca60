import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parallax-wordlist-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// The list is read once per process, so each case runs in a process of its own.
function run(env: Record<string, string>): { words: string[] | null; note: { code: string; message: string } | null; names: string[] } {
  const script = [
    "import { lowerCaseWords, wordListMessage } from './src/entities/word-list.ts';",
    "import { entitiesOf } from './src/entities/entities-testing.ts';",
    "const w = lowerCaseWords('it');",
    "const names = entitiesOf('Il sindaco di Milano Giuseppe Sala ha incontrato Mario Draghi.', 'it').map((m) => m.text);",
    "console.log(JSON.stringify({ words: w ? [...w].sort() : null, note: wordListMessage('it'), names }));",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('the Italian word list: lower-case entries only, read from PARALLAX_WORDLIST_DIR', () => {
  writeFileSync(join(dir, 'italian'), 'casa\nRoma\nbruco\n\nLupa\n');
  const out = run({ PARALLAX_WORDLIST_DIR: dir });
  assert.deepEqual(out.words, ['bruco', 'casa']);
  assert.equal(out.note, null);
});

test('without the word list the extractor still works and says what it lacks', () => {
  const out = run({ PARALLAX_WORDLIST_DIR: join(dir, 'missing') });
  assert.equal(out.words, null);
  assert.equal(out.note?.code, 'no-word-list');
  assert.match(out.note!.message, /apt-get install witalian/);
  assert.ok(out.names.includes('Giuseppe Sala') && out.names.includes('Mario Draghi'), out.names.join(' | '));
});
