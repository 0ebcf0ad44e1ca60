import type { DateLanguage } from '../date-language.ts';

const DAGEN = '(?:dag|dagen)';
const WEKEN = '(?:week|weken)';
const MAANDEN = '(?:maand|maanden)';
const JAREN = '(?:jaar|jaren)';

export const nl: DateLanguage = {
  months: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'],
    ['oktober'], ['november'], ['december']],
  monthAbbr: [['jan.'], ['feb.'], ['mrt.'], ['apr.'], [], ['jun.'], ['jul.'], ['aug.'], ['sep.', 'sept.'], ['okt.'], ['nov.'], ['dec.']],
  weekdays: [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
  weekdaySuffixRe: '(?:avond|ochtend|middag|morgen|nacht)?',
  lowerCase: true,
  dayPrep: ['op', 'vanaf', 'tot', 'tot en met', 'sinds', 'uiterlijk', 'voor'],
  monthPrep: ['in', 'sinds', 'tot', 'vanaf', 'begin', 'half', 'medio', 'eind', 'eind van', 'in de maand'],
  yearPrep: ['in', 'sinds', 'tot', 'vanaf', 'in het jaar', 'voor', 'na', 'begin', 'eind', 'medio', 'tegen'],
  weekdayPrep: ['op', 'sinds', 'tot', 'vanaf'],
  articles: [],
  ordinalRe: '(?:e|ste|de)?',
  dayMonthRe: '\\s+',
  monthYearRe: '\\s+',
  past: { pre: ['afgelopen', 'vorige', 'jongstleden'], post: ['jongstleden', 'jl.'] },
  next: { pre: ['volgende', 'komende', 'aanstaande'], post: ['aanstaande', 'a.s.'] },
  relatives: [
    { re: 'vandaag', unit: 'day', offset: 0, report: true },
    { re: 'gisteren', unit: 'day', offset: -1 },
    { re: 'eergisteren', unit: 'day', offset: -2 },
    { re: 'morgen', unit: 'day', offset: 1, notAfterRe: "(?:de|deze|die|elke|van|'s)" },
    { re: 'overmorgen', unit: 'day', offset: 2 },
    { re: 'vanochtend|vanmorgen|vanmiddag|vanavond|vannacht', unit: 'day', offset: 0, report: true },
    { re: `{n} ${DAGEN} geleden`, unit: 'day', offset: -1 },
    { re: `{n} ${WEKEN} geleden`, unit: 'week', offset: -1 },
    { re: `{n} ${MAANDEN} geleden`, unit: 'month', offset: -1 },
    { re: `{n} ${JAREN} geleden`, unit: 'year', offset: -1 },
    { re: `over {n} ${DAGEN}`, unit: 'day', offset: 1 },
    { re: `de dag (?:ervoor|daarvoor)|de vorige dag|{n} ${DAGEN} (?:eerder|daarvoor)`, unit: 'day', offset: -1, previous: true },
    { re: `de dag (?:erna|daarna)|de volgende dag|{n} ${DAGEN} later`, unit: 'day', offset: 1, previous: true },
    { re: '(?:vorige|afgelopen|verleden) week', unit: 'week', offset: -1 },
    { re: 'deze week', unit: 'week', offset: 0 },
    { re: '(?:volgende|komende) week', unit: 'week', offset: 1 },
    { re: '(?:vorige|afgelopen) maand', unit: 'month', offset: -1 },
    { re: 'deze maand', unit: 'month', offset: 0 },
    { re: '(?:volgende|komende) maand', unit: 'month', offset: 1 },
    { re: '(?:vorig|afgelopen|verleden) jaar', unit: 'year', offset: -1 },
    { re: 'dit jaar', unit: 'year', offset: 0 },
    { re: '(?:volgend|komend) jaar', unit: 'year', offset: 1 },
  ],
  reportCues: ['bijgewerkt op', 'gepubliceerd op', 'bijgewerkt', 'gepubliceerd'],
  quantifiers: ['ongeveer', 'bijna', 'ruim', 'meer dan', 'minder dan', "zo'n", 'circa', 'tot', 'minstens', 'zeker'],
};
