import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameLanguage, toPrimarySubtag } from './language-codes.ts';

test('toPrimarySubtag: ISO 639-3, 639-2/B and 639-1 codes with script or region suffixes', () => {
  const cases: Array<[string, string]> = [
    ['deu', 'de'], ['ger', 'de'], ['de', 'de'], ['eng-GB', 'en'], ['eng-US', 'en'], ['zho-CN', 'zh'], ['zho-TW', 'zh'],
    ['srp-Cyrl', 'sr'], ['srp-Latn', 'sr'], ['arb', 'ar'], ['ckb-Arab', 'ckb'], ['aze-Latn', 'az'], ['fra-CA', 'fr'],
    ['spa-MX', 'es'], ['por-BR', 'pt'], ['nob', 'nb'], ['nno', 'nn'], ['msa', 'ms'], ['ind', 'id'], ['cmn', 'zh'],
    ['yue', 'yue'], ['fil', 'fil'], ['tgl', 'tl'], ['nso', 'nso'], ['prs', 'prs'], ['pes', 'fa'], ['uzb', 'uz'],
    ['sna-Latn', 'sn'], ['snd-Arab', 'sd'], ['tgk-Cyrl', 'tg'], ['kmr', 'ku'], ['EN_us', 'en'], ['', 'und'],
    ['iw', 'he'], ['zz-Xyz', 'zz'],
  ];
  for (const [code, want] of cases) assert.equal(toPrimarySubtag(code), want, code);
});

test('sameLanguage: equal after mapping', () => {
  assert.ok(sameLanguage('deu', 'de'));
  assert.ok(sameLanguage('eng-GB', 'en'));
  assert.ok(sameLanguage('srp-Latn', 'sr'));
  assert.ok(!sameLanguage('deu', 'nl'));
});

test('sameLanguage: a macrolanguage and its individual languages are the same language', () => {
  for (const [a, b] of [['arb', 'ar'], ['prs', 'fa'], ['nob', 'no'], ['nno', 'no'], ['zho-CN', 'zh'], ['msa', 'ms'],
    ['uzb', 'uz'], ['kmr', 'ku'], ['ckb-Arab', 'ku'], ['mey', 'ar'], ['ind', 'ms'], ['fuc', 'ff'], ['hnj', 'hmn'],
    ['bos', 'sh'], ['est', 'ekk'], ['orm', 'gaz']]) {
    assert.ok(sameLanguage(a!, b!), `${a} ~ ${b}`);
    assert.ok(sameLanguage(b!, a!), `${b} ~ ${a}`);
  }
});

test('sameLanguage: two members of one macrolanguage are different languages', () => {
  // (Members that stand for their macrolanguage, e.g. kmr -> ku or pes -> fa, are written as it and so match it.)
  for (const [a, b] of [['nob', 'nn'], ['bos', 'hr'], ['hrv', 'srp'], ['bos', 'srp-Latn'], ['yue', 'cmn'], ['nno', 'nob']]) {
    assert.ok(!sameLanguage(a!, b!), `${a} !~ ${b}`);
  }
});

test('sameLanguage: documented choices (yue is not zh, fil is tl, und never matches)', () => {
  assert.ok(!sameLanguage('yue', 'zh'));
  assert.ok(!sameLanguage('zho-TW', 'yue'));
  assert.ok(sameLanguage('fil', 'tl'));
  assert.ok(sameLanguage('tgl', 'fil'));
  assert.ok(!sameLanguage('und', 'und'));
  assert.ok(!sameLanguage('deu', 'und'));
});
