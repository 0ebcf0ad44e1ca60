import type { DateLanguage } from '../date-language.ts';

const TAG = '(?:tag|tage|tagen)';
const WOCHE = '(?:woche|wochen)';
const MONAT = '(?:monat|monate|monaten)';
const JAHR = '(?:jahr|jahre|jahren)';
const BEFORE = '(?:zuvor|davor|vorher|früher)';
const AFTER = '(?:später|danach|darauf)';
const LAST = '(?:vergangenen|letzten|vorigen)';
const NEXT = '(?:nächsten|kommenden)';

export const de: DateLanguage = {
  months: [['januar', 'jänner'], ['februar', 'feber'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'],
    ['september'], ['oktober'], ['november'], ['dezember']],
  monthAbbr: [['jan.'], ['feb.', 'febr.'], ['mär.', 'mrz.'], ['apr.'], [], ['jun.'], ['jul.'], ['aug.'], ['sept.', 'sep.'],
    ['okt.'], ['nov.'], ['dez.']],
  weekdays: [['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend']],
  weekdaySuffixRe: '(?:abend|morgen|vormittag|nachmittag|mittag|nacht)?',
  lowerCase: false,
  dayPrep: ['am', 'vom', 'zum', 'bis zum', 'seit dem', 'ab dem', 'seit', 'bis', 'ab'],
  monthPrep: ['im', 'seit', 'bis', 'ab', 'anfang', 'mitte', 'ende', 'seit anfang', 'seit ende', 'bis anfang', 'bis ende', 'bis mitte'],
  yearPrep: ['im jahr', 'im jahre', 'seit dem jahr', 'bis zum jahr', 'seit', 'bis', 'ab', 'von', 'anfang', 'mitte', 'ende', 'vor', 'nach', 'in', 'für', 'um'],
  weekdayPrep: ['am', 'seit', 'bis', 'ab', 'vom'],
  articles: ['den', 'dem'],
  ordinalRe: '\\.?',
  dayMonthRe: '\\s*',
  monthYearRe: '\\s+',
  past: { pre: ['vergangenen', 'letzten', 'vorigen'], post: [] },
  next: { pre: ['kommenden', 'nächsten'], post: [] },
  relatives: [
    { re: 'heute', unit: 'day', offset: 0, report: true },
    { re: 'gestern', unit: 'day', offset: -1 },
    { re: 'vorgestern', unit: 'day', offset: -2 },
    { re: 'morgen', unit: 'day', offset: 1, cs: true },
    { re: 'übermorgen', unit: 'day', offset: 2 },
    { re: `vor {n} ${TAG}`, unit: 'day', offset: -1 },
    { re: `vor {n} ${WOCHE}`, unit: 'week', offset: -1 },
    { re: `vor {n} ${MONAT}`, unit: 'month', offset: -1 },
    { re: `vor {n} ${JAHR}`, unit: 'year', offset: -1 },
    { re: `in {n} ${TAG}`, unit: 'day', offset: 1 },
    { re: `in {n} ${WOCHE}`, unit: 'week', offset: 1 },
    { re: `{n} ${TAG} ${BEFORE}`, unit: 'day', offset: -1, previous: true },
    { re: `{n} ${TAG} ${AFTER}`, unit: 'day', offset: 1, previous: true },
    { re: `{n} ${WOCHE} ${BEFORE}`, unit: 'week', offset: -1, previous: true },
    { re: `{n} ${WOCHE} ${AFTER}`, unit: 'week', offset: 1, previous: true },
    { re: `tags ${BEFORE}|am vortag`, unit: 'day', offset: -1, previous: true },
    { re: 'tags darauf|am folgetag|am (?:nächsten|folgenden) tag', unit: 'day', offset: 1, previous: true },
    { re: 'diese woche|in dieser woche', unit: 'week', offset: 0 },
    { re: `(?:in der )?${LAST} woche|(?:vergangene|letzte|vorige) woche`, unit: 'week', offset: -1 },
    { re: `(?:in der )?${NEXT} woche|(?:nächste|kommende) woche`, unit: 'week', offset: 1 },
    { re: 'diesen monat|in diesem monat', unit: 'month', offset: 0 },
    { re: `(?:im )?${LAST} monat`, unit: 'month', offset: -1 },
    { re: `(?:im )?${NEXT} monat`, unit: 'month', offset: 1 },
    { re: 'dieses jahr|in diesem jahr', unit: 'year', offset: 0 },
    { re: `(?:im )?${LAST} jahr|(?:vergangenes|letztes|voriges) jahr|im vorjahr`, unit: 'year', offset: -1 },
    { re: `(?:im )?${NEXT} jahr|(?:nächstes|kommendes) jahr`, unit: 'year', offset: 1 },
  ],
  reportCues: ['stand', 'aktualisiert', 'aktualisiert am', 'veröffentlicht', 'veröffentlicht am', 'erschienen am'],
  quantifiers: ['rund', 'etwa', 'ca.', 'circa', 'knapp', 'fast', 'über', 'mehr als', 'weniger als', 'bis zu', 'mindestens',
    'höchstens', 'ungefähr', 'annähernd', 'nahezu', 'gut', 'insgesamt'],
};
