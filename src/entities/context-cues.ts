import type { EntityType } from './entity.ts';

/**
 * The word just before or just after an unknown name, as evidence of its kind. 'O' means the context
 * makes a name unlikely: titles of works, products, prizes ("un Tornado", "premio Strega").
 *
 * Italian: at development time we counted, on the KIND training sentences (not the dev or test ones), which
 * kind of name (or a capitalised non-name) each neighbouring word goes with, kept the words seen at least 20
 * times with 60% or more on one kind, and reviewed them by hand: only function words, verbs and time words
 * remain (no names, no topic words). German has no training data; its few entries are grammar: persons
 * take no article, towns follow "in"/"nach".
 */

type Cue = EntityType | 'O';

const table = (s: string): ReadonlyMap<string, Cue> =>
  new Map(s.trim().split(/\s+/).map((e) => { const [w, t] = e.split(':'); return [w!, t as Cue]; }));

const BEFORE: Record<string, ReadonlyMap<string, Cue>> = {
  it: table(`
    di:LOC a:LOC in:LOC nel:LOC nella:LOC negli:LOC nell:LOC sulla:LOC verso:LOC presso:LOC tra:LOC fra:LOC
    della:ORG la:ORG l:ORG alla:ORG dalla:ORG dall:ORG
    un:O the:O nuovo:O premio:O ex:O
    con:PER che:PER mentre:PER secondo:PER anche:PER cui:PER stesso:PER morto:PER ed:PER è:PER`),
};

const AFTER: Record<string, ReadonlyMap<string, Cue>> = {
  it: table(`
    era:PER fu:PER aveva:PER dove:LOC
    secolo:O dei:O della:O delle:O`),
};

// Nouns that name a kind of organisation, written before its name: "la società Trenord", "die Rockband Fold Zandura",
// "der Fluggesellschaft Air One". German compounds end in them ("Pop-Band", "Filmproduktion"), with case endings.
const ORG_CLASS: Record<string, RegExp> = {
  it: /^(?:società|agenzia|azienda|quotidiano|giornale|rivista|settimanale|emittente|compagnia|partito|movimento|associazione|organizzazione|catena|etichetta|canale|band|marchio|colosso|multinazionale|testata|sito|casa\s?editrice|editrice|banca|squadra\s?di\s?calcio)$/u,
  de: /(?:band|gruppe|gesellschaft|vereinigung|verein|sender|firma|konzern|hersteller|verlag|partei|klub|club|team|zeitung|magazin|zeitschrift|produktion|unternehmen|versicherer|label|agentur|organisation|ligist|ensemble|orchester|kette|marke|airline|provider|anbieter|betreiber|brauerei|werft|miliz|verbindung|bank|kasse)(?:s|es|n|en|e)?$/u,
};

/** Does this noun, just before a name, say the name is an organisation's? */
export function organisationClass(lang: string, noun: string): boolean {
  return ORG_CLASS[lang]?.test(noun) ?? false;
}

/** The kind the neighbours of an unknown name point to, 'O' for none, or null when they say nothing. */
export function contextCue(lang: string, before: string, after: string): Cue | null {
  return BEFORE[lang]?.get(before) ?? AFTER[lang]?.get(after) ?? null;
}
