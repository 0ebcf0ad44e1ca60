import { NUMERIC_ONLY, type DateLanguage } from './date-language.ts';
import { de } from './languages/de.ts';
import { en } from './languages/en.ts';
import { es } from './languages/es.ts';
import { fr } from './languages/fr.ts';
import { it } from './languages/it.ts';
import { nl } from './languages/nl.ts';
import { pl } from './languages/pl.ts';
import { pt } from './languages/pt.ts';

const LANGUAGES: Record<string, DateLanguage> = { de, en, es, fr, it, nl, pl, pt };

/** The date words of a language (BCP 47 primary subtag); other languages get numeric dates only. */
export function dateLanguage(lang: string): DateLanguage {
  return LANGUAGES[lang.split('-')[0]!.toLowerCase()] ?? NUMERIC_ONLY;
}
