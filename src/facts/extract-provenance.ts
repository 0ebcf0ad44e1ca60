/**
 * Where an article says it comes from: a translation notice, a wire service's dateline or credit, or
 * "with material from". Read from the text itself, in en, de, it, fr, es, pt, nl and pl; pattern-based,
 * because these notices are formulaic in every newsroom.
 */
import type { Paragraph } from '../article.ts';
import type { Provenance } from './fact.ts';

export interface ProvenanceInput {
  text: string;
  paragraphs: readonly Paragraph[];
}

/** Wire services whose short names appear in datelines and credits. */
const AGENCIES = [
  'AFP', 'AP', 'Reuters', 'dpa', 'DPA', 'ANSA', 'EFE', 'Lusa', 'PAP', 'ANP', 'Belga', 'APA', 'KNA', 'epd', 'AdnKronos',
  'Adnkronos', 'Agência Brasil', 'Europa Press', 'SDA', 'Keystone-SDA', 'TASS', 'Xinhua', 'Kyodo', 'Bloomberg', 'UPI',
  'AAP', 'CTK', 'ČTK', 'MTI', 'BTA', 'Hina', 'HINA', 'Tanjug', 'STA', 'Anadolu', 'IANS', 'PTI', 'Yonhap', 'Jiji',
];
const agencyAlternation = AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** A source name as written: capitalised words (with connectors inside), or a known agency. */
const NAME = String.raw`(?:${agencyAlternation}|[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d.&'’-]*|de|del|della|di|du|des|la|le|van|der|von|of|the)){0,5})`;

interface Rule {
  via: Provenance['via'];
  re: RegExp;
}

// Each rule captures the source as group `src`. Trailing generic words ("Artikel", "article") are trimmed below.
const RULES: Rule[] = [
  // translation notices
  { via: 'translation', re: new RegExp(String.raw`(?:Übersetzung|Übersetzt)\s+(?:vom|von|aus dem|aus der|des|der|eines)\s+(?:englischen\s+|englischsprachigen\s+|Original-?)?(?<src>${NAME})`, 'gu') },
  { via: 'translation', re: new RegExp(String.raw`(?:[Tt]ranslated|[Tt]ranslation)\s+(?:from|of)\s+(?:the\s+|an?\s+)?(?:original\s+)?(?<src>${NAME})`, 'gu') },
  { via: 'translation', re: new RegExp(String.raw`(?:[Tt]radott[oa]|[Tt]raduzione)\s+(?:dall[' ’]?(?:articolo\s+)?(?:originale\s+)?(?:di|de)?\s*|da\s+|di\s+|dell[' ’]articolo\s+(?:di\s+)?)(?<src>${NAME})`, 'gu') },
  { via: 'translation', re: new RegExp(String.raw`(?:[Tt]raduit|[Tt]raduction)\s+(?:de l[' ’]article\s+(?:de\s+|du\s+)?|du|de|d['’])\s*(?<src>${NAME})`, 'gu') },
  { via: 'translation', re: new RegExp(String.raw`(?:[Tt]raducido|[Tt]raducción|[Tt]raduzido|[Tt]radução)\s+(?:del artículo de|do artigo d[aeo]|de|del|da|do)\s+(?<src>${NAME})`, 'gu') },
  { via: 'translation', re: new RegExp(String.raw`(?:[Vv]ertaald|[Vv]ertaling)\s+(?:uit|van)\s+(?:het\s+|de\s+)?(?<src>${NAME})`, 'gu') },
  { via: 'translation', re: new RegExp(String.raw`(?:[Tt]łumaczenie|[Pp]rzetłumaczone|[Pp]rzekład)\s+(?:z|artykułu z|artykułu)\s+(?<src>${NAME})`, 'gu') },
  // "with material from"
  { via: 'material', re: new RegExp(String.raw`(?:[Mm]it\s+Material\s+(?:von|der|des)|[Mm]it\s+Informationen\s+(?:von|der))\s+(?<src>${NAME})`, 'gu') },
  { via: 'material', re: new RegExp(String.raw`(?:[Ww]ith|[Ii]ncludes?)\s+(?:additional\s+)?(?:material|reporting|information)\s+(?:from|by)\s+(?<src>${NAME})`, 'gu') },
  { via: 'material', re: new RegExp(String.raw`(?:[Cc]on\s+(?:materiale|informazioni|fonti)\s+(?:di|da|dell['’])|[Ff]onte:)\s*(?<src>${NAME})`, 'gu') },
  { via: 'material', re: new RegExp(String.raw`(?:[Aa]vec\s+(?:l['’]|les\s+)?)(?<src>${agencyAlternation})\b`, 'gu') },
  { via: 'material', re: new RegExp(String.raw`(?:[Cc]on\s+información\s+de|[Cc]om\s+informações\s+d[aeo]s?)\s+(?<src>${NAME})`, 'gu') },
  { via: 'material', re: new RegExp(String.raw`(?:[Mm]et\s+materiaal\s+van|[Nn]a\s+podstawie)\s+(?<src>${NAME})`, 'gu') },
  // agency datelines and credits: "BERLIN (dpa) –", "(AFP) -", "(Reuters) —", "(ANSA)" at a paragraph's end
  { via: 'agency', re: new RegExp(String.raw`\((?<src>(?:${agencyAlternation})(?:\s*/\s*(?:${agencyAlternation}))*)\)\s*[-–—:]`, 'gu') },
  { via: 'agency', re: new RegExp(String.raw`\((?<src>(?:${agencyAlternation})(?:\s*/\s*(?:${agencyAlternation}))*)\)\s*$`, 'gmu') },
];

// Most paragraphs hold no notice at all: one cheap test keeps the rules off them.
const TRIGGER = /bersetz|ranslat|radu|radott|ertaal|łumacz|rzetłum|rzekład|aterial|ateriaal|nforma|eporting|onte:|vec\s|podstawie|\(/u;

const TRAILING_GENERIC = /\s+(?:Artikel|Artikels|Beitrag|article|articolo|artículo|artigo|artikel|artykuł|Originalartikel)$/u;

function cleanSource(s: string): string {
  let out = s.trim().replace(/[.:,;]+$/u, '');
  for (let i = 0; i < 2; i++) out = out.replace(TRAILING_GENERIC, '');
  return out;
}

/** Provenance statements in reading order; one per span, the earliest rule winning on overlap. */
export function extractProvenance(input: ProvenanceInput): Provenance[] {
  const found: Provenance[] = [];
  for (const p of input.paragraphs) {
    if (p.repeatOf !== null) continue;
    const para = input.text.slice(p.start, p.end);
    if (!TRIGGER.test(para)) continue;
    for (const rule of RULES) {
      rule.re.lastIndex = 0;
      for (const m of para.matchAll(rule.re)) {
        const src = m.groups?.src;
        if (!src) continue;
        const source = cleanSource(src);
        if (source.length < 2) continue;
        const start = p.start + m.index!;
        const end = start + m[0].trimEnd().length;
        if (found.some((f) => start < f.end && f.start < end)) continue;
        found.push({ kind: 'provenance', start, end, text: input.text.slice(start, end), source, via: rule.via });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
