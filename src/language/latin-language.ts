/**
 * Language of a Latin-script sample. eld is very accurate on the ~35 Latin-script languages it knows; franc-all
 * (trigrams from the UDHR) covers the long tail (African, Pacific, Philippine languages...). franc decides which
 * family the text belongs to, eld decides inside its own set, and hand-written rules split close pairs.
 */
import { eld } from 'eld/medium';
import { francAll } from 'franc-all';
import { latinSignature, latinVariant } from './latin-variant.ts';
import type { Candidate } from './detect-language.ts';

/** Languages eld knows in Latin script (its codes). */
const ELD_LATIN = new Set([
  'az', 'ca', 'cs', 'da', 'de', 'en', 'es', 'et', 'eu', 'fi', 'fr', 'hr', 'hu', 'is', 'it', 'ku', 'lt', 'lv',
  'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'sq', 'sr', 'sv', 'tl', 'tr', 'vi', 'yo',
]);

/**
 * franc-all candidates: languages written in Latin script that news plausibly appears in. franc's hundreds of
 * small UDHR languages (and regional languages such as Occitan, Asturian or Papiamento, whose profiles overlap a
 * national language's) are left out: they steal short texts from the big languages and slow the scan down.
 * Kirundi is left out too: franc cannot tell it from Kinyarwanda, which has far more text.
 */
const FRANC_LATIN = (
  'spa eng por ind fra deu jav vie ita tur pol swh sun ron hau fuv fuf bos hrv nld srp ckb yor uzn zlm ibo tgl '
  + 'hun azj ces plt nya kin zul swe som hms hnj hat sna xho afr fin slk tuk dan nob nno cat sot glg lit '
  + 'tsn nso lug wol ewe slv bem epo ven ssw lvs tso ekk fry eus nbl cym bre smo ltz mlt isl gle fij tah ton '
  + 'mri fao lin twi lat gla sme kal gaz als'
).split(' ');

/** franc's codes mapped to the ones we answer with. */
const FRANC_TO_OURS: Record<string, string> = {
  ind: 'id', zlm: 'ms', tgl: 'fil', fuv: 'ff', fuf: 'ff', hms: 'hmn', hnj: 'hmn', ckb: 'ku',
  uzn: 'uz', azj: 'az', swh: 'sw', plt: 'mg', lvs: 'lv', ekk: 'et', gaz: 'om', als: 'sq', nob: 'nb', nno: 'nn',
  nbl: 'nr', kin: 'rw',
};

// franc's own short codes for languages that have a 639-1 code.
const FRANC_ONE: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr', pol: 'pl',
  sun: 'su', ron: 'ro', hau: 'ha', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr', yor: 'yo', ibo: 'ig', hun: 'hu',
  ces: 'cs', nya: 'ny', zul: 'zu', swe: 'sv', som: 'so', hat: 'ht', sna: 'sn', xho: 'xh', afr: 'af', fin: 'fi',
  slk: 'sk', tuk: 'tk', dan: 'da', cat: 'ca', sot: 'st', glg: 'gl', lit: 'lt', tsn: 'tn', lug: 'lg', wol: 'wo',
  ewe: 'ee', slv: 'sl', epo: 'eo', ven: 've', ssw: 'ss', tso: 'ts', fry: 'fy', eus: 'eu', cym: 'cy',
  bre: 'br', smo: 'sm', ltz: 'lb', mlt: 'mt', isl: 'is', gle: 'ga', fij: 'fj', tah: 'ty', ton: 'to', mri: 'mi',
  fao: 'fo', lin: 'ln', twi: 'tw', lat: 'la', gla: 'gd', sme: 'se', kal: 'kl',
};

/** Our codes for variants eld reports under one code. */
const ELD_FAMILY: Record<string, string> = { bs: 'hr', nb: 'no', nn: 'no', id: 'ms', fil: 'tl' };

/** Our code -> franc's codes for the same language, to look up how franc ranks eld's answer. */
const OURS_TO_FRANC = new Map<string, string[]>();
for (const f of FRANC_LATIN) {
  const ours = fromFranc(f);
  OURS_TO_FRANC.set(ours, [...(OURS_TO_FRANC.get(ours) ?? []), f]);
}
OURS_TO_FRANC.set('no', ['nob', 'nno']);
OURS_TO_FRANC.set('fil', ['tgl']);
OURS_TO_FRANC.set('hr', ['hrv', 'bos', 'srp']);
OURS_TO_FRANC.set('sr', ['srp', 'bos', 'hrv']);

function fromFranc(code: string): string {
  return FRANC_TO_OURS[code] ?? FRANC_ONE[code] ?? code;
}

function fromEld(code: string): string {
  return code === 'tl' ? 'fil' : code;
}

/** Largest sample franc sees: its cost grows with length, and a few hundred words settle the language. */
const FRANC_MAX = 700;
/** eld score above which eld's answer is taken without asking franc. */
const ELD_SURE = 0.7;
/** eld wins when franc ranks eld's language this close to its own first choice. */
const FRANC_NEAR = 0.94;

/** eld reads only the first ~350 bytes of what it is given; the rules in latin-variant see the whole sample. */
export function latinLanguage(text: string): Candidate {
  const signed = latinSignature(text);
  if (signed) return { code: signed, confidence: 0.9 };
  const e = eld.detect(text);
  const eTop = e.language ? fromEld(e.language) : '';
  const eBest = e.language ? e.getScores()[e.language] ?? 0 : 0;
  // A confident eld is right except between a language and a close neighbour it lacks (nl/af, es-pt/gl, is/fo,
  // de/lb), which latinVariant checks by letters and words; franc, ten times slower, is then not needed.
  if (eTop && e.isReliable() && eBest >= ELD_SURE) {
    return { code: latinVariant(eTop, text, []), confidence: Math.min(1, 0.5 + eBest) };
  }
  const fr = francAll(text.slice(0, FRANC_MAX), { only: FRANC_LATIN, minLength: 1 });
  const fTop = fr[0]?.[0] ?? 'und';
  const fOurs = fromFranc(fTop);
  if (fTop === 'und') return { code: 'und', confidence: 0 };
  let code = fOurs;
  let confidence = Math.min(1, 0.4 + (1 - (fr[1]?.[1] ?? 0)) * 4);
  if (eTop && e.isReliable()) {
    const eldFranc = OURS_TO_FRANC.get(eTop) ?? [];
    const fScore = Math.max(0, ...fr.filter(([c]) => eldFranc.includes(c)).map(([, d]) => d));
    // franc's UDHR profiles blur close languages; eld is the better judge whenever franc nearly agrees with it.
    if (fScore >= FRANC_NEAR || ELD_LATIN.has(ELD_FAMILY[fOurs] ?? fOurs)) {
      code = eTop;
      confidence = Math.min(1, 0.5 + eBest);
    }
  }
  return { code: latinVariant(code, text, fr), confidence };
}
