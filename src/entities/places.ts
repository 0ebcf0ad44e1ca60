/**
 * Places CLDR does not name (cities, regions, seas, mountains), with their common exonyms, and the
 * short forms and acronyms news writes for countries and international bodies. Written by hand:
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
moon|Luna|Lune
earth|Terra

mercury-planet|Merkur|Mercurio
venus-planet|Venere|Vénus
mars|Marte|Mars
jupiter|Jupiter|Giove|Júpiter
saturn|Saturn|Saturno|Saturne
uranus|Uranus|Urano
neptune|Neptun|Nettuno|Neptune|Neptuno
pluto|Pluto|Plutone|Pluton|Plutón
`;

// International bodies that CLDR lists as regions or that news abbreviates.
export const ORGANISATIONS = `
eu|EU|UE|E.U.|Europäische Union|Unione Europea|European Union|Union européenne|Unión Europea|União Europeia|Unia Europejska|ЕС|ΕΕ
un|UN|UNO|ONU|OUN|VN|Vereinte Nationen|Nazioni Unite|United Nations|Nations unies|Naciones Unidas|Organizzazione delle Nazioni Unite|ООН|ΟΗΕ
nato|NATO|OTAN|NAVO|НАТО|ΝΑΤΟ
g7|G7|G-7|G 7
g20|G20|G-20|G 20
nasa|NASA|Nasa
white house|White House|Weißes Haus|Casa Bianca|Maison Blanche|Casa Blanca|Biały Dom|Белый дом
oval office|Oval Office
pentagon|Pentagon|Pentagono|Pentágono
kremlin|Kremlin|Kreml|Cremlino|Kremlin
aukus|AUKUS
who|WHO|OMS|Weltgesundheitsorganisation|Organizzazione mondiale della sanità|World Health Organization
imf|IWF|IMF|FMI|Internationaler Währungsfonds|Fondo monetario internazionale|International Monetary Fund
ecb|EZB|BCE|ECB|Europäische Zentralbank|Banca centrale europea|European Central Bank
wto|WTO|OMC|Welthandelsorganisation
opec|OPEC|OPEP
osce|OSZE|OSCE
fbi|FBI
cia|CIA
fifa|FIFA
uefa|UEFA
ioc|IOC|CIO|Internationales Olympisches Komitee|Comitato olimpico internazionale|International Olympic Committee
unesco|UNESCO|Unesco
unicef|UNICEF|Unicef
fao|FAO
oecd|OECD|OCSE|OCDE
world bank|Weltbank|Banca Mondiale|World Bank|Banque mondiale|Banco Mundial
red cross|Rotes Kreuz|Croce Rossa|Red Cross|Croix-Rouge|Cruz Roja|Internationales Komitee vom Roten Kreuz
amnesty international|Amnesty International|Amnesty
greenpeace|Greenpeace
human rights watch|Human Rights Watch
doctors without borders|Ärzte ohne Grenzen|Medici senza frontiere|Médecins sans frontières|Médicos sin Fronteras
hamas|Hamas
hezbollah|Hisbollah|Hezbollah|Hizbollah
taliban|Taliban|Talibani|Talibans
al qaeda|Al-Kaida|Al Qaida|al-Qaida|Al Qaeda|al-Qaeda
islamic state|IS|ISIS|ISIL|Daesh|Islamischer Staat|Stato islamico|Islamic State|État islamique|Estado Islámico
reuters|Reuters
ap|AP|Associated Press
afp|AFP|Agence France-Presse
dpa|DPA|dpa|Deutsche Presse-Agentur
ansa|ANSA|Ansa
kyodo|Kyodo
xinhua|Xinhua
tass|TASS|Tass
ots|ots
epd|epd|Evangelischer Pressedienst
ddp|ddp|dapd
kna|KNA|kna
efe|EFE
bloomberg|Bloomberg
bbc|BBC
cnn|CNN
al jazeera|Al Jazeera|Al-Dschasira
new york times|New York Times
washington post|Washington Post
wall street journal|Wall Street Journal
financial times|Financial Times
the guardian|The Guardian|Guardian
le monde|Le Monde
der spiegel|Der Spiegel|Spiegel
corriere della sera|Corriere della Sera
la repubblica|la Repubblica|La Repubblica
ard|ARD
zdf|ZDF
rai|RAI|Rai
google|Google
apple|Apple
microsoft|Microsoft
amazon|Amazon
meta|Meta|Facebook
twitter|Twitter
netflix|Netflix
wikipedia|Wikipedia
wikimedia|Wikimedia
yahoo|Yahoo
ibm|IBM
intel|Intel
samsung|Samsung
sony|Sony
toyota|Toyota
honda|Honda
volkswagen|Volkswagen|VW
bmw|BMW
daimler|Daimler|Mercedes-Benz
porsche|Porsche
siemens|Siemens
bosch|Bosch
basf|BASF
lufthansa|Lufthansa
deutsche bahn|Deutsche Bahn
telekom|Telekom|Deutsche Telekom
alitalia|Alitalia
fiat|Fiat|FIAT
eni|ENI|Eni
enel|ENEL|Enel
ferrari|Ferrari
boeing|Boeing
airbus|Airbus
general motors|General Motors
ford|Ford Motor
tesla|Tesla
shell|Shell
bp|BP
exxonmobil|ExxonMobil|Exxon
gazprom|Gazprom
rosneft|Rosneft
huawei|Huawei
alibaba|Alibaba
tiktok|TikTok
spd|SPD
cdu|CDU
csu|CSU
fdp|FDP
afd|AfD
grune|Grünen|Die Grünen|Bündnis 90/Die Grünen
linke|Die Linke|Linkspartei
pd|PD|Partito Democratico
m5s|M5S|Movimento 5 Stelle|Movimento Cinque Stelle
forza italia|Forza Italia
lega|Lega Nord|Lega
fratelli d'italia|Fratelli d'Italia|FdI
republican party|Republikaner|Repubblicani|Republicans|Republican Party|GOP
democratic party|Demokraten|Democratici|Democrats|Democratic Party
labour|Labour|Labour Party
tories|Tories|Conservative Party
ldp|LDP|Liberaldemokratische Partei
bundestag|Bundestag
bundesrat|Bundesrat
bundeswehr|Bundeswehr
bundesregierung-de|Bundesverfassungsgericht
congress-us|US-Kongress|Congress
senate-us|US-Senat
`;

/** Agencies written in lower case in datelines and credits: matched even though not capitalised. */
export const LOWER_CASE_AGENCIES: ReadonlySet<string> = new Set(['dpa', 'ots', 'epd', 'ddp', 'dapd', 'kna']);
