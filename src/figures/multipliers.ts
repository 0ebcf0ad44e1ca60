import { Lexicon, type LexiconEntry } from './lexicon.ts';

/** A word or abbreviation that scales the number before it ("Milliarden", "Mrd.", "bn", "mila"). */
export interface Multiplier {
  factor: number;
  /** "m", "k", "M" scale only money: "$5m" is five million, "5 m" five metres. */
  moneyOnly?: true;
}

const K = 1e3, M = 1e6, G = 1e9, T = 1e12;

/** Words, matched ignoring case. Long scales: German "Billion", French "billion" and Spanish "billón" are 10^12. */
const WORDS: Record<string, Array<[string[], number]>> = {
  de: [[['tausend'], K], [['million', 'millionen'], M], [['milliarde', 'milliarden'], G], [['billion', 'billionen'], T]],
  en: [[['thousand'], K], [['million', 'millions'], M], [['billion', 'billions'], G], [['trillion', 'trillions'], T]],
  it: [[['mila'], K], [['milione', 'milioni'], M], [['miliardo', 'miliardi'], G], [['mila miliardi'], T]],
  fr: [[['mille'], K], [['million', 'millions'], M], [['milliard', 'milliards'], G], [['billion', 'billions'], T]],
  es: [[['mil'], K], [['millón', 'millones'], M], [['mil millones', 'millardo', 'millardos'], G], [['billón', 'billones'], T]],
  pt: [[['mil'], K], [['milhão', 'milhões', 'milhao', 'milhoes'], M], [['mil milhões', 'bilhão', 'bilhões'], G], [['bilião', 'biliões'], T]],
  nl: [[['duizend'], K], [['miljoen', 'miljoenen'], M], [['miljard', 'miljarden'], G], [['biljoen'], T]],
  pl: [[['tysiąc', 'tysiące', 'tysięcy'], K], [['milion', 'miliony', 'milionów', 'miliona'], M],
    [['miliard', 'miliardy', 'miliardów', 'miliarda'], G], [['bilion', 'biliony', 'bilionów'], T]],
};

/** Abbreviations, matched case-sensitively. */
const ABBREVIATIONS: Record<string, Array<[string[], number, boolean?]>> = {
  de: [[['Tsd.', 'Tsd'], K], [['Mio.', 'Mio'], M], [['Mrd.', 'Mrd'], G], [['Bio.'], T]],
  en: [[['k', 'K'], K, true], [['m', 'M'], M, true], [['mn', 'mln', 'MN'], M], [['bn', 'BN'], G], [['b'], G, true], [['tn', 'trn'], T]],
  it: [[['mln', 'mln.'], M], [['mld', 'mld.', 'mrd'], G]],
  fr: [[['k'], K, true], [['M'], M, true], [['Md', 'Mds', 'Mrd', 'mrd'], G]],
  es: [[['M'], M, true], [['mill.'], M], [['mm'], G, true]],
  pt: [[['mi'], M, true], [['bi'], G, true]],
  nl: [[['mln', 'mln.'], M], [['mld', 'mld.', 'mrd', 'mrd.'], G]],
  pl: [[['tys.', 'tys'], K], [['mln', 'mln.'], M], [['mld', 'mld.'], G], [['bln', 'bln.'], T]],
};

const cache = new Map<string, Lexicon<Multiplier>>();

export function multiplierLexicon(lang: string): Lexicon<Multiplier> {
  let lex = cache.get(lang);
  if (lex) return lex;
  const entries: Array<LexiconEntry<Multiplier>> = [];
  for (const [forms, factor] of WORDS[lang] ?? WORDS['en']!) for (const form of forms) entries.push({ form, value: { factor } });
  for (const [forms, factor, moneyOnly] of ABBREVIATIONS[lang] ?? ABBREVIATIONS['en']!) {
    for (const form of forms) entries.push({ form, value: moneyOnly ? { factor, moneyOnly } : { factor }, cs: true });
  }
  lex = new Lexicon(entries);
  cache.set(lang, lex);
  return lex;
}

/** The multiplier words of a language ("Million", "miliardi"), for "eine Milliarde", "a million". */
export function multiplierWords(lang: string): string[] {
  return (WORDS[lang] ?? WORDS['en']!).flatMap(([forms]) => forms);
}
