/**
 * Bosnian, Croatian or Serbian (Latin script) from distinctive spellings and words. Serbian is mostly ekavian
 * (vreme, mesto, pre), Croatian and Bosnian ijekavian (vrijeme, mjesto, prije); Croatian then has its own
 * vocabulary and month names (tijekom, tisuća, tko, siječanj), which Bosnian shares with Serbian (tokom, hiljada,
 * ko, januar), while Bosnian keeps an h that both others lost (historija, lahko). Grammar-book knowledge only.
 */

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
const words = (list: string): RegExp => new RegExp(`(?<!\\p{L})(?:${list.trim().split(/\s+/).join('|')})(?!\\p{L})`, 'giu');
const stems = (list: string): RegExp => new RegExp(`(?<!\\p{L})(?:${list.trim().split(/\s+/).join('|')})`, 'giu');

const IJEKAVIAN = stems(`vrijem mjest mjesec rijek riječ dijet djec djeca lijep svijet vijest cijel cijen bijel
  snijeg vijek tijel prije poslije uvijek gdje ovdje ondje predsjedni sjedni sjedišt posljednj nedjelj pjesm vjer
  djel sjever odjel primjer smjer mjer vidje željel razumje živje sjeć nijem pobijed pobjed zamjen mijenj promjen
  obavijest izvještaj izvješ savjet svjetsk uvjer ocjen procjen tjedn htje dvije lijev bijeg`);
const EKAVIAN_WORDS = words(`vreme pre posle gde ovde onde deo dete deca dece deci reka reke reč reči vek sneg svet sveta
  svetu lep lepo lepa ceo cela celo celog cena cene mera mere vera telo dve levo leva`);
const EKAVIAN = stems(`promen izmen koren oset umetn letnj podrazume reši rešen sused izbeglic snabdev zabelež
  prenet mesto mesta mestu mesec predsedni sedni sedišt poslednj nedelj pesm sever
  primer smer želel razume živel verovatn nemač pobed zamen menja promen obavest izveštaj savet svetsk uveren ocen
  procen hteo htel istorij saopšt opštin uopšt bezbedn`);
const CROATIAN = stems(`ubojstv uhić obran sustav tužiteljstv potres stupnj središnj uvjet cjepiv stanic
  suradnj glasovanj organizira tijekom tisuć tko točn sveučilišt tjedan obitelj povijest znanost priopć glazb kazališt
  zrakoplov vlak siječnj veljač ožujk travnj svibnj lipnj srpnj kolovoz rujn listopad studenog prosin europ
  dužnosni kolodvor izvanredn ravnatel veleposlan tvrtk nogomet zračn`);
const BOSNIAN_SERBIAN = stems(`tokom hiljad šta januar februar mart april juni juli avgust august septemb oktob
  novemb decemb evrop univerzitet nauk porodic zvaničn ambasad preduzeć fudbal vazdu ubistv uhapš odbran sistem
  desio desila desilo tužilaštv zemljotres stepen centraln uslov vakcin ćelij saradnj pozorišt hemij ostrv glasanj
  organizova bezbjedn`);
const BOSNIAN = stems('historij lahk mehk kahv sahat hudovic saopćen sedmic uopće');

// Any ije, or je after a consonant (not the lj/nj digraphs), inside a word: the yat reflex, whatever the word.
const YAT = /(?:[bcdfghkmprstvzčćšž]ije|[bcdfgmpstvzč]je)\p{L}/u;
// Words that have such a sequence in every variant (objekat, ubijen, izjednačiti...).
const NOT_YAT = /^(?:objek|projek|subjek|ubij|izjed|podjed|odjed|injek|trajek|dobij|pobij|razbij|nije|pije|bije|krije|premijer|karijer|pacijen|orijent|higijen|klijen)/u;

function yatTokens(text: string): number {
  let n = 0;
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (YAT.test(w) && !NOT_YAT.test(w)) n++;
  return n;
}

export function southSlavicVariant(text: string, fallback: string): string {
  const ije = Math.max(count(text, IJEKAVIAN), yatTokens(text));
  const eka = count(text, EKAVIAN) + count(text, EKAVIAN_WORDS);
  const hr = count(text, CROATIAN);
  const bs = count(text, BOSNIAN) * 2 + count(text, BOSNIAN_SERBIAN);
  if (ije + eka + hr + bs < 2) return fallback;
  if (eka > ije) return 'sr';
  if (hr > bs) return 'hr';
  if (bs > hr) return 'bs';
  return fallback === 'sr' ? 'hr' : fallback;
}
