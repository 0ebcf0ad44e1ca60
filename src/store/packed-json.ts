/**
 * JSON as the stores keep the larger analysis values (placement with its explanation, paragraphs, facts):
 * deflated, about a third of the text. Compact and read back whole, exactly as written.
 *
 * A value of a known shape may be deflated against a preset dictionary: the JSON of its keys and usual
 * values, which a value of a few hundred bytes otherwise spells out once each. Inflating with a dictionary
 * reads a value deflated without one too, so rows written before a dictionary existed read the same; a
 * dictionary, once used, can never change (rows deflated against it need it byte for byte).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const options = (dictionary: Buffer | undefined) => (dictionary ? { dictionary } : {});

export const packJson = (v: unknown, dictionary?: Buffer): Buffer => deflateRawSync(JSON.stringify(v), options(dictionary));

export const unpackJson = <T = unknown>(b: Uint8Array, dictionary?: Buffer): T => JSON.parse(inflateRawSync(b, options(dictionary)).toString('utf8')) as T;
