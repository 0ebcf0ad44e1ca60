/**
 * What each stored article costs in a SQLite store: the file's pages by table and index (dbstat),
 * the stored bytes of each column of `articles`, and the bytes per article beyond the article's own
 * text (title and text as UTF-8) — the "store ≤ 4 KB per article beyond its text".
 *
 *   node --import tsx bench/store-size.ts STORE.db [--json]
 */
import Database from 'better-sqlite3';
import { storeSize } from '../src/store/sqlite/sqlite-size.ts';

const path = process.argv[2];
if (!path) {
  console.error('usage: node --import tsx bench/store-size.ts STORE.db [--json]');
  process.exit(2);
}
const db = new Database(path, { readonly: true });
const size = storeSize(db);
db.close();
if (process.argv.includes('--json')) console.log(JSON.stringify(size, null, 2));
else {
  const kb = (n: number) => (n / 1024).toFixed(2);
  console.log(`${size.articles} articles, file ${kb(size.fileBytes)} KB, text ${kb(size.textBytes)} KB`);
  console.log(`per article: ${kb(size.fileBytes / size.articles)} KB in all, ${kb(size.beyondTextPerArticle)} KB beyond its text`);
  console.log('\nby table and index (KB per article):');
  for (const [name, bytes] of Object.entries(size.objects).sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(32)} ${kb(bytes / size.articles)}`);
  console.log('\narticles columns (KB per article, stored length):');
  for (const [name, bytes] of Object.entries(size.columns).sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(32)} ${kb(bytes / size.articles)}`);
}
