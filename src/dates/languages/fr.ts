import type { DateLanguage } from '../date-language.ts';

const JOURS = '(?:jour|jours)';
const SEMAINES = '(?:semaine|semaines)';
const ANS = '(?:an|ans|année|années)';

export const fr: DateLanguage = {
  months: [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'],
    ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
  monthAbbr: [['janv.'], ['févr.', 'fév.'], [], ['avr.'], [], [], ['juil.'], [], ['sept.'], ['oct.'], ['nov.'], ['déc.']],
  weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  lowerCase: true,
  dayPrep: ['le', 'du', 'au', 'depuis le', "jusqu'au", 'dès le', 'avant le', 'après le', "d'ici le"],
  monthPrep: ['en', 'depuis', "jusqu'en", 'début', 'mi-', 'fin', 'courant', 'dès', 'au mois de', 'en début de', 'en fin de', 'à la fin de'],
  yearPrep: ['en', 'depuis', "jusqu'en", "d'ici", "d'ici à", 'avant', 'après', "l'an", "l'année", 'dès', 'à partir de', 'fin', 'début'],
  weekdayPrep: ['ce', 'depuis', 'dès', "jusqu'à"],
  articles: ['le'],
  ordinalRe: '(?:er|e|ème)?',
  dayMonthRe: '\\s+',
  monthYearRe: '\\s+',
  past: { pre: [], post: ['dernier'] },
  next: { pre: [], post: ['prochain'] },
  relatives: [
    { re: "aujourd['’]hui", unit: 'day', offset: 0, report: true },
    { re: 'hier', unit: 'day', offset: -1 },
    { re: 'avant-hier', unit: 'day', offset: -2 },
    { re: 'demain', unit: 'day', offset: 1 },
    { re: 'après-demain', unit: 'day', offset: 2 },
    { re: 'ce matin|ce soir|cet après-midi', unit: 'day', offset: 0, report: true },
    { re: `il y a {n} ${JOURS}`, unit: 'day', offset: -1 },
    { re: `il y a {n} ${SEMAINES}`, unit: 'week', offset: -1 },
    { re: 'il y a {n} mois', unit: 'month', offset: -1 },
    { re: `il y a {n} ${ANS}`, unit: 'year', offset: -1 },
    { re: `dans {n} ${JOURS}`, unit: 'day', offset: 1 },
    { re: `la veille|{n} ${JOURS} (?:plus tôt|auparavant)`, unit: 'day', offset: -1, previous: true },
    { re: `le lendemain|{n} ${JOURS} plus tard`, unit: 'day', offset: 1, previous: true },
    { re: 'la semaine (?:dernière|passée)', unit: 'week', offset: -1 },
    { re: 'cette semaine', unit: 'week', offset: 0 },
    { re: 'la semaine prochaine', unit: 'week', offset: 1 },
    { re: 'le mois (?:dernier|passé)', unit: 'month', offset: -1 },
    { re: 'ce mois-ci', unit: 'month', offset: 0 },
    { re: 'le mois prochain', unit: 'month', offset: 1 },
    { re: "l['’](?:an|année) (?:dernier|dernière|passé|passée)", unit: 'year', offset: -1 },
    { re: 'cette année', unit: 'year', offset: 0 },
    { re: "l['’](?:an|année) (?:prochain|prochaine)", unit: 'year', offset: 1 },
  ],
  reportCues: ['mis à jour le', 'mise à jour le', 'publié le', 'mis à jour'],
  quantifiers: ['environ', 'près de', 'plus de', 'moins de', 'quelque', 'presque', 'au moins', "jusqu'à", 'autour de', 'quelques'],
};
