import type { DateLanguage } from '../date-language.ts';

const GIORNI = '(?:giorno|giorni)';
const SETTIMANE = '(?:settimana|settimane)';
const MESI = '(?:mese|mesi)';
const ANNI = '(?:anno|anni)';

export const it: DateLanguage = {
  months: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'],
    ['ottobre'], ['novembre'], ['dicembre']],
  monthAbbr: [['gen.'], ['feb.'], ['mar.'], ['apr.'], ['mag.'], ['giu.'], ['lug.'], ['ago.'], ['set.', 'sett.'], ['ott.'], ['nov.'], ['dic.']],
  weekdays: [['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'],
    ['venerdì', 'venerdi'], ['sabato']],
  lowerCase: true,
  dayPrep: ['il', 'dal', 'al', 'fino al', 'entro il', "l'", "dall'", "all'", "fino all'", "entro l'", 'del', "dell'"],
  monthPrep: ['a', 'ad', 'in', 'da', 'nel mese di', 'a inizio', 'a metà', 'a fine', 'inizio', 'metà', 'fine', 'entro', 'fino a', 'dallo scorso'],
  yearPrep: ['nel', 'dal', 'al', 'entro il', 'fino al', 'prima del', 'dopo il', 'nel corso del', 'a partire dal', "nell'anno", "nell'", "dall'", "all'", 'il', 'del', 'anno'],
  weekdayPrep: ['da', 'entro', 'fino a'],
  articles: [],
  ordinalRe: '(?:°|º)?',
  dayMonthRe: '\\s+',
  monthYearRe: '\\s+',
  past: { pre: ['lo scorso', 'la scorsa', 'scorso'], post: ['scorso', 'scorsa', 'passato', 'passata'] },
  next: { pre: ['il prossimo', 'la prossima', 'prossimo'], post: ['prossimo', 'prossima'] },
  relatives: [
    { re: 'oggi', unit: 'day', offset: 0, report: true },
    { re: 'ieri', unit: 'day', offset: -1 },
    { re: "l['’]altro ieri|l['’]altroieri|avantieri|ieri l['’]altro", unit: 'day', offset: -2 },
    { re: 'domani', unit: 'day', offset: 1, notAfterRe: '(?:il|un|del|al|nel)' },
    { re: 'dopodomani', unit: 'day', offset: 2 },
    { re: 'stamattina|stamani|stasera|stanotte', unit: 'day', offset: 0, report: true },
    { re: `{n} ${GIORNI} fa`, unit: 'day', offset: -1 },
    { re: `{n} ${SETTIMANE} fa`, unit: 'week', offset: -1 },
    { re: `{n} ${MESI} fa`, unit: 'month', offset: -1 },
    { re: `{n} ${ANNI} fa`, unit: 'year', offset: -1 },
    { re: `(?:tra|fra) {n} ${GIORNI}`, unit: 'day', offset: 1 },
    { re: `il giorno (?:prima|precedente)|la vigilia|{n} ${GIORNI} prima`, unit: 'day', offset: -1, previous: true },
    { re: `il giorno (?:dopo|successivo|seguente)|l['’]indomani|{n} ${GIORNI} dopo`, unit: 'day', offset: 1, previous: true },
    { re: '(?:la|nella) (?:settimana scorsa|scorsa settimana|settimana passata)', unit: 'week', offset: -1 },
    { re: 'questa settimana', unit: 'week', offset: 0 },
    { re: '(?:la|nella) (?:prossima settimana|settimana prossima)', unit: 'week', offset: 1 },
    { re: '(?:il|lo|nel|nello) (?:mese scorso|scorso mese|mese passato)', unit: 'month', offset: -1 },
    { re: 'questo mese', unit: 'month', offset: 0 },
    { re: '(?:il|nel) (?:prossimo mese|mese prossimo)', unit: 'month', offset: 1 },
    { re: "(?:l['’]|nell['’])anno (?:scorso|passato)|lo scorso anno", unit: 'year', offset: -1 },
    { re: "quest['’]anno", unit: 'year', offset: 0 },
    { re: "(?:l['’]|nell['’])anno prossimo|il prossimo anno", unit: 'year', offset: 1 },
  ],
  reportCues: ['aggiornato al', 'aggiornato il', 'aggiornamento', 'pubblicato il', 'dati aggiornati al'],
  quantifiers: ['circa', 'oltre', 'quasi', 'più di', 'meno di', 'fino a', 'almeno', 'intorno a', 'intorno ai', 'poco più di', 'ben'],
};
