/**
 * Features as the stores keep them: a compact binary form, deflated (about a fifth of the JSON form).
 * Maps keep their order; numbers keep the precision the JSON form kept (pivot weights to 1e-4, shape
 * to 1e-5, everything else exact); shingles, sorted and unique, are stored as varint gaps.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Features } from '../article.ts';
import { sameKeys } from '../features/same-keys.ts';
import { ByteReader, ByteWriter } from './byte-writer.ts';

const FORMAT = 1;

/** Non-negative safe integers as even varints; anything else as 1 and a float64. */
function num(w: ByteWriter, v: number): void {
  if (Number.isSafeInteger(v) && v >= 0 && v < 2 ** 52) w.uint(v * 2);
  else {
    w.uint(1);
    w.float(v);
  }
}

function readNum(r: ByteReader): number {
  const u = r.uint();
  return u === 1 ? r.float() : u / 2;
}

function map(w: ByteWriter, m: ReadonlyMap<string, number>, value: (v: number) => void): void {
  w.uint(m.size);
  for (const [k, v] of m) {
    w.string(k);
    value(v);
  }
}

function readMap(r: ByteReader, value: () => number): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = r.uint(); n > 0; n--) m.set(r.string(), value());
  return m;
}

const isSortedUnique = (a: Uint32Array) => a.every((x, i) => i === 0 || x > a[i - 1]!);

export function encodeFeaturesBinary(f: Features): Buffer {
  const w = new ByteWriter();
  w.byte(FORMAT);
  map(w, f.terms, (v) => num(w, v));
  // Anchors and their first paragraphs are built together, so they share keys in the same order.
  map(w, f.anchors, (v) => num(w, v));
  if (sameKeys(f.anchors, f.anchorParagraphs)) {
    w.byte(1);
    for (const v of f.anchorParagraphs.values()) num(w, v);
  } else {
    w.byte(0);
    map(w, f.anchorParagraphs, (v) => num(w, v));
  }
  w.uint(f.shape.length);
  for (const x of f.shape) w.uint(Math.round(x * 1e5));
  const sorted = isSortedUnique(f.shingles);
  w.byte(sorted ? 1 : 0);
  w.uint(f.shingles.length);
  let prev = 0;
  for (const h of f.shingles) {
    w.uint(sorted ? h - prev : h);
    prev = h;
  }
  const hex = /^(?:[0-9a-f]{2})*$/.test(f.bodyHash);
  w.byte(hex ? 1 : 0);
  if (hex) {
    w.uint(f.bodyHash.length / 2);
    w.raw(Buffer.from(f.bodyHash, 'hex'));
  } else w.string(f.bodyHash);
  map(w, f.sounds, (v) => num(w, v));
  map(w, f.pivots, (v) => w.uint(Math.round(v * 1e4)));
  // Last and optional: rows written before lead terms existed end with the pivots.
  if (f.leadTerms) map(w, f.leadTerms, (v) => num(w, v));
  return deflateRawSync(w.bytes());
}

export function decodeFeaturesBinary(stored: Uint8Array): Features {
  const r = new ByteReader(inflateRawSync(stored), 'a stored feature set');
  const format = r.byte();
  if (format !== FORMAT) throw new Error(`store: stored features have format ${format}, unknown to this Parallax; upgrade Parallax`);
  const terms = readMap(r, () => readNum(r));
  const anchors = readMap(r, () => readNum(r));
  let anchorParagraphs: Map<string, number>;
  if (r.byte() === 1) {
    anchorParagraphs = new Map();
    for (const k of anchors.keys()) anchorParagraphs.set(k, readNum(r));
  } else anchorParagraphs = readMap(r, () => readNum(r));
  const shape: number[] = [];
  for (let n = r.uint(); n > 0; n--) shape.push(r.uint() / 1e5);
  const sorted = r.byte() === 1;
  const shingles = new Uint32Array(r.uint());
  let prev = 0;
  for (let i = 0; i < shingles.length; i++) {
    const v = r.uint();
    shingles[i] = sorted ? prev + v : v;
    prev = shingles[i]!;
  }
  const bodyHash = r.byte() === 1 ? r.raw(r.uint()).toString('hex') : r.string();
  const sounds = readMap(r, () => readNum(r));
  const pivots = readMap(r, () => r.uint() / 1e4);
  const leadTerms = r.done ? undefined : readMap(r, () => readNum(r));
  if (!r.done) throw new Error('store: a stored feature set has bytes left over; the row is damaged');
  return leadTerms ? { terms, anchors, anchorParagraphs, shape, shingles, bodyHash, sounds, pivots, leadTerms } : { terms, anchors, anchorParagraphs, shape, shingles, bodyHash, sounds, pivots };
}
