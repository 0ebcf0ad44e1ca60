/**
 * A placement (story, topic, relation, how it was chosen, the explanation) as the stores keep it:
 * deflated JSON against a preset dictionary of its keys (packed-json.ts). 447 -> 356 bytes a scaled
 * article (30,000 articles, seed 1).
 */
import type { Placement } from '../cluster/corpus.ts';
import { packJson, unpackJson } from './packed-json.ts';

// Never edit: placements deflated against it need it byte for byte. A new dictionary needs a new column format.
const DICTIONARY = Buffer.from(
  '{"story":"s-","topic":"t-","relation":null,"via":"new","score":0,"runnerUp":null,"explanation":{"shared":[],"topic":null,' +
    '"runnerUp":{"story":"s-","score":0,"shared":[{"kind":"term","key":"","weight":0.},{"kind":"name","key":"","weight":0.},' +
    '{"kind":"number","key":"","weight":0.}]},"daysApart":null}}',
);

export const packPlacement = (p: Placement): Buffer => packJson(p, DICTIONARY);

export const unpackPlacement = <T = Placement>(stored: Uint8Array): T => unpackJson<T>(stored, DICTIONARY);
