import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * Places written with a slash and no space between them: datelines of several places ("München/Hamburg
 * ( dpa )"), pairs ("Japan/Korea", "Landau/Ganacker"); and the two ends of a line joined by an en dash ("Düren–Euskirchen"). German news and the GermEval scheme write such a pair
 * as one name, where the capitalised runs, split at the slash, find two: two places the model kept side by
 * side across a bare slash become one mention. Only places: "Benzin/Super" and "News/Aktienkurs" are none.
 */
// A bare slash, or an en dash between the ends of a line or route ("Düren–Euskirchen"); never a hyphen, which
// makes compounds the runs already hold ("Berlin-Mitte").
const JOIN = /^[/–]$/u;

export function joinSlashedPlaces(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  const out: Span[] = [];
  for (const s of kept) {
    const last = out[out.length - 1];
    if (last && last.type === 'LOC' && s.type === 'LOC' && s.from === last.to && JOIN.test(c.gaps[s.from]!)) {
      out[out.length - 1] = { ...last, to: s.to, id: null, sure: last.sure && s.sure };
      continue;
    }
    out.push(s);
  }
  return out.length === kept.length ? kept : out;
}
