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
fc ac sc sv tsv vfb vfl bsc calcio club
polizei police polizia armee army esercito bundeswehr procura questura carabinieri governo comune regione
lega movimento guardia vigili croce forze nazionale federazione confindustria
verlag rundfunk kurier borussia sporting olympique athletic
airlines airways motors motor automobile werke
konzern company compagnia compagnie società
kirche church chiesa
senat senato senate parlament parlamento parliament bundestag bundesrat landtag kongress congresso congress camera
`);

/** Capitalised endings of one-word German organisation names: "Bundesverfassungsgericht", "Bundesbank". */
export const ORG_SUFFIX = /(?:partei|ministerium|bank|verband|gewerkschaft|gericht|gerichtshof|konzern|werke|kasse|amt|agentur|hochschule|universität|verlag|rundfunk|kammer|dienst)$/u;

/** Particles inside person names: "Ursula von der Leyen", "Leonardo da Vinci", "Charles de Gaulle". */
export const NAME_PARTICLES = set('von van der den de di da dos das du le la bin ibn al el ter zu');

/** Lower-case words allowed inside organisation names: "Banca d'Italia", "Bank of Japan", "Camera dei Deputati". */
export const ORG_CONNECTORS = set('of for the & de di del della dello delle dei degli d du des der für per');

/** Nouns that end German place names, alone or as a compound's head: "Gendarmenmarkt", "Lehrter Bahnhof". */
export const DE_PLACE_NOUN = /(?:straße|strasse|platz|bahnhof|allee|brücke|mühle|markt|see|tal|berg|gebirge|park|ufer|damm|kanal|insel|wald)$/u;

/** Prepositions after which a capitalised name is most often a place. */
export const LOC_PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  de: set('in nach aus bei im ins nahe gen richtung zwischen von'),
  it: set('a in da verso presso nel tra fra'),
  en: set('in to from at near'),
  fr: set('à en au aux vers'),
  es: set('en a hacia desde'),
  pt: set('em a para no na'),
  nl: set('in naar uit bij'),
  pl: set('w we do z ze'),
};

/** German honorifics: the word after one is a name, whatever else it could be ("Herr Fischer", "Dr. Neumann"). */
export const DE_HONORIFICS = set('herr herrn frau dr prof');

/** Words before a name that say it is a person: honorifics and generic person nouns. */
export const PER_CUES = set(`
herr herrn frau mr mrs ms dr prof sir dame signor signora sig dott monsieur madame mme señor señora sr sra senhor senhora pan pani
schauspieler schauspielerin sänger sängerin autor autorin künstler künstlerin regisseur spieler spielerin
attore attrice cantante scrittore scrittrice regista giocatore pilota
actor actress singer writer author director player
`);

/** Nouns before a name that make it a place: "provincia di Trapani", "die Stadt Köln". */
export const LOC_NOUNS = set(`
città comune comuni provincia regione località capitale isola frazione paese quartiere villaggio aeroporto stazione stazioni sindaco
abitanti cittadini dintorni periferia
flughafen bahnhof bürgermeister einwohner
stadt gemeinde gemeinden landkreis kreis hauptstadt region provinz bundesland insel ort dorf stadtteil ortsteil kanton station stationen departement
city town province state region island village capital county district
ville province région île ciudad provincia región isla cidade província
`);

/**
 * Italian news (and KIND) treats lower-case institutions as organisations: "il governo tedesco",
 * "la polizia", "i vigili del fuoco". Phrases, longest first; a nationality adjective may follow.
 */
export const IT_INSTITUTIONS: readonly string[][] = [
  'vigili del fuoco', 'protezione civile', 'guardia costiera', 'guardia di finanza', 'consiglio dei ministri', 'camera dei deputati',
  'consiglio comunale', 'giunta comunale', 'giunta regionale', 'amministrazione comunale', 'forze armate', 'corte costituzionale',
  'corte di cassazione', 'polizia locale', 'polizia municipale', 'polizia stradale', 'polizia postale', 'polizia scientifica',
  'polizia giudiziaria', 'governo', 'polizia', 'esercito', 'regime', 'magistratura', 'parlamento', 'carabinieri', 'procura',
  'questura', 'tribunale', 'senato', 'ministero',
].map((p) => p.split(' '));

/** Adjectives of nationality or level that extend an institution: "governo tedesco", "esercito statunitense". */
export const IT_INSTITUTION_ADJECTIVE = /^(?:[a-zàèéìòù]{2,}(?:ese|esi|ano|ana|ani|ane|ino|ina|ense|ensi|eno|ena)|tedesc[oa]|russ[oa]|grec[oa]|turc[oa]|svizzer[oa]|britannic[oa]|polacc[oa]|austriac[oa]|spagnol[oa]|belga|ebraic[oa]|federale|nazionale|regionale|provinciale|comunale|locale|municipale|governativo|militare|europe[ao]|centrale|mondiale|internazionale|costituzionale|superiore|suprem[ao]|democratic[ao]|popolare|sociale|cattolic[ao])$/u;

/** Capitalised abbreviations that name no organisation (currency codes come from Intl: EUR, CHF, USD…). */
export const NOT_ORG_ACRONYMS = set(`
${Intl.supportedValuesOf('currency').join(' ').toLowerCase()}
url isbn issn pmid doi pdf html http www dna rna hiv aids tv cd dvd gps pc sms usb ceo cfo pil iva km kg mw kw ps nr st
ok vip faq it ict ai ki ufo lgbt plz stgb bgb gg mrd mio ca usw bzw bip gdp mhz ghz utc cest cet gmt mez gp lsd tg imu ip gpx elo
ii iii iv vi vii viii ix xi xii xiii xiv xv xx wm em ebit kb mb gb tb kbit mbit ukw
`);

/** Lower-case Italian heads of place names: "via Padova", "provincia di Trapani", "piazza Tienanmen". */
export const IT_PLACE_HEADS = set('via viale piazza corso provincia castello ponte lago monte monti fiume isola golfo stretto valle statale autostrada quartiere stazione aeroporto porto chiesa distretto parco punta ospedale stadio museo teatro palazzo basilica cattedrale duomo');

/** Compass words that extend a place: "Germania Est", "Corea del Nord". */
export const COMPASS = set('est ovest nord sud ost west süd north south east orientale occidentale settentrionale meridionale');

/**
 * Definite articles and article-preposition contractions. Before an unknown name they point to an
 * organisation: persons take no article ("Biden", not "il Biden") and most places are in the gazetteer.
 */
export const ARTICLES: Record<string, ReadonlySet<string>> = {
  it: set('il lo la l i gli le del dello della dell dei degli delle dal dallo dalla dall dai dagli dalle al allo alla all ai agli alle nel nello nella nell nei negli nelle sul sullo sulla sull sui sugli sulle col'),
  de: set('der die das des dem den'),
  en: set('the'),
  fr: set('le la les l du des au aux'),
  es: set('el la los las del al'),
  pt: set('o a os as do da dos das no na nos nas ao à'),
  nl: set('de het'),
};

/** An organisation word in any of its German case forms: "Amt", "Amtes", "Banken", "Ministeriums". */
const germanOrgForms = new Map<string, boolean>();

/**
 * Heads of German compounds that name a body of some kind: "Mieter|verein", "Magnesit|werke", "Tage|blatt",
 * "Bundesjustiz|ministerium". Alone such a compound is still a common noun ("der Mieterverein"), and before
 * a name it says what kind of body the name is ("Chemiekonzern BASF"); after a place's adjective it is the
 * body's name ("Hamburger Mieterverein").
 */
export const DE_ORG_HEAD = /(?:^|\p{L}{3})(?:tageblatt|tageblatts|anzeiger|anzeigers|rundschau|morgenpost|abendblatt|abendblatts|umschau)$|\p{L}{3}(?:verein|vereine|vereins|vereinigung|verband|verbände|verbandes|kammer|kammern|ministerium|ministeriums|bank|banken|sparkasse|gericht|gerichts|gerichtshof|gerichtshofs|partei|verlag|verlags|verlages|werke|stiftung|nachrichtendienst|geheimdienst|pressedienst|bundesamt|landesamt|agentur|konzern|konzerns|gewerkschaft|zeitung|kurier|kuriers|tageblatt|tageblatts|anzeiger|rundschau|nachrichten|presse|morgenpost|abendblatt|abendblatts|umschau|hochschule|universität|gymnasium|akademie|genossenschaft|betriebe|brauerei|rundfunk|fernsehen)$/u;

export function isOrgWord(norm: string, lang: string): boolean {
  if (ORG_WORDS.has(norm)) return true;
  if (lang !== 'de') return false;
  let r = germanOrgForms.get(norm);
  if (r === undefined) {
    const m = /^(.{3,}?)(?:es|s|en|n|e)$/u.exec(norm);
    r = m !== null && ORG_WORDS.has(m[1]!);
    if (germanOrgForms.size > 50_000) germanOrgForms.clear();
    germanOrgForms.set(norm, r);
  }
  return r;
}

// Verbs that follow a person's name at the start of a news sentence: reporting verbs and auxiliaries.
export const SUBJECT_VERBS = new Set(`
sagte sagt erklärte erklärt betonte betont meinte fügte dankte dankt kündigte forderte warnte kritisierte sprach
hatte hat ist war wird wurde will wollte soll sollte kann konnte muss
ha è aveva era sarà dice disse afferma dichiara spiega sostiene aggiunge
said says told added has had is was will would warned called
a dit déclare affirme est était sera
dijo afirmó declaró es fue será ha
disse afirmou declarou
zei heeft is was
powiedział powiedziała jest był była
`.trim().split(/\s+/));

/** Words of event, prize and competition names: such names are of no type we extract. */
export const EVENT_WORDS = set(`
premio coppa festival giochi mondiale mondiali campionato campionati olimpiadi slam contest awards award pride expo salone palio trofeo torneo
cup championship championships prix
pokal meisterschaft weltmeisterschaft europameisterschaft preis turnier
coupe championnat jeux copa campeonato juegos
`);
