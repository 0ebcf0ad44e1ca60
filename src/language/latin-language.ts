/**
 * Language of a Latin-script sample. eld is very accurate on the ~35 Latin-script languages it knows; franc-all
 * (trigrams from the UDHR) covers the long tail (African, Pacific, Philippine languages...). franc decides which
 * family the text belongs to, eld decides inside its own set, and hand-written rules split close pairs.
 */
import { eld } from 'eld/large';
import { francAll } from 'franc-all';
import { latinVariant } from './latin-variant.ts';
import type { Candidate } from './detect-language.ts';

/** Languages eld knows in Latin script (its codes). */
const ELD_LATIN = new Set([
  'az', 'ca', 'cs', 'da', 'de', 'en', 'es', 'et', 'eu', 'fi', 'fr', 'hr', 'hu', 'is', 'it', 'ku', 'lt', 'lv',
  'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'sq', 'sr', 'sv', 'tl', 'tr', 'vi', 'yo',
]);

/**
 * franc-all candidates: languages written in Latin script that news plausibly appears in. Leaving out franc's
 * hundreds of small UDHR languages keeps them from stealing short texts and keeps the scan fast.
 */
const FRANC_LATIN = (
  'spa eng por ind fra deu jav vie ita tur pol swh sun ron hau fuv fuf bos hrv nld srp ckb yor uzn zlm ibo ceb tgl '
  + 'hun azj ces run plt nya kin zul swe som hms hnj ilo hat sna xho afr fin slk tuk dan nob nno cat sot glg lit '
  + 'tsn nso lug wol ewe slv bem epo ven ssw lvs tso ekk oci fry eus nbl cym bre smo ltz mlt isl gle fij tah ton '
  + 'mri fao lin bam twi lat gla cos roh ast haw sme tet tpi pap kal gaz als war hil min mad ace ban bug umb kmb lua'
).split(' ');

/** franc's codes mapped to the ones we answer with. */
const FRANC_TO_OURS: Record<string, string> = {
  ind: 'id', zlm: 'ms', tgl: 'fil', ceb: 'ceb', fuv: 'ff', fuf: 'ff', hms: 'hmn', hnj: 'hmn', ckb: 'ku',
  uzn: 'uz', azj: 'az', swh: 'sw', plt: 'mg', lvs: 'lv', ekk: 'et', gaz: 'om', als: 'sq', nob: 'nb', nno: 'nn',
  nbl: 'nr', run: 'rn', kin: 'rw',
};

// franc's own short codes for languages that have a 639-1 code.
const FRANC_ONE: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr', pol: 'pl',
  sun: 'su', ron: 'ro', hau: 'ha', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr', yor: 'yo', ibo: 'ig', hun: 'hu',
  ces: 'cs', nya: 'ny', zul: 'zu', swe: 'sv', som: 'so', hat: 'ht', sna: 'sn', xho: 'xh', afr: 'af', fin: 'fi',
  slk: 'sk', tuk: 'tk', dan: 'da', cat: 'ca', sot: 'st', glg: 'gl', lit: 'lt', tsn: 'tn', lug: 'lg', wol: 'wo',
  ewe: 'ee', slv: 'sl', epo: 'eo', ven: 've', ssw: 'ss', tso: 'ts', oci: 'oc', fry: 'fy', eus: 'eu', cym: 'cy',
  bre: 'br', smo: 'sm', ltz: 'lb', mlt: 'mt', isl: 'is', gle: 'ga', fij: 'fj', tah: 'ty', ton: 'to', mri: 'mi',
  fao: 'fo', lin: 'ln', bam: 'bm', twi: 'tw', lat: 'la', gla: 'gd', cos: 'co', roh: 'rm', sme: 'se', kal: 'kl',
  lua: 'lua', umb: 'umb', kmb: 'kmb',
};

function fromFranc(code: string): string {
  return FRANC_TO_OURS[code] ?? FRANC_ONE[code] ?? code;
}

function fromEld(code: string): string {
  return code === 'tl' ? 'fil' : code;
}

/** Largest sample franc sees: its cost grows with length, and a few hundred words settle the language. */
const FRANC_MAX = 1200;

export function latinLanguage(text: string): Candidate {
  const e = eld.detect(text);
  const eScores = e.getScores();
  const eTop = e.language;
  const eBest = eTop ? eScores[eTop] ?? 0 : 0;
  const fr = francAll(text.slice(0, FRANC_MAX), { only: FRANC_LATIN, minLength: 1 });
  const fTop = fr[0]?.[0] ?? 'und';
  const fOurs = fromFranc(fTop);
  const fGap = 1 - (fr[1]?.[1] ?? 0);
  let code: string;
  let confidence: number;
  if (eTop && (ELD_LATIN.has(fOurs) || fOurs === 'nb' || fOurs === 'nn' || fOurs === 'bs' || fOurs === 'id') && e.isReliable()) {
    code = fromEld(eTop);
    confidence = Math.min(1, 0.5 + eBest);
  } else if (fTop !== 'und') {
    code = fOurs;
    confidence = Math.min(1, 0.4 + fGap * 4);
  } else {
    return { code: 'und', confidence: 0 };
  }
  return { code: latinVariant(code, text, fOurs), confidence };
}
