/**
 * Author names from page metadata, which is full of junk: profile URLs, "By" prefixes,
 * "Staff", social handles, dates glued to the name. Keeps only what looks like a name.
 */

const PREFIX_WORDS = ['by', 'von', 'par', 'por', 'door', 'av', 'af'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
/** Case-sensitive on purpose: the next word must be capitalised, so "Von der Leyen" stays whole. */
const PREFIX = new RegExp(`^(?:${PREFIX_WORDS.join('|')})\\s*[:\\-–—]?\\s+(?=\\p{Lu})`, 'u');
const SEPARATORS = /\s*(?:[,;|\/•·]|\s(?:and|und|&)\s)\s*/iu;
const JUNK_WORDS =
  /^(?:by|staff|staff\s+(?:writer|reporter)s?|editorial\s+staff|editors?|redaktion|redazione|rédaction|admin(?:istrator)?|news\s*desk|web\s*desk|unknown|anonymous|n\/?a|none|null|undefined)$/iu;
const NOT_A_NAME = /(?:https?:|www\.|:\/\/|@|\.(?:com|org|net|de|it|fr|uk)\b|\d{4}|\d{1,2}:\d{2}|\b(?:updated|published|aktualisiert|min(?:ute)?s?\s+read|follow)\b)/iu;
const MAX_NAME_CHARS = 80;

function cleanPart(part: string): string | null {
  const s = part.replace(/\s+/g, ' ').trim().replace(PREFIX, '').replace(/^[-–—:]\s*/, '').trim();
  if (s.length < 2 || s.length > MAX_NAME_CHARS) return null;
  if (JUNK_WORDS.test(s) || NOT_A_NAME.test(s) || !/\p{L}/u.test(s)) return null;
  return s;
}

/** Cleans one or more raw author strings into "Name, Name", or null when nothing is left. */
export function cleanByline(raw: ReadonlyArray<string | null | undefined>): string | null {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    if (!entry) continue;
    // URLs go first: splitting on "/" would otherwise leave their path segments as "names".
    const withoutUrls = entry.replace(/\S*(?:https?:\/\/|www\.)\S*/giu, ' ');
    for (const part of withoutUrls.replace(PREFIX, '').split(SEPARATORS)) {
      const name = cleanPart(part);
      if (name && !seen.has(name.toLowerCase())) {
        seen.add(name.toLowerCase());
        names.push(name);
      }
    }
  }
  return names.length > 0 ? names.join(', ') : null;
}
