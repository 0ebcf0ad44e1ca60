import { createRequire } from 'node:module';
import { lookupName } from './gazetteer.ts';

const require = createRequire(import.meta.url);
// gender-detection-from-name ships first-name lists (en, de, it, es, fr, tr) as Maps name -> gender.
const LISTS = ['de', 'it', 'es', 'fr', 'en', 'tr'];
let names: Set<string> | null = null;

/**
 * Given names, lower-case: a strong cue that the capitalised word after one is a surname. Forms that are
 * also places in our gazetteer ("Paris", "China", "Berlin" are all in the English list) are left out.
 */
export function firstNames(): ReadonlySet<string> {
  if (names) return names;
  names = new Set();
  for (const lang of LISTS) {
    const list = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of list.keys()) {
      if (name.length >= 3 && !/[\s.]/.test(name) && !lookupName(name)) names.add(name.normalize('NFC'));
    }
  }
  return names;
}
