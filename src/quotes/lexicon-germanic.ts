/** Reported speech in English, German and Dutch (see speech-lexicon.ts for what each field means). */

import type { LexiconSource } from './speech-lexicon.ts';

/** English verb forms from lemmas; `lemma|past` or `lemma|past|participle` where they are irregular. */
function english(spec: string): string {
  const out: string[] = [];
  for (const entry of spec.split(/\s+/).filter(Boolean)) {
    const [lemma, past, participle] = entry.split('|') as [string, string | undefined, string | undefined];
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    const cy = /[^aeiou]y$/.test(lemma);
    const third = cy ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
    const regular = cy ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
    const pastForm = past ?? regular;
    const doubled = past && past.endsWith('ed') && past.length === lemma.length + 3 ? past.slice(0, -2) : null;
    out.push(lemma, third, pastForm, participle ?? pastForm, doubled ? `${doubled}ing` : `${stem}ing`);
  }
  return out.join(' ');
}

/** German weak verbs from stems: sag → sagt sagte sagten gesagt (stems in t/d take an e: antwortet). */
function german(weak: string, strong: string): string {
  const out: string[] = strong.split(/\s+/);
  for (const entry of weak.split(/\s+/).filter(Boolean)) {
    const [stem, prefix] = entry.split('+') as [string, string | undefined];
    const e = /[td]$/.test(stem) ? 'e' : '';
    out.push(`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, prefix ? `${prefix}${stem}${e}t` : `ge${stem}${e}t`);
  }
  return out.join(' ');
}

const ENGLISH_FORMS = english(
  'say|said tell|told write|wrote|written add state note explain ask argue insist claim declare announce warn reply ' +
    'respond continue recall acknowledge admit|admitted suggest contend maintain observe remark tweet concede predict ' +
    'promise urge caution complain conclude emphasize emphasise stress joke quip|quipped counter shout yell exclaim ' +
    'whisper report confirm deny allege assert affirm reiterate repeat testify boast lament mention charge protest ' +
    'scoff muse wonder recount reason vow pledge agree point answer retort snap|snapped plead demand ' +
    'hint reveal disclose opine assure advise chant proclaim speculate thunder crow gush recommend echo confess read|read|read react elaborate beam exult marvel exhort fume riff question remember boom',
);

export const GERMANIC: Readonly<Record<string, LexiconSource>> = {
  en: {
    verbs: ENGLISH_FORMS,
    gerunds: ENGLISH_FORMS.split(' ').filter((w) => w.endsWith('ing')).join(' '),
    auxiliaries: 'has have had',
    particles: 'out on',
    pronouns: { m: 'he', f: 'she', plural: 'they', first: 'i we', neuter: 'it' },
    complementizers: 'that',
    accordingBefore: 'according to, as told to, in the words of',
    determiners: 'the a an this that these those his her their its our my another one two three some several many both',
    stops:
      'in on at during after before to for of with from by about while when as since outside inside near into ' +
      'and but or because if although though yesterday today tonight later earlier recently then also again ' +
      'monday tuesday wednesday thursday friday saturday sunday last this next',
    relatives: 'who whom whose which that where',
    conjunctions: 'and but',
    titles: { m: 'mr sir', f: 'mrs ms miss madam' },
    feminineSuffixes: 'woman wife mother',
    headFirst: false,
    proDrop: false,
    inversion: false,
  },
  de: {
    verbs: german(
      'sag erklär beton mein füg ergänz warn kritisier forder bekräftig versicher bericht antwort erläuter bestätig ' +
        'behaupt verkünd mahn frag zitier twitter argumentier beklag beteuer präzisier kommentier schilder erinner ' +
        'bilanzier resümier äußer',
      'sprach sprachen spricht schrieb schrieben schreibt geschrieben hieß heißt wies wiesen rief riefen versprach ' +
        'verspricht unterstrich unterstrichen unterstreicht sagen sage verriet bekannte',
    ),
    pluralVerbs: 'sagten erklärten betonten meinten fügten ergänzten warnten schrieben sprachen riefen',
    auxiliaries: 'hat haben hatte hatten habe',
    particles: 'hinzu an ein mit fest klar hin darauf',
    pronouns: { m: 'er', f: 'sie', plural: 'sie', first: 'ich wir' },
    complementizers: 'dass daß',
    accordingBefore: 'laut, gemäß, nach angaben von, nach angaben des, nach angaben der, nach worten von',
    accordingAfter: 'zufolge',
    accordingLead: 'so',
    determiners: 'der die das den dem des ein eine einer eines einem einen sein seine seiner seinem ihr ihre ihrem ihrer dieser diese',
    feminineDeterminers: 'eine einer',
    stops:
      'während nach bei vor in im am an auf gegenüber zu zum zur mit über vom von und aber oder denn weil als wenn ' +
      'am gestern heute dann auch noch bereits zuvor später etwas dazu damit darauf',
    relatives: 'der die das welcher welche welches dessen deren',
    conjunctions: 'und aber',
    titles: { m: 'herr herrn', f: 'frau' },
    feminineSuffixes: 'in',
    reportive:
      'sei seien habe werde könne müsse solle wolle dürfe möge gebe stehe stünden liege gehe komme wisse sehe ' +
      'arbeite glaube brauche bleibe handle unterstütze verfüge trage biete hätten wären würden',
    headFirst: false,
    proDrop: false,
    inversion: true,
  },
  nl: {
    verbs:
      'zei zeiden zegt zeggen gezegd verklaarde verklaarden verklaart verklaard voegde voegden benadrukte benadrukt ' +
      'schreef schreven schrijft geschreven stelde stelden stelt gesteld meldde meldden meldt gemeld liet lieten ' +
      'waarschuwde waarschuwt antwoordde antwoordt erkende erkent bevestigde bevestigt legde vertelde vertelt verteld ' +
      'vroeg vraagt reageerde reageert beweerde beweert betoogde betoogt onderstreepte twitterde kondigde aldus ' +
      'zegde sprak spreekt wees merkte concludeerde',
    pluralVerbs: 'zeiden verklaarden voegden schreven stelden meldden lieten',
    auxiliaries: 'heeft hebben had hadden',
    particles: 'toe weten uit aan op',
    pronouns: { m: 'hij', f: 'zij ze', plural: 'zij ze', first: 'ik wij we' },
    complementizers: 'dat',
    accordingBefore: 'volgens, naar verluidt, in de woorden van',
    accordingLead: 'aldus',
    determiners: 'de het een zijn haar hun deze die dit',
    stops: 'tijdens na voor in op aan bij met van uit over tegen en maar of omdat toen als gisteren vandaag ook nog dan',
    relatives: 'die dat wie welke',
    conjunctions: 'en maar',
    titles: { m: 'meneer dhr heer', f: 'mevrouw mevr' },
    feminineSuffixes: 'ster vrouw es',
    headFirst: false,
    proDrop: false,
    inversion: true,
  },
};
