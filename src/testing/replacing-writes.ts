import { join } from 'node:path';
import type { ArticleRecord } from '../article.ts';
import { Corpus } from '../cluster/corpus.ts';
import type { ResolvedConfig } from '../config.ts';
import { factsOf } from '../facts/fact.ts';
import { analyzeArticle } from '../pipeline.ts';
import { readInputs } from '../read/read-inputs.ts';
import type { Analysed } from '../store/store.ts';
import { rawArticle } from './raw-article.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'examples', 'corpus');

/**
 * Store writes for the mention-count tests: the sample corpus placed, then new versions of two of its
 * articles, one of them twice: a version naming people and places no other article names, then one with
 * another article's text, so that a batch holding them deletes entities it made itself.
 */
export async function replacingWrites(cfg: ResolvedConfig): Promise<Analysed[]> {
  const records: ArticleRecord[] = [];
  for await (const r of readInputs([CORPUS])) if (r.ok) records.push(analyzeArticle(r.article, cfg));
  const [a, b, c, d] = records.filter((r) => factsOf(r.facts, 'entity').length > 2);
  const fresh = 'Die Stadt Wolfenbüttel meldete am Dienstag einen Rekord bei den Fahrgastzahlen, sagte Bürgermeisterin Henrike Quast. Henrike Quast lobte die Verkehrsbetriebe Wolfenbüttel.';
  records.push(analyzeArticle(rawArticle(a!.id, `${fresh}\n\n${c!.text}`, { declaredLang: 'de' }), cfg));
  records.push(analyzeArticle(rawArticle(b!.id, d!.text, { declaredLang: d!.lang.code, published: '2024-03-01' }), cfg));
  records.push(analyzeArticle(rawArticle(a!.id, d!.text, { declaredLang: d!.lang.code }), cfg));
  const corpus = new Corpus(cfg);
  return records.map((record) => ({ record, placement: corpus.add(record) }));
}
