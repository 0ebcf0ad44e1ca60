import type { Measure } from './figure.ts';
import { Lexicon, type LexiconEntry } from './lexicon.ts';

/** A unit of measurement and how to reach SI from it. */
export interface UnitSpec {
  unit: string;
  measure: Measure;
  /** Factor to the SI base unit, and that unit; null where none applies (percent). */
  si: { factor: number; unit: string } | null;
}

interface UnitDef {
  spec: UnitSpec;
  /** Case-sensitive symbols, for every language unless `except` names it. */
  symbols?: string[];
  /** Languages in which a symbol is an ordinary word ("ha" = has in Italian). */
  except?: string[];
  /** Words per language, matched ignoring case. */
  words: Record<string, string[]>;
}

const u = (unit: string, measure: Measure, factor: number | null, base = ''): UnitSpec =>
  ({ unit, measure, si: factor === null ? null : { factor, unit: base } });

const LENGTH = (unit: string, factor: number) => u(unit, 'length', factor, 'm');
const MASS = (unit: string, factor: number) => u(unit, 'mass', factor, 'kg');
const AREA = (unit: string, factor: number) => u(unit, 'area', factor, 'm2');
const MILE = 1609.344;

const DEFS: UnitDef[] = [
  { spec: u('%', 'percent', null), symbols: ['%'], words: {
    de: ['prozent', 'vh'], en: ['percent', 'per cent', 'pct'], it: ['per cento', 'percento'], fr: ['pour cent', 'pour-cent'],
    es: ['por ciento'], pt: ['por cento'], nl: ['procent'], pl: ['procent', 'procenta', 'procentów', 'proc.'] } },
  { spec: u('pp', 'percent', null), words: {
    de: ['prozentpunkte', 'prozentpunkten', 'prozentpunkt'], en: ['percentage points', 'percentage point'],
    it: ['punti percentuali', 'punto percentuale'], fr: ['points de pourcentage', 'point de pourcentage'],
    es: ['puntos porcentuales', 'punto porcentual'], pt: ['pontos percentuais', 'ponto percentual'],
    nl: ['procentpunt', 'procentpunten'], pl: ['punkty procentowe', 'punktów procentowych', 'punktu procentowego'] } },
  { spec: LENGTH('km', 1000), symbols: ['km'], words: {
    de: ['kilometer', 'kilometern', 'kilometers'], en: ['kilometres', 'kilometers', 'kilometre', 'kilometer'],
    it: ['chilometri', 'chilometro'], fr: ['kilomètres', 'kilomètre'], es: ['kilómetros', 'kilómetro'],
    pt: ['quilómetros', 'quilômetros', 'quilómetro', 'quilômetro'], nl: ['kilometer', 'kilometers'],
    pl: ['kilometrów', 'kilometry', 'kilometr', 'kilometra', 'kilometrach'] } },
  { spec: LENGTH('m', 1), symbols: ['m'], words: {
    de: ['meter', 'metern', 'meters'], en: ['metres', 'meters', 'metre', 'meter'], it: ['metri', 'metro'],
    fr: ['mètres', 'mètre'], es: ['metros', 'metro'], pt: ['metros', 'metro'], nl: ['meter'], pl: ['metrów', 'metry', 'metr', 'metra'] } },
  { spec: LENGTH('cm', 0.01), symbols: ['cm'], words: {
    de: ['zentimeter'], en: ['centimetres', 'centimeters', 'centimetre', 'centimeter'], it: ['centimetri', 'centimetro'],
    fr: ['centimètres', 'centimètre'], es: ['centímetros'], pt: ['centímetros'], nl: ['centimeter'], pl: ['centymetrów', 'centymetry'] } },
  { spec: LENGTH('mm', 0.001), symbols: ['mm'], words: {
    de: ['millimeter'], en: ['millimetres', 'millimeters'], it: ['millimetri'], fr: ['millimètres'], es: ['milímetros'],
    pt: ['milímetros'], nl: ['millimeter'], pl: ['milimetrów', 'milimetry'] } },
  { spec: LENGTH('nmi', 1852), symbols: ['nmi'], words: {
    de: ['seemeilen', 'seemeile'], en: ['nautical miles', 'nautical mile'], it: ['miglia nautiche', 'miglio nautico'],
    fr: ['milles nautiques', 'mille nautique', 'milles marins'], es: ['millas náuticas', 'milla náutica'],
    pt: ['milhas náuticas', 'milha náutica'], nl: ['zeemijl', 'zeemijlen'], pl: ['mil morskich', 'mile morskie'] } },
  { spec: LENGTH('mi', MILE), symbols: ['mi'], except: ['it', 'fr', 'es', 'pt', 'pl'], words: {
    de: ['meilen', 'meile'], en: ['miles', 'mile'], it: ['miglia', 'miglio'], fr: ['milles'], es: ['millas', 'milla'],
    pt: ['milhas', 'milha'], nl: ['mijl'], pl: ['mil', 'mile', 'mili'] } },
  { spec: LENGTH('ft', 0.3048), symbols: ['ft'], words: {
    de: ['fuß'], en: ['feet', 'foot'], it: ['piedi'], fr: ['pieds'], es: ['pies'], pt: ['pés'], nl: ['voet'], pl: ['stóp'] } },
  { spec: LENGTH('yd', 0.9144), words: { de: ['yards'], en: ['yards', 'yard'], it: ['iarde'], fr: ['yards'], es: ['yardas'], pt: ['jardas'], nl: ['yard'], pl: ['jardów'] } },
  { spec: LENGTH('in', 0.0254), words: { de: ['zoll'], en: ['inches', 'inch'], it: ['pollici'], fr: ['pouces'], es: ['pulgadas'], pt: ['polegadas'], nl: ['inch'], pl: ['cali'] } },
  { spec: MASS('t', 1000), symbols: ['t'], words: {
    de: ['tonnen', 'tonne'], en: ['metric tons', 'tonnes', 'tonne', 'tons', 'ton'], it: ['tonnellate', 'tonnellata'],
    fr: ['tonnes', 'tonne'], es: ['toneladas', 'tonelada'], pt: ['toneladas', 'tonelada'], nl: ['ton', 'tonnen'], pl: ['ton', 'tony', 'tona'] } },
  { spec: MASS('kg', 1), symbols: ['kg'], words: {
    de: ['kilogramm', 'kilo'], en: ['kilograms', 'kilogrammes', 'kilogram', 'kilos', 'kilo'], it: ['chilogrammi', 'chili', 'chilo'],
    fr: ['kilogrammes', 'kilos', 'kilo'], es: ['kilogramos', 'kilos', 'kilo'], pt: ['quilogramas', 'quilos', 'quilo'],
    nl: ['kilogram', 'kilo'], pl: ['kilogramów', 'kilogramy', 'kilogram', 'kilo'] } },
  { spec: MASS('g', 0.001), symbols: ['g'], words: {
    de: ['gramm'], en: ['grams', 'grammes', 'gram'], it: ['grammi', 'grammo'], fr: ['grammes', 'gramme'], es: ['gramos'],
    pt: ['gramas'], nl: ['gram'], pl: ['gramów', 'gramy'] } },
  { spec: MASS('mg', 1e-6), symbols: ['mg'], words: { de: ['milligramm'], en: ['milligrams'], it: ['milligrammi'], fr: ['milligrammes'], es: ['miligramos'], pt: ['miligramas'], nl: ['milligram'], pl: ['miligramów'] } },
  { spec: MASS('lb', 0.45359237), symbols: ['lb', 'lbs'], except: ['de', 'it', 'fr', 'es', 'pt', 'nl', 'pl'], words: { en: ['pounds', 'pound'] } },
  { spec: MASS('oz', 0.028349523125), symbols: ['oz'], except: ['de', 'it', 'fr', 'es', 'pt', 'nl', 'pl'], words: { en: ['ounces', 'ounce'] } },
  { spec: AREA('km2', 1e6), symbols: ['km²', 'km2', 'qkm'], words: {
    de: ['quadratkilometer', 'quadratkilometern'], en: ['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq km'],
    it: ['chilometri quadrati', 'chilometro quadrato', 'kmq'], fr: ['kilomètres carrés', 'kilomètre carré'],
    es: ['kilómetros cuadrados', 'kilómetro cuadrado'], pt: ['quilómetros quadrados', 'quilômetros quadrados'],
    nl: ['vierkante kilometer'], pl: ['kilometrów kwadratowych', 'kilometry kwadratowe'] } },
  { spec: AREA('m2', 1), symbols: ['m²', 'm2', 'qm'], words: {
    de: ['quadratmeter', 'quadratmetern'], en: ['square metres', 'square meters', 'square metre', 'square meter', 'sq m'],
    it: ['metri quadrati', 'metro quadrato', 'mq'], fr: ['mètres carrés', 'mètre carré'], es: ['metros cuadrados', 'metro cuadrado'],
    pt: ['metros quadrados', 'metro quadrado'], nl: ['vierkante meter'], pl: ['metrów kwadratowych', 'metry kwadratowe'] } },
  { spec: AREA('mi2', MILE * MILE), words: {
    de: ['quadratmeilen'], en: ['square miles', 'square mile', 'sq mi'], it: ['miglia quadrate'], fr: ['milles carrés'],
    es: ['millas cuadradas'], pt: ['milhas quadradas'], nl: ['vierkante mijl'], pl: ['mil kwadratowych'] } },
  { spec: AREA('ha', 1e4), symbols: ['ha'], except: ['it', 'es', 'pt'], words: {
    de: ['hektar'], en: ['hectares', 'hectare'], it: ['ettari', 'ettaro'], fr: ['hectares', 'hectare'], es: ['hectáreas', 'hectárea'],
    pt: ['hectares', 'hectare'], nl: ['hectare'], pl: ['hektarów', 'hektary', 'hektar'] } },
  { spec: AREA('acre', 4046.8564224), words: { de: ['acres'], en: ['acres', 'acre'], it: ['acri'], fr: ['acres'], es: ['acres'], pt: ['acres'], nl: ['acres'], pl: ['akrów'] } },
];

const cache = new Map<string, Lexicon<UnitSpec>>();

/** Units of measurement (percent, length, mass, area) as written in a language, with the symbols every language shares. */
export function unitLexicon(lang: string): Lexicon<UnitSpec> {
  let lex = cache.get(lang);
  if (lex) return lex;
  const entries: Array<LexiconEntry<UnitSpec>> = [];
  for (const d of DEFS) {
    if (!d.except?.includes(lang)) for (const s of d.symbols ?? []) entries.push({ form: s, value: d.spec, cs: true });
    // Without a word list for the language, English words are the likeliest borrowing.
    for (const w of d.words[lang] ?? d.words['en'] ?? []) entries.push({ form: w, value: d.spec });
  }
  lex = new Lexicon(entries);
  cache.set(lang, lex);
  return lex;
}
