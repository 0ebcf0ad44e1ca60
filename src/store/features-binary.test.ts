import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import type { Features } from '../article.ts';
import type { Fact } from '../facts/fact.ts';
import { decodeFacts, encodeFacts } from './facts-codec.ts';
import { decodeFeaturesBinary, encodeFeaturesBinary } from './features-binary.ts';
import { decodeFeatures, encodeFeatures } from './features-codec.ts';
import { packJson } from './packed-json.ts';
import { packPlacement, unpackPlacement } from './placement-codec.ts';
import type { Placement } from '../cluster/corpus.ts';

const weights = fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }));
const entries = (value: fc.Arbitrary<number>) => fc.uniqueArray(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), value), { selector: ([k]) => k, maxLength: 30 });
const features: fc.Arbitrary<Features> = fc.record({
  terms: entries(weights),
  anchors: entries(fc.nat(50)),
  extraParagraphs: fc.boolean(),
  shape: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
  shingles: fc.uniqueArray(fc.nat(0xffffffff), { maxLength: 300 }),
  sorted: fc.boolean(),
  bodyHash: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9a-f]{32}$/), fc.string()),
  sounds: entries(fc.nat(40)),
  pivots: entries(fc.double({ min: 0, max: 20, noNaN: true })),
  // Absent in rows written before lead terms existed.
  leadTerms: fc.option(entries(weights), { nil: undefined }),
}).map((o) => ({
  terms: new Map(o.terms),
  anchors: new Map(o.anchors),
  // Built with the anchors, as anchors.ts does; sometimes with a key of its own, which the codec must keep too.
  anchorParagraphs: new Map([...o.anchors.map(([k], i): [string, number] => [k, i % 7]), ...(o.extraParagraphs ? [['only-here', 3] as [string, number]] : [])]),
  shape: o.shape,
  shingles: o.sorted ? Uint32Array.from(o.shingles).sort() : Uint32Array.from(o.shingles),
  bodyHash: o.bodyHash,
  sounds: new Map(o.sounds),
  pivots: new Map(o.pivots),
  ...(o.leadTerms ? { leadTerms: new Map(o.leadTerms) } : {}),
}));

test('features: the binary form reads back what the JSON form reads back (same order, same rounding)', () => {
  fc.assert(fc.property(features, (f) => {
    const viaJson = decodeFeatures(encodeFeatures(f));
    const viaBinary = decodeFeaturesBinary(encodeFeaturesBinary(f));
    assert.deepEqual(viaBinary, viaJson);
    assert.deepEqual([...viaBinary.terms.keys()], [...f.terms.keys()]);
    assert.deepEqual([...viaBinary.anchorParagraphs.keys()], [...f.anchorParagraphs.keys()]);
    assert.equal(viaBinary.leadTerms === undefined, f.leadTerms === undefined);
  }), { numRuns: 300 });
});

test('features: a damaged or newer stored form is refused with a message, never misread', () => {
  const f = decodeFeatures(encodeFeatures({ terms: new Map([['a', 1]]), anchors: new Map(), anchorParagraphs: new Map(), shape: [1], shingles: Uint32Array.of(1, 5), bodyHash: 'ab', sounds: new Map(), pivots: new Map() }));
  const good = encodeFeaturesBinary(f);
  assert.throws(() => decodeFeaturesBinary(good.subarray(0, good.length - 2)), /store:|unexpected end|invalid/i);
  const raw = Buffer.from(inflateRawSync(good));
  raw[0] = 9;
  assert.throws(() => decodeFeaturesBinary(deflateRawSync(raw)), /format 9, unknown to this Parallax/);
});

test('facts: spans that copy the text are cut from it again; rewritten spans and other fields kept', () => {
  const text = 'Angela Merkel sagte am Montag: „Wir schaffen das.“';
  const facts = [
    { kind: 'entity', start: 0, end: 13, text: 'Angela Merkel', type: 'PER', entity: 'per:angela-merkel', role: null },
    { kind: 'quote', start: 31, end: 49, direct: true, speaker: 'per:angela-merkel', speakerText: 'Angela Merkel', speakerStart: 0, speakerEnd: 13, cue: 'sagte' },
    { kind: 'date', start: 20, end: 29, text: 'am montag', value: '2025-03-10', role: 'event' },
  ] as unknown as Fact[];
  const stored = encodeFacts(facts, text);
  assert.ok(!stored.includes(Buffer.from('Angela')), 'the copied names are not stored');
  assert.deepEqual(decodeFacts(stored, text), facts);
});

test('facts and placements: deflated against their dictionaries, shorter than without, and rows deflated without one still read', () => {
  const text = 'Angela Merkel sagte am Montag in Berlin: „Wir schaffen das.“ Die Reuters-Meldung nennt 2 Prozent.';
  const facts = [
    { kind: 'entity', start: 0, end: 13, text: 0, type: 'PER', entity: 'per:angela-merkel', role: null },
    { kind: 'entity', start: 33, end: 39, text: 0, type: 'LOC', entity: 'loc:berlin', role: null },
    { kind: 'quote', start: 41, end: 59, direct: true, speaker: 'per:angela-merkel', speakerText: 0, speakerStart: 0, speakerEnd: 13, cue: 'sagte' },
    { kind: 'date', start: 20, end: 29, text: 0, value: '2025-03-10', role: 'event', relative: true, partial: null },
    { kind: 'figure', start: 87, end: 97, text: 0, value: 2, min: null, max: null, unit: '%', si: null, about: null, measure: 'percent' },
  ];
  const stored = encodeFacts(facts.map((f) => ({ ...f, ...('text' in f ? { text: text.slice(f.start, f.end) } : {}), ...('speakerText' in f ? { speakerText: 'Angela Merkel' } : {}) })) as unknown as Fact[], text);
  const plain = packJson(facts);
  assert.ok(stored.length < plain.length, `${stored.length} bytes against ${plain.length} without the dictionary`);
  assert.deepEqual(decodeFacts(plain, text), decodeFacts(stored, text), 'a row written before the dictionary reads the same');
  const placement = {
    story: 's-0123456789', topic: 't-0123456789', relation: null, via: 'similarity', score: 0.5851, runnerUp: { story: 's-1dbc6cc4c3', score: 0.0382 },
    explanation: { shared: [{ kind: 'number', key: '19', weight: 0.3318 }], topic: null, runnerUp: null, daysApart: 2 },
  } as unknown as Placement;
  assert.ok(packPlacement(placement).length < packJson(placement).length);
  assert.deepEqual(unpackPlacement(packPlacement(placement)), placement);
  assert.deepEqual(unpackPlacement(packJson(placement)), placement);
});
