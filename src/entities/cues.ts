/**
 * Word lists that tell what kind of name a span is, written by hand for the languages we serve.
 * All entries are lower-case, NFC.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Words that make a capitalised span an organisation, wherever they stand in it. */
export const ORG_WORDS = set(`
ag gmbh kg se ug ev e.v. inc corp co ltd llc plc sa spa s.p.a srl s.r.l nv bv ab oy asa group gruppe gruppo groupe grupo holding
partei party partito parti partido fraktion union unione
bank banca banque banco sparkasse versicherung assicurazioni
ministerium ministero ministry ministère ministerio department dipartimento departement amt behörde agentur agenzia agency agence
universität university università université universidad universidade hochschule politecnico institut institute istituto
akademie accademia academy schule scuola college
verein verband vereinigung gewerkschaft federazione federation fédération association associazione stiftung fondazione foundation
rat council consiglio conseil commission kommission commissione committee komitee comitato
gericht court corte tribunal tribunale bundesverfassungsgericht
zeitung times post journal gazette gazzetta corriere repubblica tribune news
fc ac as ss us sc sv tsv vfb vfl bsc calcio club
polizei police polizia armee army esercito
airlines airways motors motor automobile werke
konzern company compagnia compagnie società
kirche church chiesa
senat senato senate parlament parlamento parliament bundestag bundesrat landtag kongress congresso congress camera
`);

/** Capitalised endings of one-word German organisation names: "Bundesverfassungsgericht", "Bundesbank". */
export const ORG_SUFFIX = /(?:partei|ministerium|bank|verband|gewerkschaft|gericht|konzern|werke|kasse|amt|agentur|hochschule|universität)$/u;

/** Particles inside person names: "Ursula von der Leyen", "Leonardo da Vinci", "Charles de Gaulle". */
export const NAME_PARTICLES = set('von van der den de di da del della dos das du le la bin ibn al el ter zu dei');

/** Lower-case words allowed inside organisation names: "Banca d'Italia", "Bank of Japan", "Camera dei Deputati". */
export const ORG_CONNECTORS = set('of for the and & de di del della dello delle dei degli d du des da do der die das für für und e y et per');

/** Prepositions after which a capitalised name is most often a place. */
export const LOC_PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  de: set('in nach aus bei im ins nahe gen richtung'),
  it: set('a in da verso presso nel'),
  en: set('in to from at near'),
  fr: set('à en au aux vers'),
  es: set('en a hacia desde'),
  pt: set('em a para no na'),
  nl: set('in naar uit bij'),
  pl: set('w we do z ze'),
};

/** Words before a name that say it is a person: honorifics and generic person nouns. */
export const PER_CUES = set(`
herr frau mr mrs ms dr prof sir dame signor signora sig dott monsieur madame mme señor señora sr sra senhor senhora pan pani
schauspieler schauspielerin sänger sängerin autor autorin künstler künstlerin regisseur spieler spielerin
attore attrice cantante scrittore scrittrice regista giocatore pilota
actor actress singer writer author director player
`);
