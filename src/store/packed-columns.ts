/**
 * The packed analysis columns of `articles` (schema version 7 of both engines): features in their
 * binary form, facts without the text they copy, placement and paragraphs as deflated JSON. What a
 * write stores, what a read gives back, and how a row of the JSON columns before version 7 becomes one.
 */
import type { ArticleRecord, Paragraph } from '../article.ts';
import type { Placement } from '../cluster/corpus.ts';
import { decodeFacts, encodeFacts } from './facts-codec.ts';
import { encodeFeaturesBinary } from './features-binary.ts';
import { decodeFeatures } from './features-codec.ts';
import { packJson } from './packed-json.ts';
import { packPlacement } from './placement-codec.ts';

export interface PackedColumns {
  features: Buffer;
  facts: Buffer;
  placement: Buffer;
  paragraphs: Buffer;
}

export function packedColumns(r: ArticleRecord, p: Placement): PackedColumns {
  if (!r.features) throw new Error(`store: article "${r.id}" has no features; store only analysed records`);
  return { features: encodeFeaturesBinary(r.features), facts: encodeFacts(r.facts, r.text), placement: packPlacement(p), paragraphs: packJson(r.paragraphs) };
}

/** A row as stored before version 7 (its text exact, as the article had it). */
export interface JsonColumns {
  text: string;
  features_json: string;
  facts_json: string | null;
  placement_json: string;
  paragraphs_json: string;
}

export function packJsonColumns(r: JsonColumns): PackedColumns {
  return {
    features: encodeFeaturesBinary(decodeFeatures(r.features_json)),
    facts: encodeFacts(JSON.parse(r.facts_json ?? '[]'), r.text),
    placement: packPlacement(JSON.parse(r.placement_json) as Placement),
    paragraphs: packJson(JSON.parse(r.paragraphs_json) as Paragraph[]),
  };
}

export { decodeFacts };
