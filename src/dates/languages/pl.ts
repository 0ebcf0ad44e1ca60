import type { DateLanguage } from '../date-language.ts';

const DNI = '(?:dzień|dni)';
const TYGODNI = '(?:tydzień|tygodnie|tygodni)';
const MIESIECY = '(?:miesiąc|miesiące|miesięcy)';
const LAT = '(?:rok|lata|lat)';
const LAST = '(?:zeszłym|ubiegłym|poprzednim|minionym)';
const NEXT = '(?:przyszłym|następnym)';

export const pl: DateLanguage = {
  // Nominative, genitive ("13 stycznia") and locative ("w styczniu").
  months: [['styczeń', 'stycznia', 'styczniu'], ['luty', 'lutego', 'lutym'], ['marzec', 'marca', 'marcu'],
    ['kwiecień', 'kwietnia', 'kwietniu'], ['maj', 'maja', 'maju'], ['czerwiec', 'czerwca', 'czerwcu'], ['lipiec', 'lipca', 'lipcu'],
    ['sierpień', 'sierpnia', 'sierpniu'], ['wrzesień', 'września', 'wrześniu'], ['październik', 'października', 'październiku'],
    ['listopad', 'listopada', 'listopadzie'], ['grudzień', 'grudnia', 'grudniu']],
  monthAbbr: [['sty.'], ['lut.'], ['mar.'], ['kwi.'], [], ['cze.'], ['lip.'], ['sie.'], ['wrz.'], ['paź.'], ['lis.'], ['gru.']],
  weekdays: [['niedziela', 'niedzielę', 'niedzieli'], ['poniedziałek', 'poniedziałku'], ['wtorek', 'wtorku'], ['środa', 'środę', 'środy'],
    ['czwartek', 'czwartku'], ['piątek', 'piątku'], ['sobota', 'sobotę', 'soboty']],
  lowerCase: true,
  dayPrep: ['w dniu', 'dnia', 'od', 'do', 'przed', 'po'],
  monthPrep: ['w', 'od', 'do', 'na początku', 'w połowie', 'pod koniec', 'z końcem', 'od początku'],
  yearPrep: ['w roku', 'w', 'od', 'do', 'przed', 'po', 'na początku', 'pod koniec', 'w połowie'],
  weekdayPrep: ['w', 'we', 'od', 'do', 'przed', 'po'],
  articles: [],
  ordinalRe: '\\.?',
  dayMonthRe: '\\s+',
  monthYearRe: '\\s+',
  yearSuffixRe: '(?:\\s*r\\.|\\s+roku)',
  past: { pre: ['zeszły', 'zeszłą', 'ostatni', 'ostatnią', 'ubiegły', 'ubiegłą', 'miniony', 'minioną'], post: [] },
  next: { pre: ['przyszły', 'przyszłą', 'najbliższy', 'najbliższą', 'następny', 'następną'], post: [] },
  relatives: [
    { re: 'dzisiaj|dziś', unit: 'day', offset: 0, report: true },
    { re: 'wczoraj', unit: 'day', offset: -1 },
    { re: 'przedwczoraj', unit: 'day', offset: -2 },
    { re: 'jutro', unit: 'day', offset: 1 },
    { re: 'pojutrze', unit: 'day', offset: 2 },
    { re: `{n} ${DNI} temu`, unit: 'day', offset: -1 },
    { re: `{n} ${TYGODNI} temu`, unit: 'week', offset: -1 },
    { re: `{n} ${MIESIECY} temu`, unit: 'month', offset: -1 },
    { re: `{n} ${LAT} temu`, unit: 'year', offset: -1 },
    { re: 'tydzień temu', unit: 'week', offset: -1 },
    { re: 'miesiąc temu', unit: 'month', offset: -1 },
    { re: 'rok temu', unit: 'year', offset: -1 },
    { re: `za {n} ${DNI}`, unit: 'day', offset: 1 },
    { re: `dzień (?:wcześniej|przedtem)|poprzedniego dnia|{n} ${DNI} wcześniej`, unit: 'day', offset: -1, previous: true },
    { re: `dzień później|następnego dnia|nazajutrz|{n} ${DNI} później`, unit: 'day', offset: 1, previous: true },
    { re: `w ${LAST} tygodniu`, unit: 'week', offset: -1 },
    { re: 'w tym tygodniu', unit: 'week', offset: 0 },
    { re: `w ${NEXT} tygodniu`, unit: 'week', offset: 1 },
    { re: `w ${LAST} miesiącu`, unit: 'month', offset: -1 },
    { re: 'w tym miesiącu', unit: 'month', offset: 0 },
    { re: `w ${NEXT} miesiącu`, unit: 'month', offset: 1 },
    { re: `w ${LAST} roku`, unit: 'year', offset: -1 },
    { re: 'w tym roku', unit: 'year', offset: 0 },
    { re: `w ${NEXT} roku`, unit: 'year', offset: 1 },
  ],
  reportCues: ['aktualizacja', 'opublikowano', 'stan na'],
  quantifiers: ['około', 'ok.', 'blisko', 'ponad', 'prawie', 'niemal', 'co najmniej', 'mniej niż', 'więcej niż'],
};
