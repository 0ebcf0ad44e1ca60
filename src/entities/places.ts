/**
 * Places CLDR does not name (cities, regions, seas, mountains, planets), with their common exonyms, and the
 * short forms news writes for countries. Written by hand:
 * each line is one place, `id|name|name…`; the id is its English name folded, or an ISO code for countries.
 */

// Countries: aliases beyond CLDR's long and short names.
export const COUNTRY_ALIASES = `
us|USA|U.S.A.|U.S.|US|Amerika|America|Stati Uniti d'America|Vereinigte Staaten von Amerika|États-Unis d'Amérique|Estados Unidos de América|США|ΗΠΑ
gb|UK|U.K.|Großbritannien|Gran Bretagna|Great Britain|Britain|Grande-Bretagne|Gran Bretaña|Inghilterra|England|Engeland|Inglaterra|Angleterre
ru|Russische Föderation|Federazione Russa|Russian Federation|Россия
cn|Volksrepublik China|Repubblica Popolare Cinese|People's Republic of China|Китай
de|Bundesrepublik|Bundesrepublik Deutschland|BRD|Germania|Германия
nl|Holland|Olanda|Hollande|Holanda
cz|Tschechien|Repubblica Ceca|Czech Republic
ua|Ucraina|Україна|Украина
kr|Korea|Corea|Corée
kp|Nordkorea|Corea del Nord|North Korea
va|Vatikan|Vaticano|Vatican|Città del Vaticano|Vatikanstadt
gaza|Gaza|Gazastreifen|Striscia di Gaza|Gaza Strip|Bande de Gaza
`;

export const CITIES = `
washington|Washington|Washington D.C.
new york|New York|New York City|Nueva York
los angeles|Los Angeles
san francisco|San Francisco
chicago|Chicago
boston|Boston
london|London|Londra|Londres|Londen|Londyn|Лондон
paris|Paris|Parigi|París|Parijs|Paryż|Париж
berlin|Berlin|Berlino|Berlín|Berlijn|Берлин
rome|Rom|Roma|Rome|Rzym|Рим
milan|Mailand|Milano|Milan|Milán|Milão|Mediolan
naples|Neapel|Napoli|Naples|Nápoles
turin|Turin|Torino|Turín
florence|Florenz|Firenze|Florence|Florencia
venice|Venedig|Venezia|Venice|Venise|Venecia
genoa|Genua|Genova|Genoa|Gênes
bologna|Bologna|Bologne|Bolonia
palermo|Palermo
bari|Bari
catania|Catania
verona|Verona|Vérone
trieste|Triest|Trieste
padua|Padua|Padova|Padoue
munich|München|Monaco di Baviera|Munich|Múnich|Monachium
hamburg|Hamburg|Amburgo|Hambourg|Hamburgo
cologne|Köln|Colonia|Cologne
frankfurt|Frankfurt|Francoforte|Francfort|Fráncfort
stuttgart|Stuttgart|Stoccarda
dusseldorf|Düsseldorf
dresden|Dresden|Dresda|Dresde
leipzig|Leipzig|Lipsia|Leipzig
hanover|Hannover|Hanover|Hanovre
nuremberg|Nürnberg|Norimberga|Nuremberg
bonn|Bonn
bremen|Bremen|Brema
vienna|Wien|Vienna|Vienne|Viena|Wiedeń|Вена
zurich|Zürich|Zurigo|Zurich
geneva|Genf|Ginevra|Geneva|Genève|Ginebra
bern|Bern|Berna|Berne
brussels|Brüssel|Bruxelles|Brussels|Bruselas|Brussel|Bruksela
amsterdam|Amsterdam
the hague|Den Haag|L'Aia|The Hague|La Haye|La Haya
madrid|Madrid
barcelona|Barcelona|Barcellona|Barcelone
lisbon|Lissabon|Lisbona|Lisbon|Lisbonne|Lisboa
athens|Athen|Atene|Athens|Athènes|Atenas|Αθήνα|Ateny
warsaw|Warschau|Varsavia|Warsaw|Varsovie|Varsovia|Warszawa|Варшава
prague|Prag|Praga|Prague|Praha
budapest|Budapest
bucharest|Bukarest|Bucarest|Bucharest|Bucureşti|București
stockholm|Stockholm|Stoccolma|Estocolmo|Sztokholm
copenhagen|Kopenhagen|Copenaghen|Copenhagen|Copenhague
oslo|Oslo
helsinki|Helsinki
dublin|Dublin|Dublino
edinburgh|Edinburgh|Edimburgo|Édimbourg
moscow|Moskau|Mosca|Moscow|Moscou|Moscú|Moskou|Moskwa|Москва|Μόσχα
kyiv|Kiew|Kyiv|Kiev|Kijów|Київ|Киев
minsk|Minsk
istanbul|Istanbul|Istanbul|Estambul|Stambuł
ankara|Ankara
jerusalem|Jerusalem|Gerusalemme|Jérusalem|Jerusalén
tel aviv|Tel Aviv
tehran|Teheran|Tehran|Téhéran
baghdad|Bagdad|Baghdad
damascus|Damaskus|Damasco|Damascus|Damas
beirut|Beirut|Beyrouth
cairo|Kairo|Il Cairo|Cairo|Le Caire|El Cairo
riyadh|Riad|Riyadh|Riyad
dubai|Dubai|Dubaï
kabul|Kabul|Kaboul
delhi|Delhi|Neu-Delhi|Nuova Delhi|New Delhi
mumbai|Mumbai|Bombay
beijing|Peking|Pechino|Beijing|Pékin|Pekín|Pekin|Пекин
shanghai|Shanghai|Shanghái|Szanghaj
hong kong|Hongkong
tokyo|Tokio|Tokyo|Tōkyō|Токио
osaka|Osaka
okinawa|Okinawa
seoul|Seoul|Séoul|Seúl
taipei|Taipeh|Taipei
sydney|Sydney
canberra|Canberra
ottawa|Ottawa
toronto|Toronto
mexico city|Mexiko-Stadt|Città del Messico|Mexico City|Ciudad de México
brasilia|Brasília|Brasilia
rio de janeiro|Rio de Janeiro
buenos aires|Buenos Aires
santiago|Santiago
lima|Lima
bogota|Bogotá|Bogota
caracas|Caracas
havana|Havanna|L'Avana|Havana|La Habana
nairobi|Nairobi
lagos|Lagos
johannesburg|Johannesburg
cape town|Kapstadt|Città del Capo|Cape Town|Le Cap|Ciudad del Cabo
kharkiv|Charkiw|Kharkiv|Charkow|Char'kiv|Kharkov
odesa|Odessa|Odesa
crimea|Krim|Crimea|Crimée
donbas|Donbass|Donbas
sicily|Sizilien|Sicilia|Sicily|Sicile
sardinia|Sardinien|Sardegna|Sardinia|Sardaigne|Cerdeña
lombardy|Lombardei|Lombardia|Lombardy|Lombardie
tuscany|Toskana|Toscana|Tuscany|Toscane
piedmont|Piemont|Piemonte|Piedmont|Piémont
veneto|Venetien|Veneto
lazio|Latium|Lazio
campania|Kampanien|Campania|Campanie
calabria|Kalabrien|Calabria|Calabre
apulia|Apulien|Puglia|Apulia|Pouilles
liguria|Ligurien|Liguria|Ligurie
emilia-romagna|Emilia-Romagna
bavaria|Bayern|Baviera|Bavaria|Bavière
saxony|Sachsen|Sassonia|Saxony|Saxe
hesse|Hessen|Assia|Hesse
brandenburg|Brandenburg|Brandeburgo
thuringia|Thüringen|Turingia|Thuringia
baden-wurttemberg|Baden-Württemberg
north rhine-westphalia|Nordrhein-Westfalen|Renania Settentrionale-Vestfalia|North Rhine-Westphalia
lower saxony|Niedersachsen|Bassa Sassonia|Lower Saxony
rhineland-palatinate|Rheinland-Pfalz|Renania-Palatinato
schleswig-holstein|Schleswig-Holstein
mecklenburg-vorpommern|Mecklenburg-Vorpommern
saarland|Saarland
tyrol|Tirol|Tirolo|Tyrol
south tyrol|Südtirol|Alto Adige|South Tyrol
catalonia|Katalonien|Catalogna|Catalonia|Catalogne|Cataluña|Catalunya
scotland|Schottland|Scozia|Scotland|Écosse|Escocia|Schotland
wales|Wales|Galles|Pays de Galles|Gales
northern ireland|Nordirland|Irlanda del Nord|Northern Ireland
california|Kalifornien|California|Californie
texas|Texas
florida|Florida|Floride
siberia|Sibirien|Siberia|Sibérie
europe|Europa|Europe|Европа|Ευρώπη
asia|Asien|Asia|Asie|Азия
africa|Afrika|Africa|Afrique|África
america-continent|Nordamerika|Südamerika|Lateinamerika|America Latina|Latin America|North America|South America|Amérique latine
oceania|Ozeanien|Oceania|Océanie
antarctica|Antarktis|Antartide|Antarctica|Antarctique
middle east|Nahost|Naher Osten|Medio Oriente|Middle East|Moyen-Orient|Oriente Medio
balkans|Balkan|Balcani|Balkans
mediterranean|Mittelmeer|Mediterraneo|Mediterranean|Méditerranée|Mediterráneo
alps|Alpen|Alpi|Alps|Alpes
rhine|Rhein|Reno|Rhine|Rhin
danube|Donau|Danubio|Danube
po|Po
tiber|Tiber|Tevere|Tibre
elbe|Elbe|Elba
thames|Themse|Tamigi|Thames|Tamise
pacific|Pazifik|Pacifico|Pacific|Pacifique|Pacífico
atlantic|Atlantik|Atlantico|Atlantic|Atlantique|Atlántico
indo-pacific|Indopazifik|Indo-Pacifico|Indo-Pacific
south china sea|Südchinesisches Meer|Mar Cinese Meridionale|South China Sea
baltic|Ostsee|Mar Baltico|Baltic Sea
north sea|Nordsee|Mare del Nord|North Sea
black sea|Schwarzes Meer|Mar Nero|Black Sea|Mer Noire
moon|Luna|Lune|Mond
earth|Terra|Erde
sun|Sonne

mercury-planet|Merkur|Mercurio
venus-planet|Venere|Vénus
mars|Marte|Mars
jupiter|Jupiter|Giove|Júpiter
saturn|Saturn|Saturno|Saturne
uranus|Uranus|Urano
neptune|Neptun|Nettuno|Neptune|Neptuno
pluto|Pluto|Plutone|Pluton|Plutón
`;

/**
 * Regions, landscapes, mountains and rivers of Europe and the world, and the German names of Central and
 * Eastern European towns that news and history write ("Danzig", "Breslau", "Auschwitz"), written by hand from
 * general knowledge. Like the brands of named-as-written.ts, a one-word name here is matched as written, never by
 * stem; names that are also German words are left out ("Harz", resin; "Franken", francs; "Oder", or;
 * "Posen", poses; "Kaschmir", cashmere; "Main"; "Inn"; "Zug"), and so are the forms that are also people's
 * names ("Havel", "Wallis", "Holstein", "Lorraine", "Brittany", "Moravia"): a fixed place would win over the
 * person the article names ("Havel sagte").
 */
export const PLACES_AS_WRITTEN = `
carinthia|Kärnten|Carinzia|Carinthia
styria|Steiermark|Stiria|Styria
vorarlberg|Vorarlberg
burgenland|Burgenland
lower austria|Niederösterreich|Bassa Austria|Lower Austria
upper austria|Oberösterreich|Alta Austria|Upper Austria
grisons|Graubünden|Grigioni|Grisons
ticino|Tessin|Ticino
valais|Vallese|Valais
aargau|Aargau|Argovia
thurgau|Thurgau|Turgovia
vaud|Waadt|Waadtland|Vaud
ruhr area|Ruhrgebiet|Ruhrpott|Ruhr area
allgau|Allgäu
black forest|Schwarzwald|Foresta Nera|Black Forest|Forêt-Noire
eifel|Eifel
taunus|Taunus
odenwald|Odenwald
spessart|Spessart
ore mountains|Erzgebirge|Monti Metalliferi|Ore Mountains
vogtland|Vogtland
emsland|Emsland
sauerland|Sauerland
munsterland|Münsterland
rhineland|Rheinland|Renania|Rhineland|Rhénanie
westphalia|Westfalen|Vestfalia|Westphalia
east frisia|Ostfriesland|Frisia orientale|East Frisia
lusatia|Lausitz|Lusazia|Lusatia
uckermark|Uckermark
breisgau|Breisgau
upper bavaria|Oberbayern|Alta Baviera|Upper Bavaria
lower bavaria|Niederbayern
upper palatinate|Oberpfalz
palatinate|Pfalz|Palatinato|Palatinate
mecklenburg|Mecklenburg|Meclemburgo
western pomerania|Vorpommern
hunsruck|Hunsrück
westerwald|Westerwald
bavarian forest|Bayerischer Wald|Foresta Bavarese|Bavarian Forest
saxon switzerland|Sächsische Schweiz
luneburg heath|Lüneburger Heide
lake constance|Bodensee|Lago di Costanza|Lake Constance|Lac de Constance
chiemsee|Chiemsee
zugspitze|Zugspitze
neckar|Neckar
weser|Weser
moselle|Mosel|Mosella|Moselle
saale|Saale
spree|Spree
isar|Isar
transylvania|Siebenbürgen|Transilvania|Transylvania
bohemia|Böhmen|Boemia|Bohemia|Bohême
moravia|Mähren
silesia|Schlesien|Slesia|Silesia|Silésie
pomerania|Pommern|Pomerania|Poméranie
east prussia|Ostpreußen|Prussia orientale|East Prussia
prussia|Preußen|Prussia|Prusse
sudetenland|Sudetenland
bukovina|Bukowina|Bucovina|Bukovina
szczecin|Stettin|Szczecin|Stettino
wroclaw|Breslau|Wrocław|Breslavia
gdansk|Danzig|Gdańsk|Danzica
kaliningrad|Königsberg|Kaliningrad
oswiecim|Auschwitz|Oświęcim
bratislava|Pressburg|Bratislava
lviv|Lemberg|Lwiw|Leopoli|Lviv|Lwów
krakow|Krakau|Cracovia|Kraków|Cracow|Cracovie
brno|Brünn|Brno
ljubljana|Laibach|Lubiana|Ljubljana
karlovy vary|Karlsbad|Karlovy Vary
caucasus|Kaukasus|Caucaso|Caucasus|Caucase
himalaya|Himalaya|Himalaja|Himalayas
andes|Anden|Ande|Andes
rocky mountains|Rocky Mountains|Montagne Rocciose
sahara|Sahara
arctic|Arktis|Artide|Arctic|Arctique
chechnya|Tschetschenien|Cecenia|Chechnya|Tchétchénie
west bank|Westjordanland|Cisgiordania|West Bank|Cisjordanie
golan heights|Golanhöhen|Alture del Golan|Golan Heights|Golan
kurdistan|Kurdistan
tibet|Tibet
darfur|Darfur
sinai|Sinai|Sinai-Halbinsel
patagonia|Patagonien|Patagonia|Patagonie
scandinavia|Skandinavien|Scandinavia|Scandinavie
baltics|Baltikum|Paesi baltici|Baltic states|Baltics
brittany|Bretagne|Bretagna
normandy|Normandie|Normandia|Normandy
provence|Provence|Provenza
alsace|Elsass|Elsaß|Alsazia|Alsace
lorraine|Lothringen|Lorena
corsica|Korsika|Corsica|Corse
umbria|Umbrien|Umbria|Ombrie
friuli|Friaul|Friuli|Frioul
andalusia|Andalusien|Andalusia|Andalucía|Andalousie
basque country|Baskenland|Paesi Baschi|Basque Country|País Vasco|Pays basque
majorca|Mallorca|Maiorca|Majorca|Majorque
canary islands|Kanarische Inseln|Kanaren|Isole Canarie|Canary Islands|Canarias
flanders|Flandern|Fiandre|Flanders|Flandre|Vlaanderen
wallonia|Wallonie|Vallonia|Wallonia
`;
