import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId } from '../article.ts';
import type { Figure } from '../figures/figure.ts';
import { factLedger } from './fact-ledger.ts';
import type { MemberView } from './member-view.ts';

const fig = (text: string, value: number, measure: Figure['measure'], unit: string | null, about: string | null, extra: Partial<Figure> = {}): Figure => ({
  kind: 'figure', start: 0, end: text.length, text, value, min: null, max: null, unit, si: null, about, measure, ...extra,
});
const member = (id: string, lang: string, figures: Figure[], report = id): MemberView => ({
  id: articleId(id), seq: 0, title: null, lang, story: 's' as never, topic: 't' as never, relation: null, url: null, published: null, source: null,
  text: '', byline: null, origin: { file: id }, paragraphs: [], messages: [], placement: null as never, reportDate: null, facts: figures, report: articleId(report),
});

test('ledger: equal counts from two outlets in two languages agree; a different count conflicts', () => {
  const rows = factLedger([
    member('a', 'de', [fig('1.000 Megawatt', 1000, 'count', null, 'megawatt')]),
    member('b', 'it', [fig('1.000 megawatt', 1000, 'count', null, 'megawatt')]),
  ]);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.status, 'agree');
  assert.equal(rows[0]!.values.length, 1);
  assert.equal(rows[0]!.values[0]!.reports, 2);
  const conflict = factLedger([
    member('a', 'de', [fig('54.000 Soldaten', 54000, 'count', null, 'soldaten')]),
    member('b', 'de', [fig('50.000 Soldaten', 50000, 'count', null, 'soldaten')]),
  ]);
  assert.equal(conflict[0]!.status, 'conflict');
});

test('ledger: one value in two units is one value; lengths share a row; a translation is no second report', () => {
  const km = fig('1.000 km', 1000, 'length', 'km', null, { si: { value: 1_000_000, unit: 'm' } });
  const mi = fig('600 Meilen', 600, 'length', 'mi', null, { si: { value: 965_606.4, unit: 'm' } });
  const range = fig('900 bis 1.800 Meilen', 900, 'length', 'mi', null, { min: 900, max: 1800, si: { value: 1_448_409.6, unit: 'm' } });
  const rows = factLedger([member('a', 'de', [km, mi]), member('b', 'de', [range]), member('c', 'it', [km], 'a')]);
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.equal(row!.status, 'conflict');
  const kmValue = row!.values.find((v) => v.unit === 'km')!;
  assert.deepEqual(kmValue.given.map((g) => g.text), ['1.000 km', '600 Meilen', '1.000 km']);
  assert.equal(kmValue.reports, 1, 'the Italian translation of a is not an independent report');
});
