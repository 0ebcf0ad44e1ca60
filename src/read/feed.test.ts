import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RawArticle } from '../article.ts';
import { send, startServer, type TestServer } from '../fetch/test-server.ts';
import { readInputs, type ReadOptions, type ReadResult } from './read-inputs.ts';

// Invented outlets, people and events, written for these tests.
const LONG_DE = 'Der Stadtrat von Lindenau hat am Dienstagabend nach langer Debatte beschlossen, die alte Brücke über die Sauer zu sanieren statt sie abzureißen. Die Kosten werden auf 4,2 Millionen Euro geschätzt.';
const LONG_DE_2 = 'Bürgermeisterin Petra Kühn sprach von einem guten Tag für die Stadt. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern; während dieser Zeit wird eine Fähre eingerichtet.';
const PAGE_TEXT = 'Auf der Seite selbst steht der ganze Bericht über die Fähre, die während der Bauzeit zwischen beiden Ufern der Sauer pendeln soll, mit Fahrplan, Preisen und den Stimmen der Anwohner, die sich lange für den Erhalt der Brücke eingesetzt hatten. '.repeat(3).trim();

/** Nesting far beyond anything real: linkedom would take seconds and the paragraph walker overflow its stack. */
const DEEP = 100_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-feed-'));
let server: TestServer;
let feedServer: TestServer;

function write(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

async function all(paths: string[], opts: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

const articles = (rs: ReadResult[]): RawArticle[] => rs.flatMap((r) => (r.ok ? [r.article] : []));
const errors = (rs: ReadResult[]) => rs.flatMap((r) => (r.ok ? [] : [r]));

function rss(items: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"${extra}>
<channel><title>Lindenauer Bote</title><link>https://bote.example/</link><language>de-DE</language>
${items}
</channel></rss>`;
}

/** What the HTML reader makes of `page(PAGE_TEXT)`: the headline is a paragraph of its own. */
const PAGE_READ = `Fähre über die Sauer\n\n${PAGE_TEXT}`;
const page = (text: string) => `<!DOCTYPE html><html lang="de"><head><title>Fähre | Bote</title></head><body><nav>Start Politik Sport</nav><article><h1>Fähre über die Sauer</h1><p>${text}</p></article></body></html>`;

before(async () => {
  server = await startServer({
    '/story/ferry': send(page(PAGE_TEXT), { 'content-type': 'text/html; charset=utf-8' }),
    '/story/full': send(page('Sollte nie geholt werden.'), { 'content-type': 'text/html' }),
    '/story/gone': (_req, res) => {
      res.writeHead(410, { 'content-type': 'text/plain' });
      res.end('gone');
    },
    '/story/deep': send(`<html><body><article><p>${PAGE_TEXT}</p>${'<div>'.repeat(DEEP)}tief${'</div>'.repeat(DEEP)}</article></body></html>`, { 'content-type': 'text/html' }),
    '/evil.dtd': send('<!ENTITY exfil "stolen">', { 'content-type': 'application/xml-dtd' }),
  });
  const base = server.base;
  // The feeds name the page server's port, so they are served by a second server started after it.
  const feeds: Record<string, [string, string]> = {
    '/feed.rss': [rss(`
<item><guid>${base}/story/ferry</guid><title>Fähre für die Bauzeit</title><description>Eine Fähre soll pendeln.</description><link>${base}/story/ferry</link></item>
<item><guid isPermaLink="false">full-1</guid><title>Brücke wird saniert</title><description>Kurz.</description><content:encoded><![CDATA[<p>${LONG_DE}</p><p>${LONG_DE_2}</p>]]></content:encoded><link>${base}/story/full</link></item>`), 'application/rss+xml'],
    '/atom': [`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de" xml:base="${base}/story/">
  <title type="html">Bote &amp;amp; Co</title><id>urn:uuid:0b7c1c1e-0000-4000-8000-000000000001</id><updated>2025-03-04T10:00:00Z</updated>
  <author><name>Redaktion Bote</name></author>
  <entry><id>tag:bote.example,2025:ferry</id><title>Fähre</title><link rel="alternate" type="text/html" href="ferry"/><summary>Fähre kommt.</summary><updated>2025-03-04T10:00:00+01:00</updated></entry>
</feed>`, 'text/xml'],
    '/feed.json': [JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'Bote JSON', language: 'de',
      items: [{ id: 'j1', url: `${base}/story/full`, title: 'JSON-Brücke', content_text: `${LONG_DE}\n\n${LONG_DE_2}`, date_published: '2025-03-04T09:00:00Z', authors: [{ name: 'Jana Roth' }] }],
    }), 'application/feed+json'],
  };
  feedServer = await startServer(Object.fromEntries(Object.entries(feeds).map(([p, [body, type]]) => [p, send(body, { 'content-type': type })])));
});

after(async () => {
  await server.close();
  await feedServer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('RSS 2.0 file: fields mapped, content:encoded preferred, HTML stripped to paragraphs, ids kept or scoped', async () => {
  const file = write('bote.rss', rss(`
<item><guid>https://bote.example/a/1</guid><title>Brücke wird &lt;em&gt;saniert&lt;/em&gt; &amp;amp; gut</title>
<description>&lt;p&gt;Kurzfassung.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>${LONG_DE}</p><script>alert(1)</script><p>${LONG_DE_2}</p>]]></content:encoded>
<link>https://bote.example/a/1</link><pubDate>Tue, 04 Mar 2025 18:30:00 +0100</pubDate><dc:creator>Petra Lang</dc:creator></item>
<item><guid isPermaLink="false">  17 </guid><title>Kurz</title><description>${LONG_DE}</description><author>redaktion@bote.example (Max Weber)</author></item>
<item><title>Ohne Kennung</title><description>${LONG_DE_2}</description></item>`));
  const rs = await all([file]);
  assert.deepEqual(errors(rs), []);
  const [a, b, c] = articles(rs);
  assert.equal(a!.id, 'https://bote.example/a/1');
  assert.equal(a!.title, 'Brücke wird <em>saniert</em> & gut');
  assert.equal(a!.text, `${LONG_DE}\n\n${LONG_DE_2}`);
  assert.equal(a!.url, 'https://bote.example/a/1');
  assert.equal(a!.published, '2025-03-04T17:30:00.000Z');
  assert.equal(a!.source, 'Lindenauer Bote');
  assert.equal(a!.byline, 'Petra Lang');
  assert.equal(a!.declaredLang, 'de-DE');
  assert.deepEqual(a!.origin, { file, index: 0 });
  assert.equal(b!.id, 'bote#17', 'a bare guid is scoped to its feed');
  assert.equal(b!.text, LONG_DE);
  assert.equal(b!.byline, 'Max Weber');
  assert.equal(c!.id, 'bote#2');
});

test('RSS 1.0 (RDF) file: items beside the channel, ids from rdf:about, Dublin Core date, author and language', async () => {
  const file = write('rdf.rdf.xml', `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://bote.example/rdf"><title>Bote RDF</title><dc:language>de</dc:language></channel>
  <item rdf:about="https://bote.example/rdf/1"><title>Eins</title><link>https://bote.example/rdf/1</link>
    <description>${LONG_DE}</description><dc:date>2025-03-04T08:00:00+01:00</dc:date><dc:creator>Eva Sommer</dc:creator></item>
</rdf:RDF>`);
  const [a, ...rest] = await all([file]);
  assert.equal(rest.length, 0);
  assert.ok(a?.ok);
  assert.deepEqual(
    { id: a.article.id, title: a.article.title, text: a.article.text, published: a.article.published, byline: a.article.byline, lang: a.article.declaredLang, source: a.article.source },
    { id: 'https://bote.example/rdf/1', title: 'Eins', text: LONG_DE, published: '2025-03-04T08:00:00+01:00', byline: 'Eva Sommer', lang: 'de', source: 'Bote RDF' },
  );
});

test('Atom file: text constructs (text, html, xhtml), rel=alternate links against xml:base, authors, xml:lang', async () => {
  const file = write('bote.atom', `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://bote.example/fr/">
  <title>Le Messager</title><id>urn:x:feed</id><updated>2025-03-04T10:00:00Z</updated>
  <author><name>Anne Petit</name></author>
  <entry>
    <id>urn:x:1</id><title type="html">Le &lt;b&gt;pont&lt;/b&gt; sera rénové</title>
    <link rel="edit" href="/edit/1"/><link rel="alternate" type="text/html" href="pont"/>
    <published>2025-03-04T18:30:00+01:00</published>
    <author><name>Claire Dubois</name></author><author><name>Luc Martin</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le conseil a voté la rénovation du pont.</p><p>Les travaux dureront deux ans.</p></div></content>
  </entry>
  <entry xml:lang="de"><id>urn:x:2</id><title>Zweiter</title><summary type="html">&lt;p&gt;Zusammenfassung &lt;i&gt;kurz&lt;/i&gt;.&lt;/p&gt;</summary><updated>2025-03-05</updated></entry>
</feed>`);
  const [a, b] = articles(await all([file]));
  assert.equal(a!.id, 'urn:x:1');
  assert.equal(a!.title, 'Le pont sera rénové');
  assert.equal(a!.text, 'Le conseil a voté la rénovation du pont.\n\nLes travaux dureront deux ans.');
  assert.equal(a!.url, 'https://bote.example/fr/pont');
  assert.equal(a!.byline, 'Claire Dubois, Luc Martin');
  assert.equal(a!.published, '2025-03-04T18:30:00+01:00');
  assert.equal(a!.declaredLang, 'fr');
  assert.equal(a!.source, 'Le Messager');
  assert.equal(b!.text, 'Zusammenfassung kurz.');
  assert.equal(b!.declaredLang, 'de');
  assert.equal(b!.byline, 'Anne Petit', 'the feed author stands in for entries without one');
  assert.equal(b!.url, null);
});

test('JSON Feed by content in a .json file; a plain .json article file is still read as articles', async () => {
  const feed = write('bote-feed.json', JSON.stringify({
    version: 'https://jsonfeed.org/version/1', title: 'Bote JSON', home_page_url: 'https://bote.example/',
    author: { name: 'Team Bote' },
    items: [
      { id: 7, url: 'https://bote.example/j/7', title: 'Sieben', content_html: `<p>${LONG_DE}</p>`, date_published: '2025-03-04T09:00:00Z' },
      { id: 'https://bote.example/j/8', content_text: LONG_DE_2, summary: 'ignored when content exists', language: 'de' },
    ],
  }));
  const plain = write('plain.json', JSON.stringify({ id: 'p1', text: LONG_DE }));
  const rs = await all([feed, plain]);
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.id : r.code)), ['bote-feed#7', 'https://bote.example/j/8', 'p1']);
  const [seven, eight] = articles(rs);
  assert.equal(seven!.text, LONG_DE);
  assert.equal(seven!.byline, 'Team Bote');
  assert.equal(seven!.source, 'Bote JSON');
  assert.equal(eight!.text, LONG_DE_2);
  assert.equal(eight!.declaredLang, 'de');
});

test('a feed file declaring ISO-8859-1 is decoded by its XML declaration', async () => {
  const body = rss(`<item><guid>https://bote.example/l1</guid><title>Gr\u00fc\u00dfe</title><description>Sch\u00f6ne Gr\u00fc\u00dfe aus M\u00fcnchen.</description></item>`).replace('UTF-8', 'ISO-8859-1');
  const [a] = articles(await all([write('latin1.xml', Buffer.from(body, 'latin1'))]));
  assert.equal(a!.title, 'Grüße');
  assert.equal(a!.text, 'Schöne Grüße aus München.');
});

test('feeds by URL: RSS with a summary-only item whose page is fetched, Atom and JSON Feed by content', async () => {
  const fs_ = feedServer;
  const before = server.hits.get('/story/full') ?? 0;
  const rs = await all([`${fs_.base}/feed.rss`, `${fs_.base}/atom`, `${fs_.base}/feed.json`], { allowPrivate: true });
  assert.deepEqual(errors(rs), []);
  const [ferry, full, atom, json] = articles(rs);
  assert.equal(ferry!.id, `${server.base}/story/ferry`);
  assert.equal(ferry!.title, 'Fähre für die Bauzeit', 'the feed title wins over the page title');
  assert.equal(ferry!.text, PAGE_READ, 'the page was fetched because the feed gives only a summary');
  assert.ok(ferry!.messages.some((m) => m.code === 'page-fetched'));
  assert.deepEqual(ferry!.origin, { file: `${fs_.base}/feed.rss`, index: 0 });
  assert.equal(full!.text, `${LONG_DE}\n\n${LONG_DE_2}`);
  assert.equal(server.hits.get('/story/full') ?? 0, before, 'an item with full text is not fetched');
  assert.equal(atom!.url, `${server.base}/story/ferry`, 'relative link resolved against xml:base');
  assert.equal(atom!.text, PAGE_READ);
  assert.equal(atom!.source, 'Bote & Co');
  assert.equal(json!.title, 'JSON-Brücke');
  assert.equal(json!.byline, 'Jana Roth');
});

test('a page URL is read by the HTML reader; its id is the URL', async () => {
  const [a] = articles(await all([`${server.base}/story/ferry`], { allowPrivate: true }));
  assert.equal(a!.id, `${server.base}/story/ferry`);
  assert.equal(a!.text, PAGE_READ);
  assert.equal(a!.url, `${server.base}/story/ferry`);
  assert.equal(a!.declaredLang, 'de');
});

test('feed files fetch pages only with fetchPages; refused or failing pages keep the summary with a warning', async () => {
  const file = write('local.rss', rss(`
<item><guid>${server.base}/story/ferry</guid><title>Fähre</title><description>Eine Fähre soll pendeln.</description><link>${server.base}/story/ferry</link></item>
<item><guid>${server.base}/story/gone</guid><title>Weg</title><description>Nur kurz.</description><link>${server.base}/story/gone</link></item>
<item><guid>tag:x,1</guid><title>Lokal</title><description>Nur kurz, Link lokal.</description><link>file:///etc/passwd</link></item>
<item><guid>${server.base}/story/ferry#2</guid><title>Nur ein Link</title><link>${server.base}/story/ferry</link></item>`));
  const hits = server.hits.get('/story/ferry') ?? 0;
  const off = await all([file]);
  assert.equal(server.hits.get('/story/ferry') ?? 0, hits, 'nothing fetched without fetchPages');
  assert.equal(articles(off)[0]!.text, 'Eine Fähre soll pendeln.');
  const noText = errors(off)[0]!;
  assert.equal(noText.code, 'no-text');
  assert.match(noText.message, /^.*local\.rss: index 3: has no text .*pass --fetch-pages/);

  const on = await all([file], { fetchPages: true, allowPrivate: true });
  const [ferry, gone, local, linkOnly] = on;
  assert.ok(ferry?.ok && ferry.article.text === PAGE_READ);
  assert.ok(gone?.ok && gone.article.text === 'Nur kurz.');
  assert.ok(gone.article.messages.some((m) => m.level === 'warning' && /answered 410/.test(m.message)));
  assert.ok(local?.ok && local.article.url === null, 'a file: link is not an article URL and is never fetched');
  assert.ok(linkOnly?.ok && linkOnly.article.text === PAGE_READ);

  const refused = await all([file], { fetchPages: true });
  const kept = articles(refused)[0]!;
  assert.equal(kept.text, 'Eine Fähre soll pendeln.');
  assert.ok(kept.messages.some((m) => m.level === 'warning' && /loopback address.*--allow-private/.test(m.message)));
  const linkOnlyRefused = errors(refused)[0]!;
  assert.match(linkOnlyRefused.message, /index 3: has no text and its page could not be read .*refused/);
});

test('billion laughs and XXE feeds: nothing expanded, no file read, no request made, no hang', async () => {
  const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
  const file = write('hostile.rss', `<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol0 "lol">
${lols}
<!ENTITY xxe SYSTEM "file:///etc/passwd">
<!ENTITY net SYSTEM "${server.base}/evil.dtd">
<!ENTITY % param SYSTEM "${server.base}/evil.dtd">
%param;
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><guid>tag:h,1</guid><title>&lol9;</title><description>Text &xxe; &net; &exfil; Ende.</description></item>
</channel></rss>`);
  const t = Date.now();
  const rs = await all([file], { fetchPages: true, allowPrivate: true });
  assert.ok(Date.now() - t < 10_000, `took ${Date.now() - t} ms`);
  const [a] = articles(rs);
  assert.equal(a!.title, '&lol9;');
  assert.equal(a!.text, 'Text &xxe; &net; &exfil; Ende.');
  assert.ok(!/root:|stolen/.test(JSON.stringify(rs)));
  assert.equal(server.hits.get('/evil.dtd'), undefined);
  assert.ok(a!.messages.some((m) => m.level === 'warning' && /DOCTYPE ignored/.test(m.message)));
});

test('malformed items among good ones: good ones kept, bad ones reported with the feed and item index', async () => {
  const broken = write('broken.rss', rss(`
<item><guid>tag:b,0</guid><title>Gut eins</title><description>${LONG_DE}</description></item>
<item><guid>tag:b,1</guid><title>Leer</title></item>
<item><guid>tag:b,2</guid><title>Ungeschlossen</title><description>${LONG_DE_2}</description>
<item><guid>tag:b,3</guid><title>Gut drei</title><description>Noch ein &amp; Text</b> mit Fehler.</description></item>`));
  const json = write('broken.json', JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    items: [{ id: 'tag:j,0', content_text: 'Gut.' }, 'kein Objekt', { id: 'tag:j,2', title: 42, content_text: 'x' }, { id: 'tag:j,3', content_text: 'Auch gut.' }],
  }));
  const rs = await all([broken, json]);
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.id : `${r.origin.file}[${r.origin.index}] ${r.code}`)), [
    'tag:b,0', `${broken}[1] no-text`, 'tag:b,2', 'tag:b,3',
    'tag:j,0', `${json}[1] invalid-item`, `${json}[2] invalid-item`, 'tag:j,3',
  ]);
  const notes = articles(rs)[0]!.messages.map((m) => m.message).join('\n');
  assert.match(notes, /line 8: <item> \(line 7\) was not closed before the next <item>/);
  assert.match(errors(rs)[2]!.message, /broken\.json: index 2: "title" must be a string, got number/);
});

test('an XML file that is not a feed, and an empty feed, are errors naming the file', async () => {
  const sitemap = write('sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>');
  const empty = write('empty.rss', rss(''));
  const [a, b] = await all([sitemap, empty]);
  assert.ok(a && !a.ok && a.code === 'not-a-feed' && a.message.startsWith(`${sitemap}: is not an RSS, Atom or JSON Feed`));
  assert.ok(b && !b.ok && b.code === 'no-items' && b.message.startsWith(`${empty}: the RSS feed has no items`));
});

test('URL inputs: other schemes refused by name, unreachable hosts and HTTP errors reported', async () => {
  const rs = await all(['file:///etc/passwd', 'ftp://x.example/feed.xml', `${server.base}/story/gone`, `${server.base}/story/ferry`]);
  assert.deepEqual(rs.map((r) => (r.ok ? 'ok' : r.code)), ['unsupported-scheme', 'unsupported-scheme', 'private-address', 'private-address']);
  assert.ok(!rs[0]!.ok && rs[0]!.message.startsWith('file:///etc/passwd: refused: only http and https URLs are fetched, not file:; give the local path instead'));
  const gone = await all([`${server.base}/story/gone`], { allowPrivate: true });
  assert.ok(!gone[0]!.ok && gone[0]!.message === `${server.base}/story/gone: the server answered 410 Gone; check the URL or try again later`);
});

test('HTML nested 100,000 levels deep, in an item or a page, is read flat within seconds, with a warning', async () => {
  const deep = `${'<div>'.repeat(DEEP)}Tief unten.${'</div>'.repeat(DEEP)}`;
  const file = write('deep.rss', rss(`
<item><guid>tag:d,0</guid><title>Tief</title><description><![CDATA[<p>${LONG_DE}</p>${deep}]]></description></item>
<item><guid>tag:d,1</guid><title>Flach</title><description>${LONG_DE_2}</description></item>`));
  const t = Date.now();
  const rs = await all([file, `${server.base}/story/deep`], { allowPrivate: true });
  assert.ok(Date.now() - t < 60_000, `took ${Date.now() - t} ms`);
  assert.deepEqual(errors(rs), []);
  const [item, flat, pageRead] = articles(rs);
  assert.equal(item!.text, `${LONG_DE}\n\nTief unten.`);
  assert.ok(item!.messages.some((m) => m.code === 'html-too-deep' && m.message.includes('deep.rss: index 0')));
  assert.equal(flat!.text, LONG_DE_2);
  assert.ok(pageRead!.text.startsWith(PAGE_TEXT) && pageRead!.text.includes('tief'));
  assert.ok(pageRead!.messages.some((m) => m.code === 'html-too-deep'));
});
