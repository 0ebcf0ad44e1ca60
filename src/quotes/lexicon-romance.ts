/** Reported speech in Italian, French, Spanish and Portuguese (see speech-lexicon.ts for the fields). */

import type { LexiconSource } from './speech-lexicon.ts';

/** First-conjugation verbs (-are, -er, -ar) from stems and the endings of the tenses news uses; plus irregular forms. */
function conjugate(stems: string, endings: string, irregular: string): string {
  const ends = endings.split(' ');
  return [...stems.split(/\s+/).filter(Boolean).flatMap((s) => ends.map((e) => s + e)), irregular].join(' ');
}

export const ROMANCE: Readonly<Record<string, LexiconSource>> = {
  it: {
    verbs: conjugate(
      'dichiar afferm spieg sottoline precis osserv annunci comment evidenzi rilev assicur ricord raccont conferm ' +
        'lament denunci twitt replic tuon ammon incalz sentenzi chios',
      'ato a ò ava ano arono avano',
      'detto dice dicono disse dissero diceva dicevano aggiunto aggiunge aggiunse scritto scrive scrisse sostenuto ' +
        'sostiene sostenne ammesso ammette ammise risposto risponde rispose ribadito ribadisce ribadì avvertito ' +
        'avverte avvertì riferito riferisce riferì concluso conclude concluse chiesto chiede chiese insistito ' +
        'insiste ripetuto ripete chiarito chiarisce chiarì promesso promette promise',
    ),
    gerunds: 'dicendo spiegando aggiungendo sottolineando affermando precisando ricordando osservando dichiarando',
    auxiliaries: 'ha hanno aveva avevano avrebbe avrebbero abbia',
    pronouns: { m: 'lui egli', f: 'lei ella', plural: 'loro essi esse', first: 'io noi' },
    complementizers: 'che',
    accordingBefore: 'secondo, stando a, a detta di, come spiega, come ha detto, come ha spiegato',
    determiners: 'il lo la i gli le l un uno una suo sua suoi sue del della dello dei degli delle questo questa',
    feminineDeterminers: 'la una',
    stops:
      'durante dopo prima in nel nella a al alla con per da dal dalla di del della davanti e ma o anche poi ' +
      'ieri oggi stamattina stasera lunedì martedì mercoledì giovedì venerdì sabato domenica',
    relatives: 'che cui quale',
    conjunctions: 'e ed ma',
    titles: { m: 'signor signore sig', f: 'signora' },
    feminineSuffixes: 'essa trice',
    headFirst: true,
    proDrop: true,
    inversion: true,
  },
  fr: {
    verbs: conjugate(
      'déclar affirm expliqu ajout soulign indiqu estim précis assur annonc rappel insist confi lanc martel comment ' +
        'racont observ not dénonc tweet résum gliss lâch tranch insist détaill argu',
      'é e a ait ent èrent aient',
      'dit disent dirait disait écrit écrivait écrit répondu répond reconnu reconnaît prévenu prévient averti ' +
        'avertit poursuivi poursuit conclu conclut admis admet promis promet soutenu soutient rappelle martèle ' +
        'lance-t-il',
    ),
    gerunds: 'disant ajoutant expliquant affirmant estimant soulignant assurant déclarant',
    auxiliaries: 'a ont avait avaient aurait',
    pronouns: { m: 'il lui', f: 'elle', plural: 'ils elles eux', first: 'je nous' },
    complementizers: 'que qu',
    accordingBefore: "selon, d'après, d’après, de l'avis de, aux dires de, comme l'a dit",
    determiners: 'le la les l un une son sa ses du des ce cette leur',
    feminineDeterminers: 'la une',
    stops:
      'pendant après avant en dans à au aux avec pour par de du des lors et mais ou aussi puis hier ' +
      "aujourd'hui lundi mardi mercredi jeudi vendredi samedi dimanche",
    relatives: 'qui que dont lequel laquelle',
    conjunctions: 'et mais',
    titles: { m: 'm monsieur', f: 'mme madame mlle' },
    feminineSuffixes: 'euse trice esse',
    headFirst: true,
    proDrop: false,
    inversion: true,
  },
  es: {
    verbs: conjugate(
      'afirm declar explic señal indic asegur subray destac precis apunt manifest expres coment anunci record agreg ' +
        'enfatiz puntualiz denunci critic aclar relat cont detall alert sentenci reiter lament recalc asever ' +
        'argument tuite insist cuestion',
      'ó a ado aron aba an',
      'dijo dice dicen dijeron dicho decía añadió añade añadido advirtió advierte advertido sostuvo sostiene ' +
        'sostenido escribió escribe escrito respondió responde respondido reconoció reconoce reconocido insistió ' +
        'insiste insistido admitió admite admitido concluyó concluye concluido prometió promete prometido',
    ),
    gerunds: 'diciendo explicando añadiendo señalando afirmando asegurando agregando declarando',
    auxiliaries: 'ha han había habían habría',
    pronouns: { m: 'él', f: 'ella', plural: 'ellos ellas', first: 'yo nosotros' },
    complementizers: 'que',
    accordingBefore: 'según, de acuerdo con, a juicio de, en palabras de, a decir de',
    determiners: 'el la los las un una su sus del al este esta',
    feminineDeterminers: 'la una',
    stops:
      'durante tras después antes en a al con para por de del y pero o también luego ayer hoy ' +
      'lunes martes miércoles jueves viernes sábado domingo',
    relatives: 'que quien quienes cual',
    conjunctions: 'y e pero',
    titles: { m: 'sr señor don', f: 'sra señora doña' },
    headFirst: true,
    proDrop: true,
    inversion: true,
  },
  pt: {
    verbs: conjugate(
      'afirm declar explic acrescent destac ressalt salient sublinh assegur observ coment anunci lembr alert critic ' +
        'argument inform cont relat fris complet avali reforç pontu enfatiz question sustent',
      'ou a ado aram ava am',
      'disse disseram diz dizem dito dizia garantiu garante garantido defendeu defende defendido escreveu escreve ' +
        'escrito respondeu responde reconheceu reconhece admitiu admite concluiu conclui advertiu adverte prometeu promete',
    ),
    gerunds: 'dizendo afirmando explicando acrescentando destacando declarando',
    auxiliaries: 'tem têm tinha tinham havia',
    pronouns: { m: 'ele', f: 'ela', plural: 'eles elas', first: 'eu nós' },
    complementizers: 'que',
    accordingBefore: 'segundo, de acordo com, conforme, nas palavras de',
    determiners: 'o a os as um uma seu sua seus suas do da dos das este esta',
    feminineDeterminers: 'a uma',
    stops:
      'durante após depois antes em no na a ao à com para por de do da e mas ou também ontem hoje ' +
      'segunda terça quarta quinta sexta sábado domingo',
    relatives: 'que quem qual',
    conjunctions: 'e mas',
    titles: { m: 'sr senhor', f: 'sra senhora dona' },
    headFirst: true,
    proDrop: true,
    inversion: true,
  },
};
