/**
 * Canonical language subtags and language equality for evaluation.
 * Gold labels arrive as ISO 639-3 (often with script/region, e.g. `srp-Cyrl`, `eng-GB`); detectors answer with
 * ISO 639-1 where one exists. Everything is brought to the BCP 47 primary subtag before comparing.
 */

// ISO 639-1 -> ISO 639-3 (terminology code); the 639-2/B bibliographic codes follow in B_CODES.
const ONE_TO_THREE = (
  'aa:aar ab:abk ae:ave af:afr ak:aka am:amh an:arg ar:ara as:asm av:ava ay:aym az:aze ba:bak be:bel bg:bul '
  + 'bi:bis bm:bam bn:ben bo:bod br:bre bs:bos ca:cat ce:che ch:cha co:cos cr:cre cs:ces cu:chu cv:chv cy:cym '
  + 'da:dan de:deu dv:div dz:dzo ee:ewe el:ell en:eng eo:epo es:spa et:est eu:eus fa:fas ff:ful fi:fin fj:fij '
  + 'fo:fao fr:fra fy:fry ga:gle gd:gla gl:glg gn:grn gu:guj gv:glv ha:hau he:heb hi:hin ho:hmo hr:hrv ht:hat '
  + 'hu:hun hy:hye hz:her ia:ina id:ind ie:ile ig:ibo ii:iii ik:ipk io:ido is:isl it:ita iu:iku ja:jpn jv:jav '
  + 'ka:kat kg:kon ki:kik kj:kua kk:kaz kl:kal km:khm kn:kan ko:kor kr:kau ks:kas ku:kur kv:kom kw:cor ky:kir '
  + 'la:lat lb:ltz lg:lug li:lim ln:lin lo:lao lt:lit lu:lub lv:lav mg:mlg mh:mah mi:mri mk:mkd ml:mal mn:mon '
  + 'mr:mar ms:msa mt:mlt my:mya na:nau nb:nob nd:nde ne:nep ng:ndo nl:nld nn:nno no:nor nr:nbl nv:nav ny:nya '
  + 'oc:oci oj:oji om:orm or:ori os:oss pa:pan pi:pli pl:pol ps:pus pt:por qu:que rm:roh rn:run ro:ron ru:rus '
  + 'rw:kin sa:san sc:srd sd:snd se:sme sg:sag sh:hbs si:sin sk:slk sl:slv sm:smo sn:sna so:som sq:sqi sr:srp '
  + 'ss:ssw st:sot su:sun sv:swe sw:swa ta:tam te:tel tg:tgk th:tha ti:tir tk:tuk tl:tgl tn:tsn to:ton tr:tur '
  + 'ts:tso tt:tat tw:twi ty:tah ug:uig uk:ukr ur:urd uz:uzb ve:ven vi:vie vo:vol wa:wln wo:wol xh:xho yi:yid '
  + 'yo:yor za:zha zh:zho zu:zul'
).split(' ').map((p) => p.split(':') as [string, string]);

const B_CODES: Record<string, string> = {
  alb: 'sq', arm: 'hy', baq: 'eu', bur: 'my', chi: 'zh', cze: 'cs', dut: 'nl', fre: 'fr', geo: 'ka', ger: 'de',
  gre: 'el', ice: 'is', mac: 'mk', mao: 'mi', may: 'ms', per: 'fa', rum: 'ro', slo: 'sk', tib: 'bo', wel: 'cy',
};

/**
 * Individual languages that stand for their macrolanguage in everyday use, as CLDR's language aliases do
 * (Standard Arabic is written `ar`, Mandarin `zh`, Iranian Persian `fa`). Dari (`prs`), Sorani (`ckb`) and
 * Cantonese (`yue`) keep their own codes because news text in them is told apart from its siblings.
 */
const DOMINANT_INDIVIDUAL: Record<string, string> = {
  arb: 'ar', cmn: 'zh', pes: 'fa', zsm: 'ms', zlm: 'ms', swh: 'sw', ekk: 'et', lvs: 'lv', khk: 'mn', npi: 'ne',
  uzn: 'uz', azj: 'az', als: 'sq', gaz: 'om', plt: 'mg', kmr: 'ku', pbu: 'ps', ory: 'or', ydd: 'yi', ayr: 'ay',
  gug: 'gn', quz: 'qu', kng: 'kg', knc: 'kr', crk: 'cr', ojg: 'oj', kpv: 'kv', ike: 'iu', esk: 'ik', src: 'sc',
  // Deprecated ISO 639-1 codes that still turn up in old metadata.
  iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro',
};

/** ISO 639-3 macrolanguage (as canonical subtag) -> its individual languages that news text may be labelled with. */
const MACRO_MEMBERS: Record<string, string> = {
  ar: 'arb aao abh abv acm acq acw acx acy adf aeb aec afb ajp apc apd arq ars ary arz auz avl ayh ayl ayn ayp bbz pga shu ssh mey',
  fa: 'pes prs',
  no: 'nob nno',
  // zho also lists yue in ISO 639-3; we leave Cantonese out on purpose (see sameLanguage).
  zh: 'cmn cdo cjy cpx czh czo gan hak hsn lzh mnp nan wuu cnp csp',
  ms: 'zsm zlm ind bjn btj bve bvu coa dup hji jak jax kvb kvr kxd lce lcf liw max meo mfa mfb min mqg msi mui orn ors pel pse tmw urk vkk vkt xmm zmi',
  uz: 'uzn uzs', ku: 'kmr ckb sdh', et: 'ekk vro', lv: 'lvs ltg', sq: 'als aln aae aat', mn: 'khk mvf',
  ne: 'npi dty', om: 'gaz hae orc gax', mg: 'plt bhr bmm bzc msh skg tdx tkg txy xmv xmw', sw: 'swh swc',
  az: 'azj azb', ff: 'fuc fuf fuh fui fuq fuv ffm fue fub', ps: 'pbu pst pbt', sh: 'bos hrv srp cnr',
  hmn: 'hnj hms mww hmv hea hmd hmq hrm hmz hmy hmc hmp cqd sfm', yi: 'ydd yih', or: 'ory spv',
  qu: 'quz quy qug qub qux qvi qvc qve qvh qvn qxn qxu qwh', ay: 'ayr ayc', gn: 'gug gui gun gnw nhd',
  kr: 'knc kby krt bms', lah: 'pnb skr hnd hno jat phr xhe', kok: 'gom knn', sc: 'src sro sdc sdn',
  iu: 'ike ikt', ik: 'esi esk', cr: 'crk crj crl crm csw cwd', oj: 'ojg ojb ojc ojs ojw otw ciw',
  kv: 'kpv koi', kg: 'kng kwy ldi', bal: 'bgp bgn bcc', zza: 'diq kiu', syr: 'aii cld', grb: 'gbo gec grj grv gry',
};

const TO_ONE = new Map<string, string>();
for (const [one, three] of ONE_TO_THREE) TO_ONE.set(three, one);
for (const [b, one] of Object.entries(B_CODES)) TO_ONE.set(b, one);

// Keyed by canonical subtag, since both sides are mapped before comparing ('ind' -> 'id', 'nob' -> 'nb').
const MACRO_OF = new Map<string, string>();
for (const [macro, members] of Object.entries(MACRO_MEMBERS)) {
  for (const m of members.split(' ')) {
    const sub = toPrimarySubtag(m);
    if (sub !== macro) MACRO_OF.set(sub, macro);
  }
}

/**
 * Our canonical subtag for any ISO 639-1/2/3 code, with or without script/region subtags
 * ('deu' -> 'de', 'eng-GB' -> 'en', 'srp-Cyrl' -> 'sr', 'arb' -> 'ar', 'ckb-Arab' -> 'ckb').
 * Unknown codes come back lower-cased and stripped of their suffixes; empty input gives 'und'.
 */
export function toPrimarySubtag(code: string): string {
  const primary = code.trim().split(/[-_]/)[0]!.toLowerCase();
  if (primary === '') return 'und';
  if (DOMINANT_INDIVIDUAL[primary]) return DOMINANT_INDIVIDUAL[primary]!;
  if (primary.length === 2) return primary;
  return TO_ONE.get(primary) ?? primary;
}

/** Macrolanguage of a canonical subtag, or the subtag itself when it is not part of one. */
function macroOf(sub: string): string {
  return MACRO_OF.get(sub) ?? sub;
}

/**
 * Whether a prediction names the gold language. Equal after mapping, or one is the ISO 639-3 macrolanguage of
 * the other (arb~ar, prs~fa, nob~no, ind~ms, kmr~ku, ckb~ku, bos~sh). Two members of one macrolanguage are NOT
 * the same language (nb vs nn, bs vs hr, ms vs id... only via the macrolanguage code itself).
 * Deliberate choices:
 * - yue is not zh: ISO 639-3 puts Cantonese under zho, but written Cantonese is its own written standard and
 *   the detector tells it apart, so calling it Chinese would hide real errors.
 * - fil ~ tl: Filipino is the national standard form of Tagalog; ISO gives them separate codes, but labels use
 *   both for the same text.
 * - 'und' never matches anything, itself included: "could not decide" is never a correct answer.
 */
export function sameLanguage(gold: string, predicted: string): boolean {
  const g = toPrimarySubtag(gold);
  const p = toPrimarySubtag(predicted);
  if (g === 'und' || p === 'und') return false;
  if (g === p) return true;
  if (isFilipino(g) && isFilipino(p)) return true;
  return macroOf(g) === p || macroOf(p) === g;
}

function isFilipino(sub: string): boolean {
  return sub === 'fil' || sub === 'tl';
}

