import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText, splitTitle } from './text.ts';

const origin = { file: 'news/a.txt' };

test('a short first line followed by a blank line is the title; the body starts after it', () => {
  const text = 'Summit Ends Without a Deal\n\nThe leaders met on Monday.\nThey talked.\n';
  const s = splitTitle(text, false);
  assert.equal(s.title, 'Summit Ends Without a Deal');
  assert.equal(s.body, 'The leaders met on Monday.\nThey talked.\n');
});

test('a first line that is a sentence is body, not title', () => {
  const text = 'The leaders met on Monday in Rome to talk.\n\nThey talked for hours.\n';
  assert.deepEqual(splitTitle(text, false), { title: null, body: text, reason: null });
});

test('a long first line is never a title, even before a blank line', () => {
  const line = 'Word '.repeat(40).trim();
  const text = `${line}\n\nBody here.`;
  assert.equal(splitTitle(text, false).title, null);
});

test('a headline without a blank line is taken only when it clearly looks like one', () => {
  const lead = 'Die Staats- und Regierungschefs trafen sich am Montag in Rom, um über die Zukunft der Union zu beraten.';
  assert.equal(splitTitle(`Gipfel in Rom endet ohne Einigung\n${lead}\n`, false).title, 'Gipfel in Rom endet ohne Einigung');
  // Ends with a colon: an introduction, not a headline.
  assert.equal(splitTitle(`Das sagte er:\n${lead}\n`, false).title, null);
  // Starts in lower case: a broken line, not a headline.
  assert.equal(splitTitle(`und dann kam er zurück\n${lead}\n`, false).title, null);
  // Followed by a line of similar length: a list of short lines.
  assert.equal(splitTitle('Milch\nEier und Butter\n', false).title, null);
});

test('a single line is the article, not a title over nothing', () => {
  assert.equal(splitTitle('Breaking News\n\n\n', false).title, null);
});

test('Markdown: "# " heading is the title without the hash; CRLF body kept as is', () => {
  const s = splitTitle('# Gipfel in Rom #\r\n\r\nErster Absatz.\r\n\r\n## Teil zwei\r\nMehr.', true);
  assert.equal(s.title, 'Gipfel in Rom');
  assert.equal(s.body, 'Erster Absatz.\r\n\r\n## Teil zwei\r\nMehr.');
  assert.equal(s.reason, 'markdown-heading');
});

test('Markdown: setext heading, and a level-2 heading is not a title', () => {
  assert.equal(splitTitle('Vertice a Roma\n==============\n\nPrimo paragrafo.', true).title, 'Vertice a Roma');
  assert.equal(splitTitle('## Abschnitt\n\nText.', true).title, null);
  // In plain text the hash is not markup.
  assert.equal(splitTitle('# Gipfel\n\nText.', false).title, '# Gipfel');
});

test('readText: body kept exactly (inner spacing, trailing newline), note about the title', () => {
  const r = readText('Title Line\n\n  Indented  text.\n\n\nSecond.\n', { id: 'a', origin, markdown: false });
  assert.ok(r.ok);
  assert.equal(r.article.text, '  Indented  text.\n\n\nSecond.\n');
  assert.equal(r.article.title, 'Title Line');
  assert.equal(r.article.id, 'a');
  assert.ok(r.article.messages.some((m) => m.code === 'title-from-first-line'));
});

test('readText: whitespace-only text is an error naming the file', () => {
  const r = readText(' \n\t\n', { id: 'a', origin, markdown: false });
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.message.startsWith('news/a.txt: ') && r.code === 'empty');
});
