import type { DateLanguage } from '../date-language.ts';

const DIAS = '(?:día|días|dia|dias)';
const SEMANAS = '(?:semana|semanas)';
const MESES = '(?:mes|meses)';
const ANOS = '(?:año|años)';

export const es: DateLanguage = {
  months: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'],
    ['octubre'], ['noviembre'], ['diciembre']],
  monthAbbr: [['ene.'], ['feb.'], ['mar.'], ['abr.'], ['may.'], ['jun.'], ['jul.'], ['ago.'], ['sept.', 'sep.'], ['oct.'], ['nov.'], ['dic.']],
  weekdays: [['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado']],
  lowerCase: true,
  dayPrep: ['el', 'del', 'al', 'desde el', 'hasta el', 'a partir del', 'antes del', 'después del'],
  monthPrep: ['en', 'desde', 'hasta', 'a principios de', 'a mediados de', 'a finales de', 'a fines de', 'principios de',
    'mediados de', 'finales de', 'en el mes de', 'durante'],
  yearPrep: ['en', 'desde', 'hasta', 'en el año', 'el año', 'para', 'antes de', 'después de', 'a partir de',
    'a finales de', 'a principios de', 'a mediados de'],
  weekdayPrep: ['el', 'este', 'desde el', 'hasta el'],
  articles: ['el'],
  ordinalRe: '(?:º|°)?',
  dayMonthRe: '\\s+(?:de\\s+)?',
  monthYearRe: '\\s+(?:del?\\s+)?',
  past: { pre: ['pasado'], post: ['pasado'] },
  next: { pre: ['próximo', 'proximo'], post: ['próximo', 'que viene'] },
  relatives: [
    { re: 'hoy', unit: 'day', offset: 0, report: true },
    { re: 'ayer', unit: 'day', offset: -1 },
    { re: 'anteayer|antes de ayer|antier', unit: 'day', offset: -2 },
    { re: 'mañana', unit: 'day', offset: 1, notAfterRe: '(?:la|esta|una|cada|misma|de)' },
    { re: 'pasado mañana', unit: 'day', offset: 2 },
    { re: 'esta (?:mañana|tarde|noche)', unit: 'day', offset: 0, report: true },
    { re: `hace {n} ${DIAS}`, unit: 'day', offset: -1 },
    { re: `hace {n} ${SEMANAS}`, unit: 'week', offset: -1 },
    { re: `hace {n} ${MESES}`, unit: 'month', offset: -1 },
    { re: `hace {n} ${ANOS}`, unit: 'year', offset: -1 },
    { re: `dentro de {n} ${DIAS}`, unit: 'day', offset: 1 },
    { re: `el día anterior|la víspera|{n} ${DIAS} antes`, unit: 'day', offset: -1, previous: true },
    { re: `(?:al|el) día siguiente|{n} ${DIAS} (?:después|más tarde)`, unit: 'day', offset: 1, previous: true },
    { re: 'la semana pasada', unit: 'week', offset: -1 },
    { re: 'esta semana', unit: 'week', offset: 0 },
    { re: 'la (?:próxima semana|semana que viene|semana próxima)', unit: 'week', offset: 1 },
    { re: 'el mes pasado', unit: 'month', offset: -1 },
    { re: 'este mes', unit: 'month', offset: 0 },
    { re: 'el (?:próximo mes|mes que viene|mes próximo)', unit: 'month', offset: 1 },
    { re: 'el (?:año pasado|pasado año)', unit: 'year', offset: -1 },
    { re: 'este año', unit: 'year', offset: 0 },
    { re: 'el (?:próximo año|año que viene|año próximo)', unit: 'year', offset: 1 },
  ],
  reportCues: ['actualizado el', 'actualizado', 'publicado el', 'publicado'],
  quantifiers: ['unos', 'unas', 'cerca de', 'casi', 'más de', 'menos de', 'alrededor de', 'hasta', 'al menos', 'aproximadamente'],
};
