/**
 * What kind of thing a German noun names, read from the head of its English translation in FreeDict:
 * "Fluggesellschaft" -> "airline company", "Architektenbüro" -> "firm of architects", an organisation;
 * "Stausee" -> "reservoir", "Kloster" -> "monastery", a place; "Sohn" -> "son", a person. Written before a name ("die Reederei Maersk",
 * "das Kloster Grafschaft"), such a noun tells the name's kind, for compounds no hand list holds.
 */

export type NounKind = 'ORG' | 'LOC';

const ORG_HEADS = new Set(`
company companies firm firms corporation corporations group concern manufacturer manufacturers maker makers producer
publisher publishers bank banks association associations society societies union unions club clubs party parties band
bands team teams channel broadcaster newspaper newspapers magazine magazines agency agencies institute institutes school
schools university universities academy label brand operator operators provider providers airline airlines carrier
brewery winery dealer dealers retailer retailers chain insurer insurers federation league orchestra ensemble choir
foundation organization organisation organizations organisations ministry authority authorities council committee
commission court tribunal government army navy police cooperative enterprise enterprises business businesses
`.trim().split(/\s+/));

const LOC_HEADS = new Set(`
town towns city cities village villages hamlet river rivers mountain mountains region regions district districts island
islands lake lakes valley valleys castle castles palace monastery abbey convent church cathedral chapel street streets
road square hill hills forest woods bay harbour harbor port municipality country countries state province county quarter
suburb resort reservoir peninsula range stream brook spring fountain canal pass plateau plain coast gulf sea ocean
landscape area territory capital metropolis borough parish settlement estate manor fortress fort tower bridge park
garden station airport stadium arena square
`.trim().split(/\s+/));

// Persons by kinship and standing, which take no -in form in German ("Sohn", "Mutter", "Onkel", "Witwe"), and the
// nouns a surname follows as such ("die Familie Boim", "die Person Bauwens").
const PER_HEADS = new Set(`
man woman son daughter mother father brother sister wife husband uncle aunt nephew niece cousin grandson granddaughter
grandmother grandfather widow widower friend girlfriend boyfriend child baby boy girl king queen prince princess
family person couple
`.trim().split(/\s+/));

/** Does the translation name a person by kinship or standing ("son", "widow", "king")? */
export function personTranslation(translation: string): boolean {
  return translation.replace(/\[[^\]]*\]|<[^>]*>|\([^)]*\)/gu, ' ').split(/[,;]/u)
    .some((alt) => PER_HEADS.has(alt.trim().toLowerCase().split(/[^a-z']+/u).filter((w) => w !== '').at(-1) ?? ''));
}

/** The kinds the translation's alternatives name by their last English word: none, one, or both. */
export function translationKind(translation: string): NounKind | 'ORG+LOC' | null {
  let org = false;
  let loc = false;
  for (const alt of translation.replace(/\[[^\]]*\]|<[^>]*>|\([^)]*\)/gu, ' ').split(/[,;]/u)) {
    const words = alt.trim().toLowerCase().split(/[^a-z']+/u).filter((w) => w !== '');
    const head = words.at(-1);
    if (!head) continue;
    if (ORG_HEADS.has(head)) org = true;
    if (LOC_HEADS.has(head)) loc = true;
  }
  return org && loc ? 'ORG+LOC' : org ? 'ORG' : loc ? 'LOC' : null;
}
