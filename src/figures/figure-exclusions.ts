/**
 * Numbers that are not figures: ids and labels ("F-35", "COVID-19", "G7", "Artikel 5", "Nr. 3"), ordinals
 * ("12th", German "2. Weltkrieg", "(2.v.l.)"), times ("10:30", "10 Uhr"), scores and formulas ("2+2", "24/7"),
 * phone numbers and long digit strings, compounds ("15-köpfig").
 */

// Words after which a number names something rather than counting it.
const LABELS: Record<string, string[]> = {
  de: ['artikel', 'art.', 'nr.', 'nummer', 'kapitel', 'seite', 's.', 'abs.', 'absatz', 'paragraf', 'paragraph', '§', 'ziffer',
    'resolution', 'flug', 'linie', 'gleis', 'platz', 'rang', 'zimmer', 'band', 'folge', 'staffel', 'teil', 'stufe', 'level',
    'phase', 'version', 'kanal', 'runde', 'spieltag', 'gruppe', 'tor', 'terminal', 'no.'],
  en: ['article', 'art.', 'no.', 'nos.', 'number', 'chapter', 'page', 'p.', 'pp.', 'section', 'paragraph', '§', 'resolution',
    'flight', 'route', 'line', 'platform', 'gate', 'terminal', 'room', 'volume', 'vol.', 'episode', 'season', 'part', 'level',
    'phase', 'version', 'channel', 'round', 'highway', 'interstate', 'district', 'grade', 'rank', 'stage', 'figure', 'fig.', 'table'],
  it: ['articolo', 'art.', 'n.', 'numero', 'capitolo', 'pagina', 'pag.', 'comma', 'paragrafo', '§', 'risoluzione', 'volo', 'linea',
    'binario', 'stanza', 'volume', 'episodio', 'stagione', 'parte', 'livello', 'fase', 'versione', 'canale', 'turno', 'girone',
    'gruppo', 'ore', 'alle ore', 'legge', 'decreto'],
  fr: ['article', 'art.', 'n°', 'no', 'numéro', 'chapitre', 'page', 'p.', 'alinéa', '§', 'résolution', 'vol', 'ligne', 'quai',
    'salle', 'tome', 'épisode', 'saison', 'partie', 'niveau', 'phase', 'version', 'chaîne', 'tour', 'groupe'],
  es: ['artículo', 'art.', 'n.º', 'nº', 'núm.', 'número', 'capítulo', 'página', 'pág.', 'apartado', 'párrafo', '§', 'resolución',
    'vuelo', 'línea', 'andén', 'sala', 'tomo', 'episodio', 'temporada', 'parte', 'nivel', 'fase', 'versión', 'canal', 'ronda',
    'grupo', 'a las'],
  pt: ['artigo', 'art.', 'nº', 'n.º', 'número', 'capítulo', 'página', 'pág.', 'parágrafo', '§', 'resolução', 'voo', 'linha',
    'plataforma', 'sala', 'volume', 'episódio', 'temporada', 'parte', 'nível', 'fase', 'versão', 'canal', 'rodada', 'grupo', 'às'],
  nl: ['artikel', 'art.', 'nr.', 'nummer', 'hoofdstuk', 'pagina', 'blz.', 'lid', '§', 'resolutie', 'vlucht', 'lijn', 'spoor', 'zaal',
    'deel', 'aflevering', 'seizoen', 'niveau', 'fase', 'versie', 'kanaal', 'ronde', 'groep'],
  pl: ['artykuł', 'art.', 'nr', 'numer', 'rozdział', 'strona', 'str.', 'ust.', 'ustęp', '§', 'rezolucja', 'lot', 'linia', 'peron',
    'sala', 'tom', 'odcinek', 'sezon', 'część', 'poziom', 'faza', 'wersja', 'kanał', 'runda', 'grupa', 'godz.', 'godzinie', 'godziną', 'godzina', 'o godz.'],
};

// Languages that write ordinals with a full stop ("2. Weltkrieg", "12. Artillerie-Regiment").
const DOT_ORDINALS = new Set(['de', 'pl', 'da', 'nb', 'no', 'nn', 'fi', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'hu', 'et', 'lv', 'lt', 'is', 'tr']);

const labelCache = new Map<string, Set<string>>();

/** Whether the one or two words right before `start` are a label ("Artikel", "Nr.", "alle ore"). */
function labelBefore(text: string, start: number, lang: string): boolean {
  let labels = labelCache.get(lang);
  if (!labels) {
    labels = new Set(LABELS[lang] ?? LABELS['en']!);
    labelCache.set(lang, labels);
  }
  const words = /(?:^|\s)(\S+?)(?:\s+(\S+))?[\s\u00a0]*$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (!words) return false;
  // An elided article belongs to the word: "L'articolo", "dell'articolo".
  const last = (words[2] ?? words[1]!).toLowerCase().replace(/^\p{L}{1,4}['’]/u, '');
  const two = words[2] === undefined ? null : `${words[1]!.toLowerCase()} ${last}`;
  return labels.has(last) || (two !== null && labels.has(two));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** A number word glued into a compound: "mother-of-three", "drei-köpfig". */
export function wordInCompound(text: string, start: number, end: number): boolean {
  return (text[start - 1] === '-' && /\p{L}/u.test(text[start - 2] ?? '')) || (text[end] === '-' && /\p{L}/u.test(text[end + 1] ?? ''));
}

/**
 * True when the number token at [start, end) is an id, label, ordinal, time, phone number or formula.
 * `rangeEnd`: the token is the upper end of a range, so a dash before it is expected ("900-1,800").
 */
export function notAFigure(text: string, start: number, end: number, lang: string, rangeEnd = false): boolean {
  const token = text.slice(start, end);
  const before = text[start - 1];
  const before2 = text[start - 2];
  const after = text[end];
  const after2 = text[end + 1];
  if (before !== undefined && '#§/\\:='.includes(before)) return true;
  // "2+2" is a formula and "+49 30 …" a phone number; "+2 %" is a signed figure.
  if (before === '+' && ((before2 !== undefined && LETTER_OR_DIGIT.test(before2)) || /^[ \u00a0]\d/.test(text.slice(end, end + 2)))) return true;
  if (!rangeEnd && (before === '-' || before === '–') && before2 !== undefined && LETTER_OR_DIGIT.test(before2)) return true;
  if ((before === '.' || before === ',') && isDigit(before2)) return true;
  if (after !== undefined && '+/:×='.includes(after) && (after !== '/' || isDigit(after2)) && (after !== ':' || isDigit(after2))) return true;
  // Temperatures and angles are no measure we convert.
  if (/^[\s\u00a0]?[°º]/u.test(text.slice(end, end + 2))) return true;
  // Spanish and Portuguese ordinals: "29.º minuto", "1.ª vez".
  if (/^\.[ºª°]/u.test(text.slice(end, end + 2)) || text[end] === 'ª') return true;
  // "‘80", "'90s": a year cut short (but "dell'80%" is a figure).
  if ((before === "'" || before === '‘' || before === '’') && (before2 === undefined || !LETTER_OR_DIGIT.test(before2))) return true;
  if (after === '-' && isLetter(after2)) return true;
  if (token.length > 1 && token[0] === '0' && isDigit(token[1])) return true;
  if (/^\d{7,}$/.test(token)) return true;
  if (labelBefore(text, start, lang)) return true;
  // Space-separated digit groups on both sides, or two before, are a phone number or a code, not a quantity.
  if (/\d[ \u00a0]$/.test(text.slice(Math.max(0, start - 2), start)) && /^[ \u00a0]\d/.test(text.slice(end, end + 2))) return true;
  if (/\d[ \u00a0]\d+[ \u00a0]$/.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (/(?:^|\D)0\d+[ \u00a0]$/.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (/\+\d{1,3}[ \u00a0]$/.test(text.slice(Math.max(0, start - 5), start))) return true;
  if (DOT_ORDINALS.has(lang) && /^\d{1,3}$/.test(token) && after === '.' && (isLetter(after2) || (/\s/.test(after2 ?? '') && isLetter(text[end + 2])))) return true;
  if (/^[\s\u00a0]*(?:uhr|uur|h\d\d|h)(?![\p{L}])/iu.test(text.slice(end, end + 6))) return true;
  if (lang === 'en' && /^[\s\u00a0]*(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])/iu.test(text.slice(end, end + 6))) return true;
  return false;
}
