import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { numberFormat, parseNumber } from './parse-number.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// input → value, per language; a value of [v, n] means only the first n characters are the number.
const GOLDEN: Record<string, Array<[string, number | [number, number]]>> = {
  de: [['1.000', 1000], ['1,5', 1.5], ['1,500', 1.5], ['1,000', 1000], ['1.234,56', 1234.56], ['54.000', 54000], ['1.000.000', 1e6], ["1'000", 1000],
    [`54${NNBSP}000`, 54000], ['0,25', 0.25], ['1.5', 1.5], ['2022 100', [2022, 4]], ['1 000', [1, 1]], ['13.01.2023', [13, 2]]],
  it: [['1.000', 1000], ['3,5', 3.5], ['1.234,5', 1234.5], ['0,9', 0.9], ['1.800', 1800], ['1800', 1800]],
  en: [['1,000', 1000], ['1.5', 1.5], ['1.500', 1.5], ['1,234.56', 1234.56], ['54,000', 54000], ['12,345,678', 12345678],
    [`54${NBSP}000`, 54000], ['0,500', 0.5], ['1 000', [1, 1]]],
  fr: [['1 000', 1000], [`54${NNBSP}000`, 54000], ['1,5', 1.5], ['1 234,56', 1234.56], ['5,2', 5.2], ['1.000', 1000]],
  es: [['1.000', 1000], ['3.500', 3500], ['8,3', 8.3], ['1000,5', 1000.5], ['1.234.567,8', 1234567.8], ['10,000', 10000], ['10,500', 10.5], ['10 000', 10000]],
  pt: [['1.000', 1000], ['5,8', 5.8], ['1 000', 1000], [`1${NBSP}000`, 1000], ['1.234,5', 1234.5]],
  nl: [['1.000', 1000], ['8,7', 8.7], ['1.234.567', 1234567], ['12,5', 12.5]],
  pl: [['1 000', 1000], [`54${NBSP}000`, 54000], ['17,2', 17.2], ['1200', 1200], ['0,5', 0.5]],
  und: [['1,000', 1000], ['1.000', 1000], ['1.5', 1.5], ['1,5', 1.5]],
};

test('numbers: golden table per language', () => {
  for (const [lang, rows] of Object.entries(GOLDEN)) {
    for (const [input, expected] of rows) {
      const [value, length] = Array.isArray(expected) ? expected : [expected, input.length];
      assert.deepEqual(parseNumber(input, lang), { value, length }, `${lang} ${JSON.stringify(input)}`);
    }
  }
});

test('numbers: decimal mark and space grouping come from the language', () => {
  assert.deepEqual(numberFormat('de'), { decimal: ',', spaceGroups: false });
  assert.deepEqual(numberFormat('en'), { decimal: '.', spaceGroups: false });
  assert.deepEqual(numberFormat('fr'), { decimal: ',', spaceGroups: true });
  assert.deepEqual(numberFormat('pl'), { decimal: ',', spaceGroups: true });
  assert.deepEqual(numberFormat('es'), { decimal: ',', spaceGroups: true });
  assert.deepEqual(numberFormat('und'), { decimal: null, spaceGroups: false });
  assert.deepEqual(numberFormat('zz'), { decimal: null, spaceGroups: false });
  assert.equal(parseNumber('abc', 'de'), null);
  assert.equal(parseNumber('', 'de'), null);
});

// Locales whose own formatting must read back in the article language given.
const LOCALES: Array<[locale: string, lang: string]> = [
  ['de', 'de'], ['de-CH', 'de'], ['en', 'en'], ['fr', 'fr'], ['it', 'it'], ['es', 'es'], ['pt', 'pt'], ['pt-PT', 'pt'],
  ['nl', 'nl'], ['pl', 'pl'], ['ru', 'ru'], ['sv', 'sv'],
];

test('numbers: an integer formatted with any locale grouping reads back', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(...LOCALES), (n, [locale, lang]) => {
    const s = new Intl.NumberFormat(locale).format(n);
    const r = parseNumber(s, lang);
    assert.ok(r, s);
    assert.equal(r.value, n, `${locale} ${s}`);
    assert.equal(r.length, s.length, `${locale} ${s}`);
  }), { numRuns: 2000 });
});

test('numbers: decimals with one to three places read back in their language', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...LOCALES),
    (n, places, [locale, lang]) => {
      // Three decimal zeros read as grouping by design ("1,000" is a thousand in any language).
      fc.pre(!(places === 3 && n % 1000 === 0 && n < 1e6));
      // Swiss "1.001" (one and a thousandth) is German "1.001" (a thousand and one): with only the
      // language to go by, it is read the German way (seed -2050496522 found it).
      fc.pre(!(locale === 'de-CH' && places === 3 && n >= 1000 && n < 1e6));
      const x = n / 10 ** places;
      const s = new Intl.NumberFormat(locale, { minimumFractionDigits: places, maximumFractionDigits: places }).format(x);
      const r = parseNumber(s, lang);
      assert.ok(r, s);
      assert.equal(Math.round(r.value * 10 ** places), n, `${locale} ${s}`);
    }), { numRuns: 2000 });
});

test('numbers: arbitrary strings never throw and never read past the input', () => {
  const chars = fc.constantFrom(...'0123456789.,\' \u00a0\u202f’-x');
  const text = fc.oneof(fc.string({ unit: chars, maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
  fc.assert(fc.property(text, fc.constantFrom('de', 'en', 'fr', 'und', 'pl', 'xx'), (s, lang) => {
    const r = parseNumber(s, lang);
    if (r === null) return;
    assert.ok(r.length >= 1 && r.length <= s.length);
    assert.ok(Number.isFinite(r.value) && r.value >= 0);
  }), { numRuns: 3000 });
});
