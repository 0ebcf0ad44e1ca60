/**
 * A figure reported in an article: a number with what it measures, as written and converted.
 * Offsets are UTF-16 code unit indices into the article's text exactly as given.
 */

export type Measure = 'percent' | 'money' | 'length' | 'mass' | 'area' | 'count' | 'number';

export interface Figure {
  kind: 'figure';
  start: number;
  end: number;
  /** The text of the span, `text.slice(start, end)`. */
  text: string;
  /** The value in `unit`, multipliers applied ("1,2 Mrd." → 1.2e9). For a range, its lower bound. */
  value: number;
  /** The bounds of a range ("900 bis 1.800 Meilen" → 900, 1800); null for a single value. */
  min: number | null;
  max: number | null;
  /**
   * What `value` is counted in: `%` or `pp` (percentage points), an ISO 4217 code (`EUR`, `USD`, `JPY`),
   * a length (`km`, `m`, `cm`, `mm`, `mi`, `nmi`, `ft`, `yd`, `in`), a mass (`t`, `kg`, `g`, `mg`, `lb`, `oz`)
   * or an area (`km2`, `m2`, `ha`, `mi2`, `acre`); null for counts and bare numbers.
   */
  unit: string | null;
  /**
   * Lengths, masses and areas in SI base units (`m`, `kg`, `m2`); null for other measures.
   * For a range it converts the lower bound; `max * si.value / value` converts the upper one.
   */
  si: { value: number; unit: string } | null;
  /** The noun the figure counts or measures, as written, lower-cased unless an acronym ("soldaten", "BIP"). */
  about: string | null;
  measure: Measure;
}
