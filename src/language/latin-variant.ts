/**
 * Splits close Latin-script pairs that character n-grams confuse, by distinctive words and spellings:
 * Bosnian/Croatian/Serbian, Bokmål/Nynorsk, Malay/Indonesian, the Nguni and Sotho-Tswana languages.
 * The word lists are grammar-book knowledge (yat reflexes, spelling reforms, function words), not counts from data.
 */

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

const words = (list: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${list.trim().split(/\s+/).join('|')})(?![\\p{L}])`, 'giu');
const stems = (list: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${list.trim().split(/\s+/).join('|')})`, 'giu');

// Yat reflex: Croatian and Bosnian write ije/je where Serbian (ekavian) writes e.
const IJEKAVIAN = stems(`vrijem mjest mjesec rijek rijeè riječ dijet lijep svijet vijest cijel cijen bijel snijeg
  vijek tijel prije poslije uvijek gdje ovdje ondje predsjedni sjedni sjedišt posljednj nedjelj pjesm vjer djel
  sjever odjel primjer smjer mjer vidje željel razumje živje vjerojatn vjerovatn sjeć nijem pobijed pobjed zamjen
  mijenj promjen objašnj obavijest izvješt izvještaj savjet svjetsk uvjer ocjen procjen tjedn htje`);
const EKAVIAN = stems(`vreme vremen mesto mesta mestu mesec reka reke reči reč dete deca lep svet vest celi cele
  celo ceo cena cene beli sneg vek telo pre posle uvek gde ovde onde predsedni sedni sedišt poslednj nedelj
  pesm veru vera delo deo dela sever odel primer smer mera mere video videl želel razume živel verovatn seća
  nemač pobed zamen menja promen objašnj obavest izveštaj savet svetsk uveren ocen procen hteo htel`);
// Croatian standard vocabulary where Bosnian and Serbian share another word.
const CROATIAN = stems(`tijekom tisuć tko točn sveučilišt tjedan obitelj povijest znanost priopć glazb kazališt
  zrakoplov vlak siječnj veljač ožujk travnj svibnj lipnj srpnj kolovoz rujn listopad studen prosin europ
  dužnosni kolodvor izvanredn ravnatelj veleposlan uključiv općenit tvrtk`);
const BOSNIAN_SERBIAN = stems(`tokom hiljad šta januar februar mart april jun jul avgust august septemb oktob
  novemb decemb evrop univerzitet nauk porodic zvaničn hleb hljeb voz ambasad preduzeć kompanij`);
// Bosnian keeps h where Serbian and Croatian dropped it, and writes ć in saopćenje/općenito with ijekavian.
const BOSNIAN = stems(`historij lahk mehk kahv sahat hudovic saopćen sedmic uopće`);
const SERBIAN = stems(`istorij saopšt opšt uopšt bezbedn`);

function southSlavic(text: string, fallback: string): string {
  const ije = countMatches(text, IJEKAVIAN);
  const eka = countMatches(text, EKAVIAN) + countMatches(text, SERBIAN);
  if (eka > ije && eka >= 2) return 'sr';
  const hr = countMatches(text, CROATIAN);
  const bs = countMatches(text, BOSNIAN) * 2 + countMatches(text, BOSNIAN_SERBIAN);
  if (ije + eka + hr + bs < 2) return fallback;
  if (eka > ije) return 'sr';
  if (hr > bs) return 'hr';
  if (bs > hr) return 'bs';
  return fallback === 'sr' ? 'hr' : fallback;
}

// Nynorsk and Bokmål differ in their most frequent words, so a handful of them decides.
const NYNORSK = words('ikkje eg ein eit dei frå meir vere vera kva korleis kven berre mykje noko nokon heile medan sjølv ho vart blei òg dykk hjå');
const BOKMAL = words('ikke jeg en et de fra mer være hva hvordan hvem bare mye noe noen hele mens selv hun ble også dere hos');

// Danish against Norwegian of either standard: spellings Norwegian changed in its reforms.
const DANISH = words('af efter nu mig dig sig blev nogle nogen hvad hvor havde mellem sammen kunne skulle');
const NORWEGIAN = words('av etter nå meg deg seg ble blei noen nokon hva kva hvor kor hadde mellom saman sammen kunne skulle');

function norwegian(text: string, fallback: string): string {
  const da = countMatches(text, DANISH);
  const no = countMatches(text, NORWEGIAN);
  if (da > no * 1.5 && da >= 2) return 'da';
  if (fallback === 'da' && no <= da) return 'da';
  const nn = countMatches(text, NYNORSK);
  const nb = countMatches(text, BOKMAL);
  if (nn + nb < 2) return fallback === 'no' ? 'nb' : fallback;
  return nn * 1.5 > nb ? 'nn' : 'nb';
}

const MALAY = words(`kerana bahawa iaitu wang kerajaan sahaja polis parlimen syarikat mahkamah kenyataan semasa selepas
  berkata antarabangsa eropah perancis tentera menerusi manakala justeru sekiranya bagaimanapun berbanding terdapat
  cuba hospital amat jabatan kereta`);
const INDONESIAN = words(`karena bahwa yaitu uang pemerintah saja polisi parlemen perusahaan pengadilan pernyataan
  selama setelah sesudah mengatakan internasional eropa prancis tentara meskipun namun sekitar sekarang bisa kantor
  mobil rumah kebijakan ujar tersebut provinsi`);

function malay(text: string, fallback: string): string {
  const ms = countMatches(text, MALAY);
  const id = countMatches(text, INDONESIAN);
  if (ms + id < 2) return fallback;
  return ms > id ? 'ms' : 'id';
}

const NGUNI = new Set(['zu', 'xh', 'ss', 'nr', 'nd']);
const XHOSA = words('kwaye ukuba ngoko kule kwakhona ndiyi ndi xa');

/** Northern Ndebele writes "tsh" where Zulu has "sh", and Southern Ndebele writes "tjh". */
function nguni(text: string, fallback: string): string {
  const chars = Math.max(1, text.length);
  const tsh = countMatches(text, /tsh/giu);
  const tjh = countMatches(text, /tjh/giu);
  const xh = countMatches(text, XHOSA);
  const ss = countMatches(text, /tf|dv/giu);
  if (tjh >= 2 && tjh * 2 > tsh) return 'nr';
  if (ss * 1000 / chars > 4 && fallback === 'ss') return 'ss';
  if (tsh * 1000 / chars > 2 && xh * 3000 / chars < 1) return 'nd';
  if (fallback === 'nr') return 'zu';
  return fallback;
}

/** Sepedi spells with š; Sesotho writes "ho" where Tswana and Sepedi write "go". */
function sothoTswana(text: string, fallback: string): string {
  const sh = countMatches(text, /š/giu);
  const ho = countMatches(text, words('ho'));
  const go = countMatches(text, words('go'));
  if (sh >= 2) return 'nso';
  if (ho > go && ho >= 2) return 'st';
  if (go > ho && go >= 2) return fallback === 'nso' ? 'nso' : 'tn';
  return fallback;
}

export function latinVariant(code: string, text: string, francCode: string): string {
  if (code === 'hr' || code === 'sr' || code === 'bs' || ((code === 'sl' || code === 'cs') && (francCode === 'bs' || francCode === 'hr' || francCode === 'sr'))) {
    return southSlavic(text, code === 'sl' || code === 'cs' ? francCode : code);
  }
  if (code === 'no' || code === 'nb' || code === 'nn' || (code === 'da' && (francCode === 'nb' || francCode === 'nn'))) {
    return norwegian(text, code);
  }
  if (code === 'ms' || code === 'id') return malay(text, code);
  if (NGUNI.has(code)) return nguni(text, code);
  if (code === 'st' || code === 'tn' || code === 'nso') return sothoTswana(text, code);
  return code;
}
