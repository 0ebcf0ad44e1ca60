import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createRecord } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import type { Paragraph } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { makeToken, normalizeToken, scanTokens, scanTokensByPattern, tokenize } from './tokenize.ts';

// Letters, marks, digits of several scripts, the number separators, format characters and punctuation.
const ALPHABET = [
  ...'aZé ß.,\'’-:;!?"()1209\u00a0\u202f\u2009\n\t',
  ...'ЖжЁ', ...'مرحبا٣٤', ...'नमस्ते१२', ...'ไทย๑๒\u0e31\u0e34', ...'中文字', ...'ひらカター', ...'ລາວ', ...'ខ្មែរ', ...'မြန်',
  '\u0301', '\u0323', '\u00ad', '\u200d', '\u200b', '\u2060', '😀', '𠀀', '\ud800',
];

test('scanTokens: the same tokens as the pattern it stands for', () => {
  const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join(''));
  fc.assert(fc.property(text, fc.nat(100), (s, base) => {
    assert.deepEqual(scanTokens(s, base), scanTokensByPattern(s, base));
  }), { numRuns: 5000 });
});

test('tokenize: the tokens of scanTokens over each analysed paragraph, astral text and repeats included', () => {
  const cfg = resolveConfig();
  const paragraphs = fc.array(fc.tuple(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }), fc.boolean()), { maxLength: 5 });
  fc.assert(fc.property(paragraphs, fc.constantFrom('en', 'de', 'ja', 'und'), (parts, lang) => {
    let text = '';
    const paras: Paragraph[] = parts.map(([cs, repeat]) => {
      if (text) text += '\n\n';
      const start = text.length;
      text += cs.join('');
      return { start, end: text.length, kind: 'body', repeatOf: repeat ? 0 : null };
    });
    const rec = { ...createRecord(rawArticle('t', text)), paragraphs: paras, lang: { code: lang, confidence: 1, second: null } };
    const expected = paras.flatMap((p, i) => p.repeatOf !== null ? []
      : scanTokens(text.slice(p.start, p.end), p.start).map((r) => makeToken(r, i, lang)));
    assert.deepEqual(tokenize(rec, cfg).tokens, expected);
  }), { numRuns: 2000 });
});

test('scanTokens: numbers keep their separators, words their marks, unspaced scripts become bigrams', () => {
  assert.deepEqual(scanTokens('Le 1.234,5 café', 10).map((t) => [t.text, t.kind, t.start]), [
    ['Le', 'word', 10], ['1.234,5', 'number', 13], ['café', 'word', 21],
  ]);
  assert.deepEqual(scanTokens('中文字').map((t) => t.text), ['中文', '文字']);
});

test('normalizeToken: ASCII lower-cased, other text composed and stripped of format characters', () => {
  assert.equal(normalizeToken('NATO'), 'nato');
  assert.equal(normalizeToken('Cafe\u0301\u00ad'), 'café');
});
