import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../config.ts';
import { createRecord } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { dropRepeatedParagraphs } from './drop-repeated-paragraphs.ts';
import { markCaptions } from './mark-captions.ts';
import { paragraphSpans, segmentParagraphs } from './segment-paragraphs.ts';

const cfg = resolveConfig();
const run = (text: string) => markCaptions(dropRepeatedParagraphs(segmentParagraphs(createRecord(rawArticle('a', text)), cfg), cfg), cfg);

test('paragraphs: blank lines separate; without blank lines every line is a paragraph; spans are trimmed', () => {
  const text = '  First para\nstill first.\n\n\nSecond.  \n \nThird.';
  assert.deepEqual(paragraphSpans(text).map((s) => text.slice(s.start, s.end)), ['First para\nstill first.', 'Second.', 'Third.']);
  const lines = 'One.\nTwo.\r\nThree.';
  assert.deepEqual(paragraphSpans(lines).map((s) => lines.slice(s.start, s.end).trim()), ['One.', 'Two.', 'Three.']);
  assert.deepEqual(paragraphSpans('   \n\n  '), []);
});

test('paragraphs: offsets point into the text as given, also for non-NFC text', () => {
  const text = 'Cafe\u0301 au lait.\n\nZweiter Absatz.';
  const rec = run(text);
  assert.equal(text.slice(rec.paragraphs[1]!.start, rec.paragraphs[1]!.end), 'Zweiter Absatz.');
  assert.ok(rec.messages.some((m) => m.code === 'not-nfc'));
});

test('repeated paragraphs are marked with the paragraph they repeat, reported, and kept in place', () => {
  const a = 'Kishida ist in Washington auf der letzten Station einer Tour durch die G7-Industriemächte.';
  const b = 'Bei einem Treffen im Oval Office nannte Biden es einen „bemerkenswerten Moment“ in der Allianz.';
  const c = 'Ein japanischer Beamter sagte, dass wirtschaftliche Sicherheit wahrscheinlich diskutiert werde.';
  const rec = run([a, b, c, a, ` ${b.replace('„', '"')}`].join('\n'));
  assert.deepEqual(rec.paragraphs.map((p) => p.repeatOf), [null, null, null, 0, 1]);
  const msg = rec.messages.find((m) => m.code === 'repeated-paragraphs');
  assert.ok(msg, 'the drop is reported');
  assert.match(msg.message, /dropped 2 repeated paragraphs/);
});

test('short lines that repeat (bylines, "Advertisement") are not treated as repeated paragraphs', () => {
  const rec = run('Advertisement\n\nA real paragraph about the summit in Washington that matters.\n\nAdvertisement');
  assert.deepEqual(rec.paragraphs.map((p) => p.repeatOf), [null, null, null]);
});

test('captions and subheadings are marked; body sentences are not', () => {
  const lines = [
    'Die beiden Regierungen besiegelten eine engere Kooperation auch in der Raumfahrt.',
    'Auch im Weltall eng verbunden',
    'US-Außenminister Antony Blinken (2.v.l.) und sein japanischer Kollege Hayashi Yoshimasa (r.) im NASA-Hauptquartier',
    '“Ein standhafter Verbündeter”',
    'Foto: Reuters/Kevin Lamarque',
    'Il presidente Mattarella (al centro) con i ministri.',
    'Il vertice si è chiuso ieri sera a Roma con una dichiarazione comune.',
  ];
  const rec = run(lines.join('\n'));
  assert.deepEqual(rec.paragraphs.map((p) => p.kind), ['body', 'heading', 'caption', 'heading', 'caption', 'body', 'body']);
});
