/**
 * Geographic names from FreeDict's German-English dictionary: headwords whose first sense is tagged
 * `[geogr.]` and translates to an English name ("Spree" -> "[geogr.] Spree", Note: river; "Elsass" ->
 * "[geogr.] Alsace", Note: region in France). About 2,500 rivers, mountains, regions, islands, countries and
 * towns, many of them German common nouns too ("Harz" is also resin): evidence for the type model, not a
 * verdict. The kind is read from the entry's first note, or else from the English name ("Lake Nasser").
 */

export type PlaceKind = 'river' | 'water' | 'mountain' | 'island' | 'region' | 'town' | 'people' | 'place';

// In the order they are tried at one position; of all matches in a note, the earliest wins:
// "state of the US; capital: Annapolis" is a region, "capital of Slovakia" a town.
const NOTE_KINDS: ReadonlyArray<[PlaceKind, RegExp]> = [
  ['people', /\b(?:inhabitant|native|Einwohner)/u],
  ['river', /\b(?:river|Fluss|tributary)\b/u],
  ['water', /\b(?:lake|sea|bay|gulf|ocean|strait|lagoon|See|Meer|Bucht)\b/u],
  ['mountain', /\b(?:mountain|mountains|peak|volcano|massif|range|Gebirge|Berg|Vulkan)\b/u],
  ['island', /\b(?:island|islands|archipelago|atoll|Insel)\b/u],
  ['region', /\b(?:region|state|province|canton|county|district|department|territory|area|landscape|country|Region|Bundesland|Kanton|Provinz|Landschaft)\b/u],
  ['town', /\b(?:city|town|capital|village|municipality|Stadt|Hauptstadt|Dorf)\b/u],
];

const NAME_KINDS: ReadonlyArray<[PlaceKind, RegExp]> = [
  ['water', /\b(?:Lake|Sea|Bay|Gulf|Ocean|Strait)\b/u],
  ['mountain', /\b(?:Mountains|Mount|Alps|Range|Peak)\b/u],
  ['island', /\b(?:Island|Islands|Isle)\b/u],
];

const NOTE = /^\s*Note:\s*(.*)$/gmu;

function kindOf(name: string, notes: string[]): PlaceKind {
  const note = notes[0];
  if (note !== undefined) {
    let best: PlaceKind | null = null;
    let at = Infinity;
    for (const [kind, re] of NOTE_KINDS) {
      const m = re.exec(note);
      if (m && m.index < at) { best = kind; at = m.index; }
    }
    if (best) return best;
  }
  for (const [kind, re] of NAME_KINDS) if (re.test(name)) return kind;
  return 'place';
}

// An entry: headword line, first sense line, then the lines that start with a space (notes, synonyms).
const ENTRY = /^(\p{Lu}[\p{L}\p{M} .'’-]*?) \/[^\n]*\n([^\n]*)((?:\n[ \t][^\n]*)*)/gmu;
// The first sense: tags, then a capitalised English name.
const SENSE = /^\s*((?:\[[^\]\n]*\]\s*)*)(\p{Lu}[^\n]*)$/u;
// A first note that says what kind of place without the [geogr.] tag: "Saale" -> "Note: river".
const PLACE_NOTE = /^(?:(?:\p{Lu}\p{Ll}+ )?(?:river|city|town|capital|region|state|province|canton|island|lake|mountain|mountains|volcano|village)\b|[^;]*\b(?:in|of) (?:the )?\p{Lu})/u;

/**
 * Lower-case headword (words joined by one space) -> kind, from the unpacked dictionary text: entries whose
 * first sense is tagged [geogr.], or whose first note says what place it is ("Saale": "river", "Trient":
 * "city in Italy"), and translates to a capitalised English name. A headword listed twice keeps its first kind.
 */
export function freedictPlaces(dict: string): Map<string, PlaceKind> {
  const places = new Map<string, PlaceKind>();
  for (const m of dict.matchAll(ENTRY)) {
    const sense = SENSE.exec(m[2]!);
    if (!sense) continue;
    const notes = [...m[3]!.matchAll(NOTE)].map((n) => n[1]!);
    if (!sense[1]!.includes('[geogr.]') && !(notes[0] !== undefined && !sense[1] && PLACE_NOTE.test(notes[0]) && kindOf(sense[2]!, notes) !== 'place')) continue;
    const key = m[1]!.trim().toLowerCase().replace(/\s+/gu, ' ');
    if (key.length >= 2 && !places.has(key)) places.set(key, kindOf(sense[2]!, notes));
  }
  return places;
}
