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

/**
 * Companies, media, sports bodies, agencies and parties that news names often: the largest companies and
 * best-known brands of Europe, America and East Asia, the main German-language and international media, and the
 * parties of the German-speaking countries, written by hand from general knowledge. Names that are also common
 * words or people (the German "Allianz", "Bayer", "Henkel"; "Ford", "Merck", "Dell", "Uber" as "Über") are left
 * out or listed only in a longer form ("Continental AG"); so is an all-capital form of four letters or more that
 * is also a word ("ZEIT": gazetteer.ts matches such forms in title case too). A single word of these lists is
 * matched as written (and with a German genitive -s), never by stem, either way: a brand does not decline, and
 * stems meet German words ("Moderna" and "Moderne", "Zeiten" and "Zeit"). Football clubs were tried and left
 * out (DESIGN.md, Entities).
 */
export const NAMED_AS_WRITTEN = `
adidas|Adidas|adidas
beiersdorf|Beiersdorf
brenntag|Brenntag
commerzbank|Commerzbank
continental|Continental AG
covestro|Covestro
deutsche bank|Deutsche Bank
deutsche borse|Deutsche Börse
deutsche post|Deutsche Post|DHL
eon|E.ON|Eon
fresenius|Fresenius
infineon|Infineon
munich re|Munich Re|Münchener Rück
rheinmetall|Rheinmetall
rwe|RWE
sap|SAP
vonovia|Vonovia
zalando|Zalando
aldi|Aldi
lidl|Lidl
edeka|Edeka
thyssenkrupp|ThyssenKrupp|Thyssenkrupp
evonik|Evonik
hapag-lloyd|Hapag-Lloyd
tui|TUI
audi|Audi
opel|Opel
bertelsmann|Bertelsmann
prosiebensat1|ProSiebenSat.1|ProSieben|Pro Sieben
axel springer|Axel Springer|Springer-Verlag
enbw|EnBW
vattenfall|Vattenfall
hochtief|Hochtief
bilfinger|Bilfinger Berger|Bilfinger
salzgitter-ag|Salzgitter AG
hugo boss|Hugo Boss
wirecard|Wirecard
schaeffler|Schaeffler
kfw|KfW
postbank|Postbank
air berlin|Air Berlin
ryanair|Ryanair
easyjet|easyJet|Easyjet
alphabet|Alphabet Inc.
nvidia|Nvidia|NVIDIA
berkshire hathaway|Berkshire Hathaway
jpmorgan|JPMorgan|JP Morgan|JPMorgan Chase
goldman sachs|Goldman Sachs
morgan stanley|Morgan Stanley
citigroup|Citigroup|Citibank
bank of america|Bank of America
wells fargo|Wells Fargo
mastercard|Mastercard|MasterCard
paypal|PayPal|Paypal
walmart|Walmart|Wal-Mart
coca-cola|Coca-Cola
pepsico|PepsiCo|Pepsi
mcdonalds|McDonald's|McDonalds
starbucks|Starbucks
nike|Nike
disney|Disney
warner bros|Warner Bros.|Warner Brothers
comcast|Comcast
pfizer|Pfizer
johnson & johnson|Johnson & Johnson
moderna|Moderna
biontech|Biontech|BioNTech
procter & gamble|Procter & Gamble
general electric|General Electric
chevron|Chevron
caterpillar|Caterpillar
oracle|Oracle
cisco|Cisco
hewlett-packard|Hewlett-Packard|HP
amd|AMD
qualcomm|Qualcomm
airbnb|Airbnb
ebay|eBay|Ebay
aol|AOL
motorola|Motorola
kodak|Kodak
chrysler|Chrysler
lockheed martin|Lockheed Martin
raytheon|Raytheon
fedex|FedEx
sun microsystems|Sun Microsystems
adobe|Adobe
openai|OpenAI
spacex|SpaceX
nestle|Nestlé|Nestle
novartis|Novartis
roche|Roche
ubs|UBS
credit suisse|Credit Suisse
abb|ABB
swiss re|Swiss Re
swiss life|Swiss Life
swatch|Swatch
glencore|Glencore
lvmh|LVMH
loreal|L'Oréal|L’Oréal
totalenergies|TotalEnergies
sanofi|Sanofi
bnp paribas|BNP Paribas
societe generale|Société Générale
credit agricole|Crédit Agricole
axa|AXA
renault|Renault
peugeot|Peugeot
stellantis|Stellantis
michelin|Michelin
danone|Danone
carrefour|Carrefour
vivendi|Vivendi
alstom|Alstom
unilever|Unilever
philips|Philips
heineken|Heineken
hsbc|HSBC
barclays|Barclays
vodafone|Vodafone
rolls-royce|Rolls-Royce
astrazeneca|AstraZeneca
glaxosmithkline|GlaxoSmithKline|GSK
unicredit|UniCredit|Unicredit
intesa sanpaolo|Intesa Sanpaolo
generali|Assicurazioni Generali
telecom italia|Telecom Italia
pirelli|Pirelli
mediaset|Mediaset
ericsson|Ericsson
nokia|Nokia
volvo|Volvo
ikea|IKEA|Ikea
spotify|Spotify
maersk|Maersk|Mærsk
novo nordisk|Novo Nordisk
santander|Banco Santander
telefonica|Telefónica|Telefonica
iberdrola|Iberdrola
inditex|Inditex
repsol|Repsol
equinor|Equinor|Statoil
omv|OMV
red bull|Red Bull
lukoil|Lukoil
aeroflot|Aeroflot
nissan|Nissan
mitsubishi|Mitsubishi
mitsubishi ufj|Mitsubishi UFJ
mizuho|Mizuho
hitachi|Hitachi
panasonic|Panasonic
toshiba|Toshiba
fujitsu|Fujitsu
nintendo|Nintendo
softbank|SoftBank|Softbank
hyundai|Hyundai
tsmc|TSMC
foxconn|Foxconn
lenovo|Lenovo
xiaomi|Xiaomi
tencent|Tencent
baidu|Baidu
faz|FAZ|F.A.Z.|Frankfurter Allgemeine|Frankfurter Allgemeine Zeitung
suddeutsche zeitung|Süddeutsche Zeitung|Süddeutsche
zeit online|Zeit Online|ZEIT Online
welt am sonntag|Welt am Sonntag
bild-zeitung|Bild-Zeitung|Bild am Sonntag
taz|taz|TAZ
handelsblatt|Handelsblatt
tagesspiegel|Tagesspiegel
rtl|RTL
sat1|Sat.1|SAT.1
n24|N24
deutschlandfunk|Deutschlandfunk
deutsche welle|Deutsche Welle
wdr|WDR
ndr|NDR
swr|SWR
mdr|MDR
rbb|RBB|rbb
orf|ORF
srf|SRF
nzz|NZZ|Neue Zürcher Zeitung
der standard|Der Standard
le figaro|Le Figaro
el pais|El País
usa today|USA Today
daily telegraph|Daily Telegraph|The Telegraph
daily mail|Daily Mail
newsweek|Newsweek
fox news|Fox News
nbc|NBC
cbs|CBS
msnbc|MSNBC
cnbc|CNBC
ria novosti|RIA Novosti
interfax|Interfax
euronews|Euronews
dfb|DFB|Deutscher Fußball-Bund
dfl|DFL|Deutsche Fußball Liga
dosb|DOSB
nhl|NHL
nba|NBA
nfl|NFL
mlb|MLB
atp|ATP
wta|WTA
adac|ADAC
fia|FIA
uci|UCI
unhcr|UNHCR
wfp|WFP|Welternährungsprogramm
iaea|IAEA|IAEO|Internationale Atomenergiebehörde
ilo|ILO
isaf|ISAF
kfor|KFOR
interpol|Interpol
europol|Europol
frontex|Frontex
nsa|NSA
fda|FDA
fed|Fed|Federal Reserve|US-Notenbank
ovp|ÖVP
spo|SPÖ
fpo|FPÖ
bzo|BZÖ
svp|SVP
npd|NPD
pds|PDS
wasg|WASG
nsdap|NSDAP
sed|SED
kpd|KPD
anc|ANC
pkk|PKK
ira|IRA
fatah|Fatah
likud|Likud
ukip|UKIP
psoe|PSOE
syriza|Syriza
`;
