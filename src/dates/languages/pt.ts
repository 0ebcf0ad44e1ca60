import type { DateLanguage } from '../date-language.ts';

const DIAS = '(?:dia|dias)';
const SEMANAS = '(?:semana|semanas)';
const MESES = '(?:mês|meses)';
const ANOS = '(?:ano|anos)';

export const pt: DateLanguage = {
  months: [['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'],
    ['outubro'], ['novembro'], ['dezembro']],
  monthAbbr: [['jan.'], ['fev.'], ['mar.'], ['abr.'], ['mai.'], ['jun.'], ['jul.'], ['ago.'], ['set.'], ['out.'], ['nov.'], ['dez.']],
  weekdays: [['domingo'], ['segunda-feira'], ['terça-feira', 'terca-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'],
    ['sábado', 'sabado']],
  lowerCase: true,
  dayPrep: ['em', 'no dia', 'desde', 'até', 'desde o', 'até o', 'até ao', 'a partir de', 'a'],
  monthPrep: ['em', 'desde', 'até', 'no início de', 'em meados de', 'no fim de', 'no final de', 'no mês de', 'início de', 'meados de', 'final de', 'fim de'],
  yearPrep: ['em', 'desde', 'até', 'no ano de', 'ano', 'para', 'antes de', 'depois de', 'a partir de', 'no início de', 'no final de', 'no fim de', 'em meados de'],
  weekdayPrep: ['na', 'no', 'nesta', 'neste', 'desde', 'até'],
  articles: [],
  ordinalRe: '(?:º|°)?',
  dayMonthRe: '\\s+(?:de\\s+)?',
  monthYearRe: '\\s+(?:de\\s+)?',
  past: { pre: ['última', 'último', 'passada', 'passado'], post: ['passada', 'passado'] },
  next: { pre: ['próxima', 'próximo'], post: ['que vem'] },
  relatives: [
    { re: 'hoje', unit: 'day', offset: 0, report: true },
    { re: 'ontem', unit: 'day', offset: -1 },
    { re: 'anteontem', unit: 'day', offset: -2 },
    { re: 'amanhã', unit: 'day', offset: 1 },
    { re: 'depois de amanhã', unit: 'day', offset: 2 },
    { re: 'esta (?:manhã|tarde|noite)', unit: 'day', offset: 0, report: true },
    { re: `há {n} ${DIAS}|{n} ${DIAS} atrás`, unit: 'day', offset: -1 },
    { re: `há {n} ${SEMANAS}|{n} ${SEMANAS} atrás`, unit: 'week', offset: -1 },
    { re: `há {n} ${MESES}|{n} ${MESES} atrás`, unit: 'month', offset: -1 },
    { re: `há {n} ${ANOS}|{n} ${ANOS} atrás`, unit: 'year', offset: -1 },
    { re: `daqui a {n} ${DIAS}`, unit: 'day', offset: 1 },
    { re: `na véspera|no dia anterior|{n} ${DIAS} antes`, unit: 'day', offset: -1, previous: true },
    { re: `no dia seguinte|{n} ${DIAS} (?:depois|mais tarde)`, unit: 'day', offset: 1, previous: true },
    { re: '(?:na )?semana passada', unit: 'week', offset: -1 },
    { re: '(?:nesta|esta) semana', unit: 'week', offset: 0 },
    { re: 'na (?:próxima semana|semana que vem)', unit: 'week', offset: 1 },
    { re: 'no mês passado', unit: 'month', offset: -1 },
    { re: '(?:neste|este) mês', unit: 'month', offset: 0 },
    { re: 'no (?:próximo mês|mês que vem)', unit: 'month', offset: 1 },
    { re: '(?:no|o) ano passado', unit: 'year', offset: -1 },
    { re: '(?:neste|este) ano', unit: 'year', offset: 0 },
    { re: 'no (?:próximo ano|ano que vem)', unit: 'year', offset: 1 },
  ],
  reportCues: ['atualizado em', 'actualizado em', 'publicado em', 'atualizado', 'publicado'],
  quantifiers: ['cerca de', 'quase', 'mais de', 'menos de', 'até', 'pelo menos', 'aproximadamente', 'uns', 'umas'],
};
