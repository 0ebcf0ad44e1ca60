/**
 * Language of a sample written in a script other than Latin, Cyrillic or Arabic. Most of these scripts serve one
 * language in news; the few shared ones (Han, Hebrew, Ethiopic, Tibetan, Devanagari, Bengali) are split by
 * characters and function words that only one of the languages uses.
 */
import { francAll } from 'franc-all';
import type { Script } from './detect-script.ts';
import type { Candidate } from './detect-language.ts';

const SINGLE: Partial<Record<Script, string>> = {
  Greek: 'el', Armenian: 'hy', Georgian: 'ka', Thaana: 'dv', Syriac: 'syr', Gurmukhi: 'pa', Gujarati: 'gu',
  Oriya: 'or', Tamil: 'ta', Telugu: 'te', Kannada: 'kn', Malayalam: 'ml', Sinhala: 'si', Thai: 'th', Lao: 'lo',
  Myanmar: 'my', Khmer: 'km', Hangul: 'ko', Kana: 'ja', Tifinagh: 'zgh', Mongolian: 'mn', Cherokee: 'chr',
  Canadian: 'iu', Nko: 'nqo',
};

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

// Characters of written Cantonese that Standard Written Chinese does not use.
const CANTONESE = /[嘅佢咗喺唔嘢啲冇哋嚟嗰噉乜睇諗搵畀攞咩嘞㗎]/g;

function han(text: string, letters: number): Candidate {
  const yue = count(text, CANTONESE);
  if (yue >= 3 || (yue >= 2 && (yue * 1000) / letters >= 5)) return { code: 'yue', confidence: 0.9 };
  return { code: 'zh', confidence: yue === 0 ? 0.95 : 0.7 };
}

// Yiddish uses its own digraph letters (װ ײ ױ), pointed alef and peh, and Germanic function words.
const YIDDISH = /[\u05F0-\u05F2]|א[\u05B7\u05B8]|פ\u05BF|\uFB4E|(?<![\u05D0-\u05EA])(?:און|איז|דער|פון|ניט|נישט|זיך|האט|געווען|אויך|וועט)(?![\u05D0-\u05EA])/g;

function hebrew(text: string, letters: number): Candidate {
  const yi = count(text, YIDDISH);
  if ((yi * 1000) / letters >= 10) return { code: 'yi', confidence: 0.9 };
  return { code: 'he', confidence: 0.95 };
}

// Tigrinya writes the glottal a with ኣ and has its own copula and prepositions; Amharic writes አ.
const TIGRINYA = /ኣ|(?<![\u1200-\u137F])(?:እዩ|እያ|ኣብ|ካብ|ምስ|እዚ|ናይ|ነቲ|እቲ|ከም|ኢሉ)(?![\u1200-\u137F])/g;
const AMHARIC = /(?<![\u1200-\u137F])(?:ነው|ናቸው|እና|ውስጥ|ላይ|ግን|ይህ|ወደ|ነበር|ሲሆን)(?![\u1200-\u137F])/g;

function ethiopic(text: string): Candidate {
  const ti = count(text, TIGRINYA);
  const am = count(text, AMHARIC) + count(text, /አ/g);
  if (ti + am >= 3) return { code: ti > am ? 'ti' : 'am', confidence: 0.9 };
  const fr = francAll(text, { only: ['amh', 'tir'], minLength: 1 })[0]?.[0];
  return { code: fr === 'tir' ? 'ti' : 'am', confidence: 0.6 };
}

// Dzongkha: copula ཨིན, dative ལུ, plural ཚུ, verb འབད, adverbial སྦེ; Tibetan: copula རེད/ཡིན, plural ཚོ/རྣམས, verb བྱེད.
const DZONGKHA = /(?:^|[་།\s])(?:ཨིན|ཨིནམ|ལུ|ཚུ|འབད|སྦེ|ཡོདཔ|མས|བཟུམ|ཨིནམ་ལས)(?=[་།\s]|$)/g;
const TIBETAN = /(?:^|[་།\s])(?:རེད|ཡིན|ཚོ|རྣམས|བྱེད|བྱས|གྱི|ཀྱི|ནས|པ་རེད)(?=[་།\s]|$)/g;

function tibetan(text: string): Candidate {
  const dz = count(text, DZONGKHA);
  const bo = count(text, TIBETAN);
  if (dz + bo >= 3) return { code: dz * 2 > bo ? 'dz' : 'bo', confidence: 0.85 };
  const fr = francAll(text, { only: ['bod', 'dzo'], minLength: 1 })[0]?.[0];
  return { code: fr === 'dzo' ? 'dz' : 'bo', confidence: 0.6 };
}

// Marathi has ळ and its own auxiliaries; Nepali its plural हरू and verb endings; Hindi है/हैं and postpositions.
const MARATHI = /ळ|(?<![\u0900-\u097F])(?:आहे|आहेत|आणि|होते|होता|होती|केले|केली|झाले|झाली|म्हणून|यांनी|त्यांनी|मध्ये|व|या|हे|ही|असे|नाही|पण|त्या|येथे)(?![\u0900-\u097F])/g;
const NEPALI = /हरू|(?<![\u0900-\u097F])(?:छ|छन्|थियो|थिए|गरे|भएको|र|पनि|गर्न|लागि|उनले|हो|गरेको|भने|गर्ने|यो|त्यो|उनी|हुन्छ|गरी|सम्म)(?![\u0900-\u097F])/g;
const HINDI = /(?<![\u0900-\u097F])(?:है|हैं|था|थे|थी|और|में|के|की|से|ने|कि|यह|भी|पर|नहीं|लिए|गया|किया)(?![\u0900-\u097F])/g;

function devanagari(text: string): Candidate {
  const mr = count(text, MARATHI);
  const ne = count(text, NEPALI);
  const hi = count(text, HINDI);
  const best = Math.max(mr, ne, hi);
  if (best >= 2) {
    const code = best === hi ? 'hi' : best === mr ? 'mr' : 'ne';
    return { code, confidence: Math.min(0.95, 0.5 + best / (mr + ne + hi + 1) / 2) };
  }
  const fr = francAll(text, { only: ['hin', 'mar', 'npi'], minLength: 1 })[0]?.[0];
  return { code: fr === 'mar' ? 'mr' : fr === 'npi' ? 'ne' : 'hi', confidence: 0.5 };
}

export function scriptLanguage(script: Script, text: string, letters: number): Candidate {
  switch (script) {
    case 'Han': return han(text, letters);
    case 'Hebrew': return hebrew(text, letters);
    case 'Ethiopic': return ethiopic(text);
    case 'Tibetan': return tibetan(text);
    case 'Devanagari': return devanagari(text);
    // Assamese adds ৰ and ৱ to the Bengali alphabet.
    case 'Bengali': return { code: count(text, /[\u09F0\u09F1]/g) >= 2 ? 'as' : 'bn', confidence: 0.95 };
    default: {
      const code = SINGLE[script];
      return code ? { code, confidence: 0.95 } : { code: 'und', confidence: 0 };
    }
  }
}
