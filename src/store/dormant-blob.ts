import { dormantFeatures, holdsRelationFeatures } from '../features/dormant-features.ts';
import { decodeFeaturesBinary, encodeFeaturesBinary } from './features-binary.ts';

/**
 * A stored features column rewritten as a dormant article keeps it (`dormantFeatures`), or null when it
 * holds nothing to let go (already let go, or never had any): every engine writes only what changes.
 */
export function dormantBlob(stored: Uint8Array): Uint8Array | null {
  const f = decodeFeaturesBinary(stored);
  return holdsRelationFeatures(f) ? encodeFeaturesBinary(dormantFeatures(f)) : null;
}
