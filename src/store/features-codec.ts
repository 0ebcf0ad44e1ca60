import type { Features } from '../article.ts';

/** Features as JSON: maps as entry lists, shingles as base64 of their little-endian bytes. */
function shinglesToBase64(a: Uint32Array): string {
  const bytes = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) bytes.writeUInt32LE(a[i]!, i * 4);
  return bytes.toString('base64');
}

export function encodeFeatures(f: Features): string {
  return JSON.stringify({
    terms: [...f.terms],
    anchors: [...f.anchors],
    anchorParagraphs: [...f.anchorParagraphs],
    shape: f.shape.map((x) => Math.round(x * 1e5) / 1e5),
    shingles: shinglesToBase64(f.shingles),
    bodyHash: f.bodyHash,
    sounds: [...f.sounds],
    pivots: [...f.pivots].map(([k, n]) => [k, Math.round(n * 1e4) / 1e4]),
    ...(f.leadTerms ? { leadTerms: [...f.leadTerms] } : {}),
  });
}

export function decodeFeatures(json: string): Features {
  const o = JSON.parse(json) as {
    terms: Array<[string, number]>;
    anchors: Array<[string, number]>;
    anchorParagraphs: Array<[string, number]>;
    shape: number[];
    shingles: string;
    bodyHash: string;
    sounds?: Array<[string, number]>;
    pivots?: Array<[string, number]>;
    leadTerms?: Array<[string, number]>;
  };
  const bytes = Buffer.from(o.shingles, 'base64');
  const shingles = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < shingles.length; i++) shingles[i] = bytes.readUInt32LE(i * 4);
  const f: Features = { terms: new Map(o.terms), anchors: new Map(o.anchors), anchorParagraphs: new Map(o.anchorParagraphs), shape: o.shape, shingles, bodyHash: o.bodyHash, sounds: new Map(o.sounds ?? []), pivots: new Map(o.pivots ?? []) };
  // Absent in exports written before lead terms existed.
  if (o.leadTerms) f.leadTerms = new Map(o.leadTerms);
  return f;
}
