import { Lexicon, type LexiconEntry } from './lexicon.ts';
import { escapeRe } from './number-words.ts';

/** A currency as matched: its ISO 4217 code, and whether the form is a currency only after a multiplier. */
export interface CurrencyForm {
  code: string;
  /** "pounds" is money in "5 billion pounds" but a weight in "5 pounds"; such forms need a multiplier. */
  afterMultiplier?: true;
}

interface CurrencyDef {
  code: string;
  /** Case-sensitive signs written before or after the number ("$5", "5 €"). */
  signs?: string[];
  words: Record<string, string[]>;
  /** Words that are money only after a multiplier. */
  weak?: Record<string, string[]>;
}

// "Dollar" without a country is read as the US dollar and "¥" as the yen: the commonest senses in news.
const DEFS: CurrencyDef[] = [
  { code: 'EUR', signs: ['€', 'EUR'], words: {
    de: ['euro', 'euros'], en: ['euros', 'euro'], it: ['euro'], fr: ['euros', 'euro'], es: ['euros', 'euro'],
    pt: ['euros', 'euro'], nl: ['euro', "euro's"], pl: ['euro'] } },
  { code: 'USD', signs: ['US$', 'US-$', 'U.S.$', '$', 'USD'], words: {
    de: ['us-dollar', 'us-dollars', 'dollar'], en: ['us dollars', 'u.s. dollars', 'dollars', 'dollar'],
    it: ['dollari statunitensi', 'dollari americani', 'dollari usa', 'dollari', 'dollaro'],
    fr: ['dollars américains', 'dollars us', 'dollars', 'dollar'], es: ['dólares estadounidenses', 'dólares', 'dólar'],
    pt: ['dólares americanos', 'dólares norte-americanos', 'dólares', 'dólar'], nl: ['amerikaanse dollar', 'dollars', 'dollar'],
    pl: ['dolarów', 'dolary', 'dolar', 'dolara'] } },
  { code: 'GBP', signs: ['£', 'GBP'], words: {
    de: ['pfund sterling', 'britische pfund', 'pfund'], en: ['pounds sterling', 'pound sterling'], it: ['sterline', 'sterlina', 'lire sterline'],
    fr: ['livres sterling', 'livre sterling'], es: ['libras esterlinas', 'libra esterlina'], pt: ['libras esterlinas', 'libra esterlina'],
    nl: ['pond sterling', 'britse pond'], pl: ['funtów szterlingów', 'funtów', 'funty', 'funt'] },
    weak: { en: ['pounds'], fr: ['livres'], es: ['libras'], pt: ['libras'], nl: ['pond'] } },
  { code: 'JPY', signs: ['¥', 'JPY'], words: {
    de: ['yen'], en: ['yen'], it: ['yen'], fr: ['yens', 'yen'], es: ['yenes', 'yen'], pt: ['ienes', 'iene'], nl: ['yen'], pl: ['jenów', 'jeny', 'jen'] } },
  { code: 'CNY', signs: ['CNY', 'RMB'], words: {
    de: ['yuan', 'renminbi'], en: ['yuan', 'renminbi'], it: ['yuan', 'renminbi'], fr: ['yuans', 'yuan'], es: ['yuanes', 'yuan'],
    pt: ['iuanes', 'yuans', 'yuan'], nl: ['yuan'], pl: ['juanów', 'juany', 'juan'] } },
  { code: 'CHF', signs: ['CHF', 'Fr.', 'SFr.'], words: {
    de: ['schweizer franken', 'franken'], en: ['swiss francs', 'francs'], it: ['franchi svizzeri', 'franchi'], fr: ['francs suisses', 'francs'],
    es: ['francos suizos', 'francos'], pt: ['francos suíços', 'francos'], nl: ['zwitserse frank', 'frank'], pl: ['franków szwajcarskich', 'franków'] } },
  { code: 'RUB', signs: ['₽', 'RUB'], words: {
    de: ['rubel'], en: ['roubles', 'rubles'], it: ['rubli'], fr: ['roubles'], es: ['rublos'], pt: ['rublos'], nl: ['roebel'], pl: ['rubli', 'ruble'] } },
  { code: 'INR', signs: ['₹', 'INR', 'Rs.'], words: {
    de: ['rupien'], en: ['rupees'], it: ['rupie'], fr: ['roupies'], es: ['rupias'], pt: ['rupias'], nl: ["roepies"], pl: ['rupii'] } },
  { code: 'KRW', signs: ['₩', 'KRW'], words: { de: ['won'], en: ['won'], it: ['won'], fr: ['wons'], es: ['wones'], pt: ['wons'], nl: ['won'], pl: ['wonów'] } },
  { code: 'PLN', signs: ['zł', 'PLN'], words: {
    de: ['złoty', 'zloty'], en: ['zlotys', 'zloty'], it: ['zloty'], fr: ['zlotys', 'zloty'], es: ['zlotys', 'esloti'], pt: ['zlótis', 'zlotys'],
    nl: ['zloty'], pl: ['złotych', 'złote', 'złoty'] } },
  { code: 'UAH', signs: ['₴', 'UAH'], words: {
    de: ['hrywnja', 'griwna'], en: ['hryvnias', 'hryvnia'], it: ['grivne'], fr: ['hryvnias'], es: ['grivnas'], pt: ['grívnias'], nl: ['hryvnia'], pl: ['hrywien', 'hrywny'] } },
  { code: 'TRY', signs: ['₺', 'TRY'], words: { de: ['türkische lira'], en: ['turkish lira'], it: ['lire turche'], fr: ['livres turques'], es: ['liras turcas'], pt: ['liras turcas'], nl: ['turkse lira'], pl: ['lir tureckich'] } },
  { code: 'BRL', signs: ['R$', 'BRL'], words: { de: ['real'], en: ['reais'], it: ['real'], fr: ['réais'], es: ['reales'], pt: ['reais'], nl: ['real'], pl: ['reali'] } },
  { code: 'CAD', signs: ['C$', 'CA$', 'CAD'], words: { en: ['canadian dollars'], de: ['kanadische dollar'], fr: ['dollars canadiens'] } },
  { code: 'AUD', signs: ['A$', 'AU$', 'AUD'], words: { en: ['australian dollars'], de: ['australische dollar'], fr: ['dollars australiens'] } },
  { code: 'HKD', signs: ['HK$', 'HKD'], words: {} },
  { code: 'SEK', signs: ['SEK'], words: { en: ['swedish kronor'], de: ['schwedische kronen'] } },
  { code: 'NOK', signs: ['NOK'], words: { en: ['norwegian kroner'], de: ['norwegische kronen'] } },
  { code: 'DKK', signs: ['DKK'], words: { en: ['danish kroner'], de: ['dänische kronen'] } },
  { code: 'CZK', signs: ['CZK', 'Kč'], words: { en: ['czech koruna'], de: ['tschechische kronen'] } },
];

const cache = new Map<string, Lexicon<CurrencyForm>>();

/** Currency signs, codes and words after a number ("5 €", "5 Mrd. US-Dollar", "2 miliardi di dollari"). */
export function currencyLexicon(lang: string): Lexicon<CurrencyForm> {
  let lex = cache.get(lang);
  if (lex) return lex;
  const entries: Array<LexiconEntry<CurrencyForm>> = [];
  for (const d of DEFS) {
    for (const s of d.signs ?? []) entries.push({ form: s, value: { code: d.code }, cs: true });
    for (const w of d.words[lang] ?? d.words['en'] ?? []) entries.push({ form: w, value: { code: d.code } });
    for (const w of d.weak?.[lang] ?? []) entries.push({ form: w, value: { code: d.code, afterMultiplier: true } });
  }
  lex = new Lexicon(entries);
  cache.set(lang, lex);
  return lex;
}

const signs = new Map<string, string>();
for (const d of DEFS) for (const s of d.signs ?? []) signs.set(s, d.code);

/** A currency sign or code written right before a number ("$1.2bn", "€ 5", "US$ 3", "EUR 5"), ending at `text.length`. */
export const CURRENCY_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...signs.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})[\\s\\u00a0\\u202f]?$`, 'u');

/** The ISO code of a sign or code, or null. */
export function currencyOfSign(sign: string): string | null {
  return signs.get(sign) ?? null;
}
