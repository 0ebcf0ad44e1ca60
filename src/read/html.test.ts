import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml, readHtml } from './html.ts';

const P1 = 'Die Staats- und Regierungschefs trafen sich am Montag in Rom, um über die Zukunft der Union zu beraten. Es war ein langer Tag mit vielen Gesprächen.';
const P2 = 'Nach stundenlangen Verhandlungen einigten sich die Teilnehmer auf eine gemeinsame Erklärung, die am Abend veröffentlicht wurde, mit vielen Details.';
const P3 = 'Kritiker bemängelten, dass die Erklärung vage bleibe und keine konkreten Zusagen enthalte, während Befürworter von einem wichtigen Schritt sprachen.';

function page(head: string, extraBody = ''): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Gipfel in Rom | Tagblatt</title>${head}</head><body>
<header class="site-header"><a href="/">Tagblatt</a></header>
<nav><ul><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport und alles andere, was Sie heute wissen müssen</a></li></ul></nav>
<main><div id="cmp-consent-layer"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie der Verwendung von Cookies zu, auch für Werbung und Statistik.</p></div>
<article>
<h1>Gipfel in Rom</h1>
<p class="byline">Von Anna Muster</p>
<p>${P1}</p>
<h2>Eine gemeinsame Erklärung</h2>
<p>${P2}</p>
<figure><img src="rom.jpg" alt="Bild"><figcaption>Die Teilnehmer vor dem Palazzo Chigi.</figcaption></figure>
<p>${P3}</p>
</article>
<section class="user-comments"><h3>Kommentare (2)</h3>
<div class="comment">Leser123: Das ist doch alles nur Show, wie immer bei diesen Treffen, nichts wird sich ändern, glauben Sie mir das.</div>
<div class="comment">Maria: Endlich einmal eine gute Nachricht aus Rom, weiter so, liebe Politikerinnen und Politiker in Europa!</div></section></main>
<footer><p>© 2024 Tagblatt. Impressum. Datenschutz. Kontakt. Alle Rechte vorbehalten.</p></footer>
<script>document.body.innerHTML = 'HACKED'; globalThis.__executed = true;</script>
${extraBody}</body></html>`;
}

test('main text kept as paragraphs; nav, cookie banner, comments, footer and scripts dropped', () => {
  const x = extractHtml(page(''), 'rom.html');
  const paras = x.text.split('\n\n');
  assert.ok(paras.includes(P1) && paras.includes(P2) && paras.includes(P3));
  assert.ok(paras.includes('Eine gemeinsame Erklärung'), 'heading is its own paragraph');
  assert.ok(paras.includes('Die Teilnehmer vor dem Palazzo Chigi.'), 'caption is its own paragraph');
  for (const junk of ['Cookies', 'Leser123', 'Kommentare', 'Impressum', 'Politik', 'HACKED', 'globalThis']) {
    assert.ok(!x.text.includes(junk), `"${junk}" should not be in the text`);
  }
  assert.equal((globalThis as Record<string, unknown>)['__executed'], undefined, 'scripts never run');
  assert.equal(x.title, 'Gipfel in Rom');
  assert.equal(x.lang, 'de');
});

test('JSON-LD wins: headline, date, authors (array of objects), inLanguage, publisher, inside @graph', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': 'https://tagblatt.example/#site', name: 'Website' },
      { '@type': 'Organization', '@id': 'https://tagblatt.example/#org', name: 'Tagblatt Verlag' },
      {
        '@type': ['ReportageNewsArticle'],
        headline: 'Gipfel in Rom: Einigung auf Erklärung',
        datePublished: '2024-03-05T10:15:00+01:00',
        author: [{ '@type': 'Person', name: 'Anna Muster', url: 'https://tagblatt.example/anna' }, { '@type': 'Person', name: 'By Ben Beispiel' }],
        inLanguage: 'de-DE',
        publisher: { '@id': 'https://tagblatt.example/#org' },
      },
    ],
  };
  const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>
<meta property="og:title" content="OG Titel"><meta name="author" content="Meta Autor"><meta property="article:published_time" content="2020-01-01">
<link rel="canonical" href="https://tagblatt.example/rom-gipfel"><meta property="og:site_name" content="Tagblatt Online">`;
  const x = extractHtml(page(head), 'rom.html');
  assert.equal(x.title, 'Gipfel in Rom: Einigung auf Erklärung');
  assert.equal(x.published, '2024-03-05T10:15:00+01:00');
  assert.equal(x.byline, 'Anna Muster, Ben Beispiel, Meta Autor');
  assert.equal(x.lang, 'de-DE');
  assert.equal(x.source, 'Tagblatt Verlag');
  assert.equal(x.url, 'https://tagblatt.example/rom-gipfel');
});

test('JSON-LD as a top-level array with a string author', () => {
  const ld = [{ '@type': 'BreadcrumbList' }, { '@type': 'NewsArticle', headline: 'Titolo', author: 'Giulia Rossi', datePublished: '2024-03-05' }];
  const x = extractHtml(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`), 'a.html');
  assert.equal(x.title, 'Titolo');
  assert.equal(x.byline, 'Giulia Rossi');
  assert.equal(x.published, '2024-03-05');
});

test('meta fallbacks: og:title, og:url, junk authors cleaned, RFC 2822 date normalised, og:site_name', () => {
  const head = `<meta property="og:title" content="Gipfel endet ohne Streit"><meta property="og:url" content="https://tagblatt.example/a">
<meta name="author" content="By Anna Muster | https://twitter.com/anna | @annam | Staff">
<meta name="date" content="Tue, 05 Mar 2024 09:15:00 GMT"><meta property="og:site_name" content="Tagblatt">`;
  const x = extractHtml(page(head), 'a.html');
  assert.equal(x.title, 'Gipfel endet ohne Streit');
  assert.equal(x.url, 'https://tagblatt.example/a');
  assert.equal(x.byline, 'Anna Muster');
  assert.equal(x.published, '2024-03-05T09:15:00.000Z');
  assert.equal(x.source, 'Tagblatt');
});

test('other date metas (dc.date, itemprop) and an unreadable date kept as given with a note', () => {
  assert.equal(extractHtml(page('<meta name="DC.date" content="05.03.2024">'), 'a.html').published, '2024-03-05');
  assert.equal(extractHtml(page('<meta itemprop="datePublished" content="2024-03-05 08:00">'), 'a.html').published, '2024-03-05T08:00:00');
  const x = extractHtml(page('<meta name="pubdate" content="vor 3 Stunden">'), 'a.html');
  assert.equal(x.published, 'vor 3 Stunden');
  assert.ok(x.messages.some((m) => m.code === 'date-not-iso' && m.message.includes('a.html')));
});

test('language from og:locale or content-language when html has no lang; a relative canonical is not a URL', () => {
  const html = `<html><head><meta property="og:locale" content="it_IT"><link rel="canonical" href="/a"></head><body><article><p>${P1}</p><p>${P2}</p></article></body></html>`;
  const x = extractHtml(html, 'a.html');
  assert.equal(x.lang, 'it_IT');
  assert.equal(x.url, null);
  const y = extractHtml(`<html><head><meta http-equiv="content-language" content="fr"></head><body><p>${P1}</p></body></html>`, 'b.html');
  assert.equal(y.lang, 'fr');
});

test('when Readability finds nothing, the body text is used and a warning added', () => {
  // Readability drops an h1 that repeats the title, which leaves it nothing on this page.
  const html = '<html><head><title>Nur Schlagzeile</title></head><body><nav>Menü</nav><h1>Nur Schlagzeile</h1><footer>Fuß</footer></body></html>';
  const x = extractHtml(html, 'tiny.html');
  assert.equal(x.text, 'Nur Schlagzeile');
  assert.ok(x.messages.some((m) => m.code === 'readability-fallback' && m.level === 'warning'));
});

test('readHtml: a page without text is an error naming the file; a good page becomes an article', () => {
  const bad = readHtml('<html><body><script>var a = 1;</script></body></html>', { id: 'x', origin: { file: 'x.html' } });
  assert.ok(!bad.ok && bad.code === 'no-text' && bad.message.startsWith('x.html: '));
  const good = readHtml(page('<meta name="author" content="Anna Muster">'), { id: 'rom', origin: { file: 'rom.html' } });
  assert.ok(good.ok);
  assert.equal(good.article.id, 'rom');
  assert.equal(good.article.byline, 'Anna Muster');
  assert.equal(good.article.declaredLang, 'de');
});
