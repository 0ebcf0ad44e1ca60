/**
 * The key under which a name anchor is compared across articles: its first five letters (romanised and
 * folded). Inflecting languages decline names, and translations of one report write the same town or
 * person with other endings: Polish "Kłodzku", "Kłodzka", "Kłodzkiej" and English "Kłodzko", "Sobczyka"
 * and "Sobczyk", Czech "Jeseníku" and "Jeseník". Case endings are one to three letters, so five letters
 * keep the stem and drop the ending; four let unrelated names meet too often (NTREX dev B-cubed 0.978,
 * ECB+ events 0.946), six keep some endings (0.985 / 0.948), five give 0.986 / 0.952 against 0.982 / 0.950
 * for whole names (DESIGN, "Tuning", item 11).
 *
 * Features keep the whole names (stored, exported, explained); the comparisons cut them (story vectors,
 * article-vector.ts; copies and translations, relation-index.ts), so stores written before compare alike.
 */
export const NAME_KEY_LETTERS = 5;

const PREFIX = 'name:';
const CUT = PREFIX.length + NAME_KEY_LETTERS;

/** `name:kłodzku`-style anchor keys cut to their first letters; every other key as it is. Idempotent. */
export function nameKey(key: string): string {
  return key.length > CUT && key.startsWith(PREFIX) ? key.slice(0, CUT) : key;
}

/**
 * The map with its name keys cut, values of keys that meet merged (counts added, first paragraphs the
 * least); the map itself when no key is cut.
 */
export function withNameKeys(m: Map<string, number>, merge: (a: number, b: number) => number): Map<string, number> {
  let cut = false;
  for (const k of m.keys()) {
    if (nameKey(k) !== k) {
      cut = true;
      break;
    }
  }
  if (!cut) return m;
  const out = new Map<string, number>();
  for (const [k, v] of m) {
    const key = nameKey(k);
    const old = out.get(key);
    out.set(key, old === undefined ? v : merge(old, v));
  }
  return out;
}

/**
 * For showing a cut key: the whole name an article wrote most often under it (the first of equals), by
 * the cut key; left out where that is the key itself ("Biden" beside "Bidens").
 */
export function wholeNames(anchors: ReadonlyMap<string, number>): Map<string, string> {
  const best = new Map<string, [name: string, count: number]>();
  for (const [k, n] of anchors) {
    const key = nameKey(k);
    const old = best.get(key);
    if (!old || n > old[1]) best.set(key, [k, n]);
  }
  const out = new Map<string, string>();
  for (const [key, [name]] of best) if (name !== key) out.set(key, name);
  return out;
}
