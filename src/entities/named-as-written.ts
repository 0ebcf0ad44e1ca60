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
