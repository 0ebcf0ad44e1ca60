import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { MAX_THREADS, resolveConfig, type Options } from '../config.ts';
import { analyze } from './analyze.ts';
import { demo } from './demo.ts';
import { evalCommand } from './eval.ts';
import { exportArticles } from './export-articles.ts';
import { exportFacts } from './export-facts.ts';
import { showEntities } from './entities.ts';
import { ingestCommand } from './ingest.ts';
import { openExistingStore } from './open-store.ts';
import { showStories, showStory } from './story.ts';
import { MAX_READERS } from '../server/read-pool.ts';
import { UsageError } from './usage-error.ts';
import { parseInterval, watchCommand } from './watch.ts';

const dbOption = () => new Option('--db <path>', 'SQLite database file, or a postgres:// URL').env('PARALLAX_DB').default('parallax.db');

function config(opts: { db?: string; storyThreshold?: number; topicThreshold?: number; translationThreshold?: number; batch?: number; threads?: number; window?: number; windowDays?: number; windowLimit?: number; storyLimit?: number; eventDays?: number }): ReturnType<typeof resolveConfig> {
  const o: Options = {
    ...(opts.db !== undefined ? { db: opts.db } : {}),
    ...(opts.window !== undefined ? { windowArticles: opts.window } : {}),
    ...(opts.windowDays !== undefined ? { windowDays: opts.windowDays } : {}),
    ...(opts.windowLimit !== undefined ? { windowLimit: opts.windowLimit } : {}),
    ...(opts.storyLimit !== undefined ? { storyLimit: opts.storyLimit } : {}),
    ...(opts.eventDays !== undefined ? { eventDays: opts.eventDays } : {}),
    ...(opts.batch !== undefined ? { batchSize: opts.batch } : {}),
    ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
    storyThreshold: opts.storyThreshold,
    topicThreshold: opts.topicThreshold,
    translationThreshold: opts.translationThreshold,
  };
  return resolveConfig(o);
}

const unitNumber = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return n;
};

/** A whole-number option from `min` to `max`, refused with `message` otherwise. */
const wholeNumber = (min: number, max: number, message: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(message);
  return n;
};

function tuning(c: Command): Command {
  return c
    .option('--story-threshold <x>', 'similarity an article needs to join a story (0..1)', unitNumber)
    .option('--topic-threshold <x>', 'similarity a new story needs to join a topic (0..1)', unitNumber)
    .option('--translation-threshold <x>', 'score a pair needs to count as a translation (0..1)', unitNumber)
    .option('--batch <n>', 'articles stored per transaction (default 256); a crash loses at most one batch', wholeNumber(1, 100_000, 'expected a whole number from 1 to 100000'))
    .option('--threads <n>', `threads to keep busy (default: one per core, at most ${MAX_THREADS}): the main thread places and stores while the others analyse; 1 does everything on the main thread (a queue worker analyses each claimed batch on all of them)`, wholeNumber(1, 64, 'expected a whole number from 1 to 64'))
    .option('--window <articles>', 'articles the clustering holds in full (default 10000): older ones, when also older than --window-days, keep their stories but are no longer compared for copies', wholeNumber(1, Number.MAX_SAFE_INTEGER, 'expected a whole number of articles, at least 1'))
    .option('--window-days <days>', 'days before the newest article within which every article is held in full (default 30)', wholeNumber(0, Number.MAX_SAFE_INTEGER, 'expected a whole number of days, at least 0'))
    .option('--window-limit <articles>', 'the most arrivals --window-days may hold an article in full (default 30000, at least --window): a dense stream is otherwise all within the days', wholeNumber(1, Number.MAX_SAFE_INTEGER, 'expected a whole number of articles, at least 1'))
    .option('--story-limit <articles>', 'arrivals after which a story nothing has joined is closed (default 50000): it leaves memory once its articles have left the window, and a later report starts a new story', wholeNumber(1, Number.MAX_SAFE_INTEGER, 'expected a whole number of articles, at least 1'))
    .option('--event-days <days>', 'days between given publication dates beyond which two reports are never one story (default 60): the later one starts a new story of the same topic', wholeNumber(1, Number.MAX_SAFE_INTEGER, 'expected a whole number of days, at least 1'));
}

function program(out: NodeJS.WriteStream, err: NodeJS.WriteStream, setCode: (n: number) => void): Command {
  const p = new Command('parallax')
    .description('Multilingual news intelligence: stories, copies and translations across languages, offline.')
    // "export --all --db X" and "export articles --db X" each give --db to the command it follows.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(s) });

  tuning(p.command('analyze'))
    .description('read articles (files, directories, - for JSONL on stdin), store them, cluster them, print the stories')
    .argument('<paths...>', '.txt .md .html .htm .json .jsonl files or directories, or -')
    .addOption(dbOption())
    .option('--json', 'print the stories as JSON')
    .option('-q, --quiet', 'no progress output')
    .action(async (paths: string[], o) => setCode(await analyze(paths, config(o), { json: !!o.json, quiet: !!o.quiet }, out, err)));

  const fetching = (c: Command): Command => c
    .option('--fetch-pages', 'fetch the page of a feed item that has only a short summary (always on for feed URLs)')
    .option('--allow-private', 'let URLs reach loopback, private and link-local addresses');

  fetching(tuning(p.command('ingest')))
    .description('add articles, feeds and pages to the store (idempotent) and say which stories changed')
    .argument('<inputs...>', 'files, directories, feeds (.rss .atom .xml, JSON Feed), http(s) URLs of pages or feeds, or -')
    .addOption(dbOption())
    .option('-q, --quiet', 'no progress output')
    .option('--enqueue', 'only put the articles on the queue in PostgreSQL (--db postgres://…), for "parallax worker" processes')
    .action(async (inputs: string[], o) =>
      setCode(await ingestCommand(inputs, config(o), { quiet: !!o.quiet, fetchPages: !!o.fetchPages, allowPrivate: !!o.allowPrivate, enqueue: !!o.enqueue }, out, err)));

  fetching(tuning(p.command('watch')))
    .description('ingest a directory, then keep ingesting new and changed files until stopped (SIGINT/SIGTERM)')
    .argument('<dir>', 'the directory to watch')
    .addOption(dbOption())
    .option('--interval <time>', 'how often to look for changes (500ms, 2s, 1m)', (v: string) => {
      const ms = parseInterval(v);
      if (ms === null) throw new InvalidArgumentError('expected a duration of at least 100ms, such as 500ms, 2s or 1m');
      return ms;
    }, 2000)
    .option('-q, --quiet', 'no progress output')
    .action(async (dir: string, o) =>
      setCode(await watchCommand(dir, config(o), { quiet: !!o.quiet, fetchPages: !!o.fetchPages, allowPrivate: !!o.allowPrivate, intervalMs: o.interval }, out, err)));

  p.command('stories')
    .description('list the stored stories')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (o) => {
      const store = await openExistingStore(o.db);
      try { setCode(await showStories(store, null, !!o.json, out)); } finally { await store.close(); }
    });

  p.command('story')
    .description('the story briefing: summary with citations, timeline, people and quotes, fact ledger, sources')
    .argument('<id>', 'story id, as "parallax stories" prints it')
    .addOption(dbOption())
    .option('--json', 'print JSON (the briefing and the members with their placements)')
    .option('--md', 'print Markdown')
    .option('--html', 'print one self-contained HTML page')
    .action(async (id: string, o) => {
      const store = await openExistingStore(o.db);
      const format = o.json ? 'json' : o.md ? 'md' : o.html ? 'html' : 'text';
      try { setCode(await showStory(store, id, format, out)); } finally { await store.close(); }
    });

  p.command('why')
    .description('why an article is in its story: how it was placed, what it shares, the nearest story it was not put in, what the merge/split pass did since')
    .argument('<article>', 'article id, as "parallax export articles" prints it')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (id: string, o) => {
      const store = await openExistingStore(o.db);
      try { setCode(await (await import('./why.ts')).whyCommand(store, id, !!o.json, out)); } finally { await store.close(); }
    });

  const exp = p.command('export').description('export stored data as JSONL on stdout')
    .option('--all', 'the whole store: one line per article, every field as given and its stored analysis, for "parallax import"')
    .addOption(dbOption())
    .action(async (o) => {
      if (!o.all) throw new UsageError('say what to export: --all, or one of articles, entities, quotes, figures, dates, provenance');
      const store = await openExistingStore(o.db);
      try { await (await import('./export-all.ts')).exportAll(store, out); } finally { await store.close(); }
    });
  exp.command('articles')
    .description('one line per article: {id, lang, story, topic, duplicateOf, translationOf, title}')
    .addOption(dbOption())
    .action(async (o) => {
      const store = await openExistingStore(o.db);
      try { await exportArticles(store, out); } finally { await store.close(); }
    });
  for (const [what, fields] of [
    ['entities', '{article, text, start, end, type: PER|ORG|LOC, entity, role}'],
    ['quotes', '{article, quote, start, end, direct, speaker, speakerText, speakerStart, speakerEnd}'],
    ['figures', '{article, text, start, end, value, min, max, unit, si, about}'],
    ['dates', '{article, text, start, end, value (ISO 8601), kind: event|report|unknown}'],
    ['provenance', '{article, text, start, end, source, via: translation|agency|material}'],
  ] as const) {
    exp.command(what)
      .description(`one line per ${what === 'entities' ? 'entity mention' : what.replace(/s$/, '')}: ${fields}`)
      .addOption(dbOption())
      .action(async (o) => {
        const store = await openExistingStore(o.db);
        try { await exportFacts(store, what, out); } finally { await store.close(); }
      });
  }

  p.command('import')
    .description('restore what "parallax export --all" wrote into a store (new or existing), as it was, without analysing again; idempotent')
    .argument('<files...>', 'export files, or - for standard input')
    .addOption(dbOption())
    .action(async (files: string[], o) => setCode(await (await import('./import.ts')).importCommand(files, config(o), process.stdin, out, err)));

  p.command('entities')
    .description('list canonical entities (people, organisations, places) with aliases, mention counts and languages')
    .addOption(dbOption())
    .addOption(new Option('--type <type>', 'only this type').choices(['PER', 'ORG', 'LOC']))
    .option('--name <text>', 'only entities with a name containing this text')
    .option('--limit <n>', 'how many', wholeNumber(1, 1000, 'expected a whole number from 1 to 1000'), 50)
    .option('--json', 'print JSON')
    .action(async (o) => {
      const store = await openExistingStore(o.db);
      try { setCode(await showEntities(store, { json: !!o.json, type: o.type, q: o.name, limit: o.limit }, out)); } finally { await store.close(); }
    });

  tuning(p.command('eval'))
    .description('ingest a gold file (or PATHs) into a fresh temporary store and score the clustering against it')
    .argument('<gold>', 'JSONL with {id, lang?, gold: {event?, topic?, document?}} per line')
    .argument('[paths...]', 'articles to ingest instead of the gold file itself')
    .addOption(new Option('--key <key>', 'gold label to score against').choices(['event', 'topic', 'document']).default('event'))
    .option('--lang <codes>', 'only gold lines whose lang is one of these (comma-separated, e.g. eng,deu)', (v: string) => {
      const codes = v.split(',').map((s) => s.trim()).filter(Boolean);
      if (codes.length === 0) throw new InvalidArgumentError('give at least one language code');
      return codes;
    })
    .option('--script <script>', 'only gold lines whose text is mostly in this script (Latin, Cyrillic, Arabic, ...; the gold file as input only)')
    .option('--keep <db>', 'keep the evaluation database at this path')
    .option('--json', 'print JSON')
    .action(async (gold: string, paths: string[], o) =>
      setCode(await evalCommand(gold, paths, config(o), { key: o.key, json: !!o.json, langs: o.lang, script: o.script, keep: o.keep }, out, err)));

  p.command('serve')
    .description('serve the HTTP API over the store until SIGTERM/SIGINT (writes need PARALLAX_TOKEN; the API is described at /openapi.json)')
    .addOption(dbOption())
    .option('--port <n>', 'TCP port, 0 for any free one', '8080')
    .option('--host <address>', 'address to listen on; beyond loopback only with PARALLAX_TOKEN set', '127.0.0.1')
    .option('--cors <origin>', 'let browser pages from this origin call the API (e.g. https://news.example.org)')
    .option('--readers <n>', `threads that answer reads, each on its own connection to the store (default: one per core, at most ${MAX_READERS}); 0 answers them on the main thread, between writes`)
    // Loaded on use: the server's modules are not needed by any other command.
    .action(async (o) => setCode(await (await import('./serve.ts')).serveCli(o, config(o), err)));

  p.command('eval-ner')
    .description('score the entity extractor on a token-per-line gold file (exact span and type, PER/LOC/ORG)')
    .argument('<file>', 'gold file: KIND (token TAB BIO) or GermEval 2014 (index TAB token TAB outer TAB inner)')
    .addOption(new Option('--format <format>', 'gold file format').choices(['kind', 'germeval']).makeOptionMandatory())
    .option('--lang <code>', 'language of the text (default: it for kind, de for germeval)')
    .option('--folds <k>', 'cross-validate instead: train the type model on k-1 folds of the file (split by source), score the k-th, pool', Number)
    .option('--json', 'print JSON')
    .action(async (file: string, o) =>
      setCode((await import('./eval-ner.ts')).evalNerCommand(file, { format: o.format, json: !!o.json, lang: o.lang, folds: o.folds }, out, err)));

  p.command('eval-quotes')
    .description('score quote extraction on a brat attribution corpus (direct quotes P/R/F1, speakers found, reported speech)')
    .argument('<dir>', 'folder with text/*.txt and attributions/*.ann, e.g. ../shared/data/quotes/polnear/dev')
    .option('--json', 'print JSON')
    .action(async (dir: string, o) => setCode((await import('./eval-quotes.ts')).evalQuotesCommand(dir, !!o.json, out)));

  p.command('demo')
    .description('analyse the bundled sample corpus into a fresh database and print the stories')
    .addOption(dbOption())
    .action(async (o) => setCode(await demo(config(o), out, err)));

  tuning(p.command('worker'))
    .description('take articles queued with "ingest --enqueue" off the PostgreSQL queue, analyse and store them; run as many as the load needs')
    .addOption(dbOption())
    .option('--exit-when-idle', 'stop once the queue is empty instead of waiting for more')
    .option('-q, --quiet', 'no progress output')
    .action(async (o) =>
      // Workers scale by process (start one per core); analysis threads inside one only with --threads.
      setCode(await (await import('./worker.ts')).workerCommand(config({ ...o, threads: o.threads ?? 1 }), { batch: o.batch ?? 32, exitWhenIdle: !!o.exitWhenIdle, quiet: !!o.quiet }, out, err)));
  return p;
}

/** Runs the CLI; returns the exit code: 0 all good, 1 some inputs rejected, 2 usage error. */
export async function main(argv: string[], out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): Promise<number> {
  let code = 0;
  try {
    await program(out, err, (n) => { code = n; }).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof RangeError) {
      err.write(`parallax: ${e.message}\n`);
      return 2;
    }
    err.write(`parallax: ${(e as Error).message}\n`);
    return 2;
  }
}
