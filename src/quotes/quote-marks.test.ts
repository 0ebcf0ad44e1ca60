import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findQuotedSpans } from './quote-marks.ts';

const whole = (t: string) => [{ start: 0, end: t.length }];
const contents = (t: string) => findQuotedSpans(t, whole(t)).map((q) => t.slice(q.start, q.end));

const styles: Array<[string, string, string[]]> = [
  ['German „…“', '„Wir sind bereit“, sagte er.', ['Wir sind bereit']],
  ['Polish and Dutch „…”', '„Jesteśmy gotowi” – powiedział.', ['Jesteśmy gotowi']],
  ['English “…” with an apostrophe inside', '“It’s Clinton’s plan,” he said.', ['It’s Clinton’s plan,']],
  ['English ‘…’ nested in “…”: only the outer one', '“He told me ‘no’ twice,” she said.', ['He told me ‘no’ twice,']],
  ['ASCII "…"', 'He said "we will win" and left.', ['we will win']],
  ["ASCII '…' but not apostrophes", "She said 'not now' and didn't stop.", ['not now']],
  ["NYT ''…''", "''That's Mexico's vulnerability,'' said Luis Rubio.", ["That's Mexico's vulnerability,"]],
  ['French « … » with inner spaces', '« Nous sommes prêts », a déclaré Macron.', ['Nous sommes prêts']],
  ['Italian «…»', '«Il Giappone è un alleato», ha detto.', ['Il Giappone è un alleato']],
  ['German books »…«', 'Er sagte: »Das geht nicht.«', ['Das geht nicht.']],
  ['Swiss ‹…› and German ‚…‘', 'Sie sagte ‹ja› und ‚nein‘.', ['ja', 'nein']],
  ['Swedish ”…”', '”Vi är redo”, sade hon.', ['Vi är redo']],
  ['Japanese 「…」 and 『…』', '「日本は重要な同盟国だ」と述べた。『記録』', ['日本は重要な同盟国だ', '記録']],
  ['a stray opening mark is skipped, the quote after it found', 'He said "yes and left. Then "no," she said.', ['no,']],
  ['inches are not quotes', 'The 5\'10" player said \'hello there\' loudly.', ['hello there']],
];

for (const [name, text, want] of styles) {
  test(`quote marks: ${name}`, () => assert.deepEqual(contents(text), want));
}

test('quote marks: a quote left open at a paragraph end continues when the next paragraph opens with a mark', () => {
  const t = '“First part of the statement.\n\n“Second part,” he said.\n\n“A paragraph that is all quote';
  const paras = [{ start: 0, end: 29 }, { start: 31, end: 54 }, { start: 56, end: t.length }];
  const spans = findQuotedSpans(t, paras);
  assert.deepEqual(spans.map((q) => [t.slice(q.start, q.end), q.firstPara, q.lastPara]), [
    ['First part of the statement.\n\n“Second part,', 0, 1],
    ['A paragraph that is all quote', 2, 2],
  ]);
});

test('quote marks: spans are ordered, disjoint, inside their paragraphs, and never start or end on a space', () => {
  const piece = fc.constantFrom('word', 'Name', ' ', ', ', '. ', '„', '“', '”', '"', "'", '‘', '’', '«', '»', '‹', '›', "''", '「', '」', '\n\n');
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
    const text = pieces.join('');
    const paras: Array<{ start: number; end: number }> = [];
    let from = 0;
    for (const block of text.split('\n\n')) {
      paras.push({ start: from, end: from + block.length });
      from += block.length + 2;
    }
    const spans = findQuotedSpans(text, paras);
    let last = -1;
    for (const q of spans) {
      assert.ok(q.open >= last && q.open < q.start && q.start < q.end && q.end <= q.close, JSON.stringify({ text, q }));
      assert.ok(!/\s/.test(text[q.start]!) && !/\s/.test(text[q.end - 1]!));
      assert.ok(q.open >= paras[q.firstPara]!.start && q.close <= paras[q.lastPara]!.end);
      last = q.close;
    }
  }), { numRuns: 500 });
});
