/**
 * JSON as the stores keep the larger analysis values (placement with its explanation, paragraphs):
 * deflated, about a third of the text. Compact and read back whole, exactly as written.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export const packJson = (v: unknown): Buffer => deflateRawSync(JSON.stringify(v));

export const unpackJson = <T = unknown>(b: Uint8Array): T => JSON.parse(inflateRawSync(b).toString('utf8')) as T;
