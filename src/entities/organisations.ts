/**
 * Organisations news names by a short or foreign form, written by hand: international bodies (some of
 * which CLDR lists as regions), agencies, media, companies, parties. Each line is `id|name|name…`; a name
 * written in capitals is an acronym and matches only when written so ("UNO", not "Uno").
 */

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
mafia|Mafia|Cosa Nostra|Cosa nostra
camorra|Camorra
ndrangheta|'Ndrangheta|Ndrangheta
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
