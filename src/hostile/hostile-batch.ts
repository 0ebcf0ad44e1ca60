/**
 * One batch of hostile inputs mixed with good articles, written to a directory for the CLI tests: each
 * entry says what the user gave and what must come of it (stored under an id, or rejected with a message
 * that names the input and the reason). Big inputs are generated here, at test time, never committed.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, linkSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Invented events, written for these tests.
export const GOOD = {
  de: 'Der Gemeinderat von Sauerbrück hat am Mittwoch beschlossen, die alte Mühle am Fluss in ein Museum umzubauen. Die Kosten von 2,1 Millionen Euro trägt zur Hälfte das Land; die Eröffnung ist für den Herbst 2027 geplant.',
  en: 'The harbour authority of Port Ellery closed the northern pier on Thursday after divers found cracks in two of its pillars. Ferries to the islands will leave from the southern quay until repairs end in March.',
  it: 'Il consiglio comunale di Valdora ha approvato martedì il nuovo piano per le piste ciclabili: dodici chilometri di percorsi collegheranno la stazione al centro storico entro la fine del prossimo anno.',
  fr: 'La bibliothèque municipale de Saint-Aubrac rouvre ses portes lundi après dix-huit mois de travaux. Le bâtiment, agrandi d’une aile vitrée, accueillera aussi une ludothèque et un espace de coworking.',
  es: 'El ayuntamiento de Villaserena inauguró el sábado una planta solar en el antiguo vertedero municipal. Sus 9.000 paneles cubrirán el consumo eléctrico de los edificios públicos, según la alcaldesa Lucía Ferrán.',
  pl: 'Rada miasta Borowice zdecydowała we wtorek o budowie nowego mostu na rzece Wiśle. Prace mają ruszyć wiosną i potrwać dwa lata, a koszt inwestycji szacuje się na 48 milionów złotych.',
  nl: 'De gemeente Zandwijk opent volgende maand een nieuw zwembad aan de rand van het park. Het bad heeft een buitenbassin en zonnepanelen op het dak, en vervangt het oude bad uit 1968.',
} as const;

/** What must happen to one input: stored under `id` (with exactly `text`, where given), or rejected with a message matching `reason`. */
export type Expect = { input: string; stored: string; text?: string } | { input: string; rejected: RegExp };

export interface HostileBatch {
  /** Arguments to `parallax ingest`, in order. */
  args: string[];
  /** What `-` reads. */
  stdin: Buffer;
  expects: Expect[];
}

export const DEEP = 100_000;
const MB = 1_000_000;

function bigFile(path: string, bytes: number): void {
  const chunk = Buffer.from(`${GOOD.en} `.repeat(Math.ceil(MB / (GOOD.en.length + 1))).slice(0, MB));
  const fd = openSync(path, 'w');
  try {
    for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** Bytes that no text encoding explains: NULs at both byte positions, control bytes, high bytes. */
function binary(header: number[], length = 4096): Buffer {
  const b = Buffer.alloc(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = i % 7 === 0 ? 0 : x >>> 16;
  }
  Buffer.from(header).copy(b);
  return b;
}

const swapBytes = (b: Buffer): Buffer => Buffer.from(b).swap16();
const line = (o: unknown): string => JSON.stringify(o);

/**
 * Writes the batch under `dir`: the directory `batch/` given as one argument, and `named/` whose
 * entries are given one by one, as a user would name a file they want read.
 */
export function writeHostileBatch(dir: string): HostileBatch {
  const b = join(dir, 'batch');
  const named = join(dir, 'named');
  mkdirSync(join(b, 'sub'), { recursive: true });
  mkdirSync(named, { recursive: true });
  const put = (rel: string, content: string | Buffer): string => {
    const p = join(b, rel);
    writeFileSync(p, content);
    return p;
  };
  const expects: Expect[] = [];
  const stored = (input: string, id: string, text?: string) => expects.push({ input, stored: id, ...(text === undefined ? {} : { text }) });
  const rejected = (input: string, reason: RegExp) => expects.push({ input, rejected: reason });

  // Good articles of every format, so that the batch has something to keep.
  stored(put('good-de.txt', `Museum in der Mühle\n\n${GOOD.de}`), 'good-de');
  stored(put('good-en.md', `# Pier closed\n\n${GOOD.en}`), 'good-en');
  stored(put('good-page.html', `<!DOCTYPE html><html lang="it"><head><title>Piste ciclabili</title></head><body><nav>Home</nav><article><h1>Piste ciclabili</h1><p>${GOOD.it}</p></article></body></html>`), 'good-page');

  // Empty and blank files of every format.
  for (const name of ['empty.txt', 'empty.md', 'empty.html', 'empty.json', 'empty.jsonl', 'empty.rss']) rejected(put(name, ''), /empty/);
  rejected(put('blank.txt', ' \n\n\t \n'), /contains no text/);

  // Binary files with text extensions: an image, an executable, an archive, a database.
  rejected(put('photo.txt', binary([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), /looks binary/);
  rejected(put('program.html', binary([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01])), /looks binary/);
  rejected(put('archive.json', binary([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])), /looks binary/);
  rejected(put('database.jsonl', Buffer.concat([Buffer.from('SQLite format 3\0'), binary([], 2048)])), /looks binary/);

  // Invalid UTF-8: read as windows-1252 with a warning, as most unlabelled legacy text is.
  stored(put('latin1.txt', Buffer.from(GOOD.es, 'latin1')), 'latin1', GOOD.es);
  // UTF-16 without a byte order mark, both byte orders; JSON Lines too.
  stored(put('utf16le.txt', Buffer.from(GOOD.fr, 'utf16le')), 'utf16le', GOOD.fr);
  stored(put('utf16be.txt', swapBytes(Buffer.from(GOOD.nl, 'utf16le'))), 'utf16be', GOOD.nl);
  put('utf16.jsonl', Buffer.from(`${line({ id: 'u16-line', text: GOOD.pl })}\n`, 'utf16le'));
  stored(join(b, 'utf16.jsonl'), 'u16-line', GOOD.pl);

  // A 100 MB text, and the same bytes under other names (hard links, so each is a file of its own):
  // refused by size before they are read, or (JSON Lines) streamed and refused line by line.
  const huge = put('huge.txt', '');
  bigFile(huge, 100 * MB);
  rejected(huge, /huge\.txt: is 100 MB, over the limit of 52\.4 MB/);
  for (const ext of ['html', 'json']) {
    linkSync(huge, join(b, `huge-copy.${ext}`));
    rejected(join(b, `huge-copy.${ext}`), /is 100 MB, over the limit/);
  }
  linkSync(huge, join(b, 'huge-line.jsonl'));
  rejected(join(b, 'huge-line.jsonl'), /huge-line\.jsonl: line 1: line of 100 MB is over the limit/);

  // One 20 MB JSONL record between good ones.
  const bigText = `${GOOD.en} `.repeat(Math.ceil((20 * MB) / GOOD.en.length));
  put('big-record.jsonl', [line({ id: 'before-big', text: GOOD.de }), line({ id: 'big', text: bigText }), line({ id: 'after-big', text: GOOD.it })].join('\n'));
  stored(join(b, 'big-record.jsonl'), 'before-big', GOOD.de);
  rejected(join(b, 'big-record.jsonl'), /big-record\.jsonl: line 2: "text" is 20,\d{3},\d{3} characters long, over the limit of 2,000,000 characters/);
  stored(join(b, 'big-record.jsonl'), 'after-big', GOOD.it);

  // HTML nested 100,000 levels deep: a page, a page that never closes its elements, and a record's "html".
  const deep = `${'<div>'.repeat(DEEP)}<p>${GOOD.pl}</p>${'</div>'.repeat(DEEP)}`;
  stored(put('deep.html', `<!DOCTYPE html><html lang="pl"><head><title>Nowy most</title></head><body>${deep}</body></html>`), 'deep', GOOD.pl);
  stored(put('deep-unclosed.html', `<html><body>${'<span><b>'.repeat(DEEP / 2)}${GOOD.nl}`), 'deep-unclosed', GOOD.nl);
  stored(put('deep-record.json', line({ id: 'deep-record', html: deep.replace(GOOD.pl, GOOD.fr) })), 'deep-record', GOOD.fr);

  // Malformed JSON: a truncated file, bad records in an array, bad lines among good ones, JSON nested 100,000 deep.
  rejected(put('truncated.json', line([{ id: 't1', text: GOOD.de }]).slice(0, 40)), /truncated\.json: invalid JSON/);
  rejected(put('deep-array.json', `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`), /deep-array\.json: index 0: expected an article object, got an array/);
  put('array.json', line([{ id: 'arr-0', text: GOOD.es }, 'a string', { id: 'arr-2', text: 42 }, { text: GOOD.pl }]));
  stored(join(b, 'array.json'), 'arr-0');
  rejected(join(b, 'array.json'), /array\.json: index 1: expected an article object, got a string/);
  rejected(join(b, 'array.json'), /array\.json: index 2: "text" must be a string, got a number/);
  stored(join(b, 'array.json'), 'array#3');
  put('lines.jsonl', [
    line({ id: 'line-1', text: GOOD.nl, lang: 'nl' }),
    '{"id": "line-2", "text": "never ends',
    '[1, 2, 3]',
    '"just a string"',
    line({ id: { nested: 1 }, text: 'x' }),
    '',
    `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`,
    `{"id":"line-8","text":"\u0000\u0001 raw control characters"}`,
    `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"line-9","text":${JSON.stringify(GOOD.fr)}}`,
    'NaN',
  ].join('\n'));
  const jsonl = join(b, 'lines.jsonl');
  stored(jsonl, 'line-1');
  rejected(jsonl, /lines\.jsonl: line 2: invalid JSON/);
  rejected(jsonl, /lines\.jsonl: line 3: expected an article object, got an array/);
  rejected(jsonl, /lines\.jsonl: line 4: expected an article object, got a string/);
  rejected(jsonl, /lines\.jsonl: line 5: "id" must be a non-empty string or a number, got an object/);
  rejected(jsonl, /lines\.jsonl: line 7: expected an article object, got an array/);
  rejected(jsonl, /lines\.jsonl: line 8: invalid JSON/);
  stored(jsonl, 'line-9', GOOD.fr);
  rejected(jsonl, /lines\.jsonl: line 10: invalid JSON/);

  // A feed with billion laughs and external entities (src/read/feed.test.ts checks the details).
  const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  stored(put('laughs.rss', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${lols}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&lol9;</title><item><guid>tag:laughs,1</guid><title>&lol9;</title><description>${GOOD.de} &xxe; &lol9;</description></item></channel></rss>`), 'tag:laughs,1');

  // Compressed input is not read: a gzip bomb (1 GB of zeros in 1 MB) in a directory is passed over.
  const member = gzipSync(Buffer.alloc(10 * MB));
  writeFileSync(join(b, 'bomb.txt.gz'), Buffer.concat(Array.from({ length: 100 }, () => member)));
  writeFileSync(join(named, 'bomb.jsonl.gz'), Buffer.concat(Array.from({ length: 100 }, () => member)));

  // Odd file names.
  stored(put('with space.txt', GOOD.it), 'with space');
  stored(put('ünïcödé 記事.txt', GOOD.fr), 'ünïcödé 記事', GOOD.fr);
  stored(put('Cafe\u0301 decomposed.txt', GOOD.es), 'Cafe\u0301 decomposed');
  stored(put('-leading-dash.txt', GOOD.nl), '-leading-dash');
  stored(put('new\nline.txt', GOOD.pl), 'new\nline', GOOD.pl);
  stored(put('$(touch pwned) `id`.txt', GOOD.de), '$(touch pwned) `id`');
  stored(put(`${'long'.repeat(62)}.txt`, GOOD.en), 'long'.repeat(62));
  writeFileSync(Buffer.concat([Buffer.from(`${b}/caf`), Buffer.from([0xe9]), Buffer.from('-latin1.txt')]), GOOD.it);
  rejected(`${b}/caf\ufffd-latin1.txt`, /caf\ufffd-latin1\.txt: the file name is not valid UTF-8/);

  // Symbolic links: a loop back to an ancestor, a link to itself, a dangling link, and links to a device and a FIFO.
  symlinkSync('..', join(b, 'sub', 'loop'));
  stored(put('sub/inside.txt', GOOD.en.replace('Thursday', 'Friday')), 'inside');
  symlinkSync('self.txt', join(b, 'self.txt'));
  rejected(join(b, 'self.txt'), /self\.txt: cannot be read \(ELOOP/);
  symlinkSync(join(b, 'nowhere.txt'), join(b, 'dangling.txt'));
  rejected(join(b, 'dangling.txt'), /dangling\.txt: no such file or directory \(or a broken link\)/);
  symlinkSync('/dev/zero', join(b, 'zero.jsonl'));
  const fifo = join(b, 'pipe.jsonl');
  const made = spawnSync('mkfifo', [fifo]);
  if (made.status !== 0) throw new Error(`hostile batch: mkfifo failed: ${made.stderr}`);

  // Given by name: compressed, a device, a FIFO, and URLs that must not be fetched.
  const args = [b, join(named, 'bomb.jsonl.gz'), join(b, 'zero.jsonl'), fifo, '-'];
  rejected(join(named, 'bomb.jsonl.gz'), /bomb\.jsonl\.gz: cannot read files with extension "\.gz"/);
  rejected(join(b, 'zero.jsonl'), /zero\.jsonl: is not a regular file/);
  rejected(fifo, /pipe\.jsonl: is not a regular file/);
  for (const [url, reason] of [
    ['file:///etc/passwd', /only http and https URLs are fetched, not file:/],
    ['http://127.0.0.1:9/feed.xml', /127\.0\.0\.1 is a loopback address/],
    ['http://[::1]:9/feed.xml', /::1 is a loopback address/],
    ['http://10.20.30.40/feed.xml', /10\.20\.30\.40 is a private address/],
    ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
  ] as const) {
    args.push(url);
    rejected(url, reason);
  }

  // Standard input: good lines, garbage, invalid UTF-8 and an over-long text.
  const stdin = Buffer.concat([
    Buffer.from(`${line({ id: 'stdin-good', text: GOOD.it.replace('martedì', 'mercoledì') })}\n{garbage\n`),
    Buffer.from(`${line({ id: 'stdin-latin1', text: GOOD.es.replace('sábado', 'domingo') })}\n`, 'latin1'),
    Buffer.from(`${line({ id: 'stdin-long', text: 'x '.repeat(1_500_001) })}\n`),
  ]);
  stored('-', 'stdin-good');
  rejected('-', /-: line 2: invalid JSON/);
  stored('-', 'stdin-latin1', GOOD.es.replace('sábado', 'domingo'));
  rejected('-', /-: line 4: "text" is 3,000,002 characters long, over the limit of 2,000,000 characters/);
  return { args, stdin, expects };
}
