/**
 * Roles and titles written next to a name ("US-Verteidigungsminister Lloyd Austin", "il ministro Tajani",
 * "Prime Minister Fumio Kishida"). They are cues that the name is a person and are kept as the mention's
 * `role`, in English where we know the word. German compounds are read from their head backwards.
 */

// Whole role words and phrases (lower-case, as written) -> English label.
const ROLE_WORDS: Record<string, string> = {
  // en
  president: 'president', 'vice president': 'vice president', 'prime minister': 'prime minister', premier: 'prime minister',
  chancellor: 'chancellor', minister: 'minister', secretary: 'secretary', 'secretary of state': 'secretary of state',
  'defense secretary': 'defence secretary', 'defence secretary': 'defence secretary', 'foreign minister': 'foreign minister',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson', senator: 'senator',
  governor: 'governor', mayor: 'mayor', king: 'king', queen: 'queen', pope: 'pope', general: 'general',
  ambassador: 'ambassador', judge: 'judge', coach: 'coach', ceo: 'chief executive', chairman: 'chair', director: 'director',
  mr: 'Mr', mrs: 'Mrs', ms: 'Ms', dr: 'Dr', prof: 'Prof', sir: 'Sir', lord: 'Lord', rep: 'representative', sen: 'senator',
  // de
  präsident: 'president', präsidentin: 'president', vizepräsident: 'vice president', vizepräsidentin: 'vice president',
  kanzler: 'chancellor', kanzlerin: 'chancellor', bundeskanzler: 'chancellor', bundeskanzlerin: 'chancellor',
  ministerpräsident: 'prime minister', ministerpräsidentin: 'prime minister', premierminister: 'prime minister',
  premierministerin: 'prime minister', regierungschef: 'head of government', regierungschefin: 'head of government',
  außenminister: 'foreign minister', außenministerin: 'foreign minister', verteidigungsminister: 'defence minister',
  verteidigungsministerin: 'defence minister', sprecher: 'spokesperson', sprecherin: 'spokesperson',
  herr: 'Mr', herrn: 'Mr', frau: 'Mrs', papst: 'pope', könig: 'king', königin: 'queen', bürgermeister: 'mayor', bürgermeisterin: 'mayor',
  botschafter: 'ambassador', botschafterin: 'ambassador', senatorin: 'senator', gouverneur: 'governor',
  trainer: 'coach', chef: 'head', chefin: 'head', vorsitzende: 'chair', vorsitzender: 'chair', kollege: 'counterpart',
  kollegin: 'counterpart', generalsekretär: 'secretary general', staatssekretär: 'state secretary', abgeordnete: 'member of parliament',
  abgeordneter: 'member of parliament', richter: 'judge', kardinal: 'cardinal', bischof: 'bishop', professor: 'professor',
  // it
  presidente: 'president', vicepresidente: 'vice president', ministro: 'minister', ministra: 'minister',
  'presidente del consiglio': 'prime minister', 'primo ministro': 'prime minister', cancelliere: 'chancellor',
  segretario: 'secretary', 'segretario di stato': 'secretary of state', portavoce: 'spokesperson', sindaco: 'mayor',
  papa: 'pope', re: 'king', regina: 'queen', senatore: 'senator', deputato: 'member of parliament', ambasciatore: 'ambassador',
  allenatore: 'coach', signor: 'Mr', signore: 'Mr', signora: 'Mrs', dottor: 'Dr', dottore: 'Dr', generale: 'general',
  governatore: 'governor', 'ministro degli esteri': 'foreign minister', 'ministro della difesa': 'defence minister',
  // fr / es / pt / nl / pl
  président: 'president', présidente: 'president', ministre: 'minister', 'premier ministre': 'prime minister',
  'porte-parole': 'spokesperson', maire: 'mayor', monsieur: 'Mr', madame: 'Mrs', m: 'Mr', mme: 'Mrs', 'primer ministro': 'prime minister', portavoz: 'spokesperson', alcalde: 'mayor', señor: 'Mr', señora: 'Mrs',
  'primeiro-ministro': 'prime minister', presidenta: 'president', 'porta-voz': 'spokesperson', prefeito: 'mayor', woordvoerder: 'spokesperson', burgemeester: 'mayor',
  prezydent: 'president', президент: 'president', 'премьер-министр': 'prime minister', премьер: 'prime minister',
  министр: 'minister', канцлер: 'chancellor', госсекретарь: 'secretary of state', президента: 'president',
  πρόεδρος: 'president', πρωθυπουργός: 'prime minister', υπουργός: 'minister', καγκελάριος: 'chancellor', rzecznik: 'spokesperson', pan: 'Mr', pani: 'Mrs',
};

// German compound heads, read from the end: "Verteidigungs|minister" -> defence + minister.
const HEADS: Array<[string, string]> = [
  ['ministerpräsident', 'prime minister'], ['premierminister', 'prime minister'], ['minister', 'minister'], ['ministerin', 'minister'],
  ['präsident', 'president'], ['präsidentin', 'president'], ['kanzler', 'chancellor'], ['kanzlerin', 'chancellor'],
  ['sprecher', 'spokesperson'], ['sprecherin', 'spokesperson'], ['chef', 'head'], ['chefin', 'head'], ['sekretär', 'secretary'],
  ['botschafter', 'ambassador'], ['bürgermeister', 'mayor'], ['vorsitzende', 'chair'], ['vorsitzender', 'chair'], ['trainer', 'coach'],
  ['kommissar', 'commissioner'], ['kommissarin', 'commissioner'], ['direktor', 'director'], ['direktorin', 'director'],
];
const FIELDS: Array<[string, string]> = [
  ['verteidigungs', 'defence'], ['außen', 'foreign'], ['aussen', 'foreign'], ['finanz', 'finance'], ['innen', 'interior'],
  ['justiz', 'justice'], ['wirtschafts', 'economy'], ['gesundheits', 'health'], ['umwelt', 'environment'], ['arbeits', 'labour'],
  ['bildungs', 'education'], ['verkehrs', 'transport'], ['regierungs', 'government'], ['vize', 'vice'], ['partei', 'party'],
  ['fraktions', 'parliamentary group'], ['staats', 'state'], ['bundes', 'federal'], ['landwirtschafts', 'agriculture'],
  ['general', 'general'], ['presse', 'press'], ['kabinetts', 'cabinet'], ['handels', 'trade'], ['energie', 'energy'],
];

const DE_ROLE_HEAD = new RegExp(`(${HEADS.map(([h]) => h).sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/**
 * The English role label of one lower-case word (or two-word phrase), or null when it is no role.
 * `prefix` is what stood before a hyphen ("us" in "US-Verteidigungsminister"): American ministers are secretaries.
 */
const memo = new Map<string, string | null>();

export function roleLabel(word: string, prefix: string | null = null): string | null {
  if (prefix !== null) return label(word, prefix);
  let r = memo.get(word);
  if (r === undefined) {
    r = label(word, null);
    if (memo.size > 100_000) memo.clear();
    memo.set(word, r);
  }
  return r;
}

function label(word: string, prefix: string | null): string | null {
  let label = ROLE_WORDS[word] ?? null;
  // German weak nouns inflect: "den japanischen Ministerpräsidenten", "des Präsidenten".
  if (label === null && /(?:en|n)$/.test(word) && word.length > 6) {
    const base = word.replace(/(?:en|n)$/, '');
    if (ROLE_WORDS[base] !== undefined || DE_ROLE_HEAD.test(base)) return roleLabel(base, prefix);
  }
  if (label === null) {
    const m = DE_ROLE_HEAD.exec(word);
    if (m && m.index >= 3) {
      const head = HEADS.find(([h]) => h === m[1])![1];
      const field = FIELDS.find(([f]) => word.slice(0, m.index) === f || word.slice(0, m.index).endsWith(f));
      label = field ? `${field[1]} ${head}` : head;
    } else if (m) {
      label = HEADS.find(([h]) => h === m[1])![1];
    }
  }
  if (label !== null && prefix !== null && /^(us|usa)$/.test(prefix)) {
    if (label === 'foreign minister') label = 'secretary of state';
    else if (label.endsWith(' minister') && label !== 'prime minister') label = `${label.slice(0, -' minister'.length)} secretary`;
  }
  return label;
}

/** Role phrases of two words ("prime minister", "primo ministro"): the label, or null. */
export function rolePhrase(a: string, b: string): string | null {
  return ROLE_WORDS[`${a} ${b}`] ?? null;
}
