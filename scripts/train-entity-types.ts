/**
 * Trains the entity type model of one language from labelled sentences and writes it as JSON:
 *
 *   npm run train:entities -- FILE --format kind|germeval --lang it [--out src/entities/models/type-it.json]
 *
 * FILE is read from where it is given (for Italian, ../shared/data/ner/it-kind-train.tsv); only the
 * model's weights go into the repository. Evaluate on other sentences with `parallax eval-ner`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { trainWithHeldOutMargin } from '../src/eval/train-type-model.ts';
import { parseNerFile, sha256, type NerFormat } from '../src/eval/ner-eval.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' }, 'min-count': { type: 'string' } },
});
const file = positionals[0];
if (!file || (values.format !== 'kind' && values.format !== 'germeval') || !values.lang) {
  process.stderr.write('usage: npm run train:entities -- FILE --format kind|germeval --lang CODE [--out PATH] [--epochs N] [--min-count N]\n');
  process.exit(2);
}
const lang = values.lang;
const content = readFileSync(file, 'utf8');
const sentences = parseNerFile(content, values.format as NerFormat);
const epochs = Number(values.epochs ?? 5);
const minCount = Number(values['min-count'] ?? 2);
const { model, margins } = trainWithHeldOutMargin(sentences, lang, `${basename(file)}: ${sentences.length} sentences, ${epochs} epochs, features seen ${minCount}+ times`, { epochs, minCount });
const out = values.out ?? `src/entities/models/type-${lang}.json`;
// One feature a line, so that a retrained model reads as a diff.
const lines = Object.entries(model.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
writeFileSync(out, `{
  "lang": ${JSON.stringify(lang)},
  "trainedOn": ${JSON.stringify(`${model.trainedOn} (npm run train:entities -- ${basename(file)} --format ${values.format} --lang ${lang})`)},
  "trainedOnSha256": ${JSON.stringify(sha256(content))},
  "oMargin": ${model.oMargin},
  "weights": {
${lines.join(',\n')}
  }
}
`);
process.stdout.write(`held-out F1 by drop margin: ${margins.map(([m, f]) => `${m}: ${f.toFixed(3)}`).join(', ')}\n`);
process.stdout.write(`${out}: ${Object.keys(model.weights).length} features, drop margin ${model.oMargin}\n`);
