/**
 * Facts as the stores keep them: a span's text that is just the article's text between its offsets
 * is left out (stored as 0, which keeps the field's place) and cut from the text again on reading;
 * then the list is deflated. Spans the stages rewrote (a text that differs from the slice) stay whole.
 */
import type { Fact } from '../facts/fact.ts';
import { packJson, unpackJson } from './packed-json.ts';

/** The string fields that copy a span of the text, with the offsets of that span. */
const SPANS = [
  ['text', 'start', 'end'],
  ['speakerText', 'speakerStart', 'speakerEnd'],
] as const;

type Loose = Record<string, unknown>;

export function encodeFacts(facts: readonly Fact[], text: string): Buffer {
  return packJson(facts.map((f) => {
    const o = f as unknown as Loose;
    let out: Loose | null = null;
    for (const [k, s, e] of SPANS) {
      const v = o[k];
      if (typeof v === 'string' && typeof o[s] === 'number' && typeof o[e] === 'number' && text.slice(o[s] as number, o[e] as number) === v) {
        out ??= { ...o };
        out[k] = 0;
      }
    }
    return out ?? o;
  }));
}

export function decodeFacts(stored: Uint8Array, text: string): Fact[] {
  const list = unpackJson<Loose[]>(stored);
  for (const o of list) {
    for (const [k, s, e] of SPANS) if (o[k] === 0) o[k] = text.slice(o[s] as number, o[e] as number);
  }
  return list as unknown as Fact[];
}
