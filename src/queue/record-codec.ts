/**
 * An analysed record as JSON, to pass from the worker that analysed it to the one that places it.
 * Generic over the record's shape (new fact kinds need nothing here): Maps, Sets, typed arrays and
 * non-finite numbers, which JSON alone would lose, are tagged; everything else is plain JSON.
 */
import type { ArticleRecord } from '../article.ts';

const TAG = '$parallax';

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof Map) return { [TAG]: 'map', v: [...value] };
  if (value instanceof Set) return { [TAG]: 'set', v: [...value] };
  if (value instanceof Uint32Array) return { [TAG]: 'u32', v: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (value instanceof Float64Array) return { [TAG]: 'f64', v: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (ArrayBuffer.isView(value)) throw new Error(`queue: cannot encode a ${value.constructor.name} in an analysed record; add it to record-codec.ts`);
  if (typeof value === 'number' && !Number.isFinite(value)) return { [TAG]: 'num', v: String(value) };
  return value;
}

function bytes(b64: string): ArrayBuffer {
  const b = Buffer.from(b64, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

function reviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !(TAG in value)) return value;
  const { [TAG]: tag, v } = value as { [TAG]: string; v: unknown };
  switch (tag) {
    case 'map': return new Map(v as Array<[unknown, unknown]>);
    case 'set': return new Set(v as unknown[]);
    case 'u32': return new Uint32Array(bytes(v as string));
    case 'f64': return new Float64Array(bytes(v as string));
    case 'num': return Number(v);
    default: throw new Error(`queue: unknown tag "${tag}" in an analysed record; was it written by a newer Parallax?`);
  }
}

export const encodeRecord = (r: ArticleRecord): string => JSON.stringify(r, replacer);
export const decodeRecord = (json: string): ArticleRecord => JSON.parse(json, reviver) as ArticleRecord;
