import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sharedFeatures } from './explain.ts';
import { Dictionary, accumulate, sparseFrom } from './sparse.ts';
import { SumMap } from './sum-map.ts';

// Keys of every kind, so that the cap per kind and the ties by key are exercised.
const KEYS = ['vote', 'summit', 'tariff', '@name:abe', '@name:biden', '@number:3.5', '@year:2023', '@acronym:nato', '@place:jp', '~trade', '~meet', 'rice', 'chip', '@name:kish'];
const dict = new Dictionary();
for (const k of KEYS) dict.id(k);
const weight = fc.constantFrom(-1, 0, 0.25, 0.5, 1, 2);
const sparse = fc.dictionary(fc.integer({ min: 0, max: KEYS.length - 1 }).map(String), weight)
  .map((o) => sparseFrom(Object.entries(o).map(([k, x]) => [Number(k), x])));

test('sharedFeatures: against a sparse profile or a story\'s sums, the same features as against a map of them, strongest first, a few of each kind', () => {
  fc.assert(fc.property(sparse, sparse, fc.constantFrom(1, 3), (v, profile, scale) => {
    const asMap = new Map([...profile.ids].map((id, i) => [id, profile.values[i]!]));
    // A SumMap keeps its entries in hash slots (and has ids of its own): it must be read through get.
    const sums = new SumMap();
    accumulate(sums, profile);
    const got = sharedFeatures(v, profile, scale, dict);
    assert.deepEqual(got, sharedFeatures(v, asMap, scale, dict));
    assert.deepEqual(sharedFeatures(v, sums, scale, dict), got);
    for (const f of got) assert.ok(f.weight > 0, `${f.key} weighs ${f.weight}`);
    for (let i = 1; i < got.length; i++) assert.ok(got[i - 1]!.weight >= got[i]!.weight);
  }), { numRuns: 300 });
});

test('sharedFeatures: a name compared by its first letters is shown as the article wrote it', () => {
  const v = sparseFrom([[dict.find('@name:kish'), 1], [dict.find('vote'), 1]]);
  const got = sharedFeatures(v, v, 1, dict, 1, new Map([['name:kish', 'name:kishida']]));
  assert.deepEqual(got.map((f) => [f.kind, f.key]), [['name', 'kishida'], ['term', 'vote']]);
});
