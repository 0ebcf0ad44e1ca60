/**
 * Facts as the stores keep them: a span's text that is just the article's text between its offsets
 * is left out (stored as 0, which keeps the field's place) and cut from the text again on reading;
 * then the list is deflated against a preset dictionary of the facts' keys (packed-json.ts: 907 -> 775
 * bytes a scaled article, 30,000 articles, seed 1). Spans the stages rewrote (a text that differs from
 * the slice) stay whole.
 */
import type { Fact } from '../facts/fact.ts';
import { packJson, unpackJson } from './packed-json.ts';

/** The string fields that copy a span of the text, with the offsets of that span. */
const SPANS = [
  ['text', 'start', 'end'],
  ['speakerText', 'speakerStart', 'speakerEnd'],
] as const;

type Loose = Record<string, unknown>;

// Never edit: facts deflated against it need it byte for byte. A new dictionary needs a new column format.
const DICTIONARY = Buffer.from(
  '{"kind":"provenance","start":,"end":,"text":0,"source":"","via":"agency"}' +
    '{"kind":"quote","start":,"end":,"direct":false,"speaker":null,"speakerText":0,"speakerStart":,"speakerEnd":,"cue":"said"}' +
    '{"kind":"figure","start":,"end":,"text":0,"value":,"min":null,"max":null,"unit":null,"si":null,"about":"","measure":"count"}' +
    '{"kind":"date","start":,"end":,"text":0,"value":"20","role":"unknown","relative":false,"partial":null}' +
    '{"kind":"entity","start":,"end":,"text":0,"type":"LOC","entity":"loc:","role":null},' +
    '{"kind":"entity","start":,"end":,"text":0,"type":"ORG","entity":"org:","role":null},' +
    '{"kind":"entity","start":,"end":,"text":0,"type":"PER","entity":"per:","role":null}',
);

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
  }), DICTIONARY);
}

export function decodeFacts(stored: Uint8Array, text: string): Fact[] {
  const list = unpackJson<Loose[]>(stored, DICTIONARY);
  for (const o of list) {
    for (const [k, s, e] of SPANS) if (o[k] === 0) o[k] = text.slice(o[s] as number, o[e] as number);
  }
  return list as unknown as Fact[];
}
