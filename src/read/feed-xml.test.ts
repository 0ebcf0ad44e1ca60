import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { documentStart, MAX_XML_DEPTH, parseXml, type XmlElement } from './feed-xml.ts';
import { childNamed, childText, innerMarkup, NS, textOf } from './feed-xml-query.ts';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('predefined entities, character references and CDATA are read; namespaces and xml:lang resolved', () => {
  const doc = parseXml(`<?xml version="1.0"?>
<!-- a comment -->
<rss xmlns:c="http://purl.org/rss/1.0/modules/content/" xml:lang="it"><channel>
  <title>Tom &amp; Jerry &lt;3 &#233;&#x20AC; &quot;q&quot; &apos;a&apos;</title>
  <item xml:lang="de"><c:encoded><![CDATA[<p>roh & <b>fett</b></p>]]></c:encoded><link href='x"y'/></item>
</channel></rss>`);
  assert.deepEqual(doc.problems, []);
  const channel = childNamed(doc.root!, 'rss', 'channel')!;
  assert.equal(childText(channel, 'rss', 'title'), `Tom & Jerry <3 é€ "q" 'a'`);
  const item = childNamed(channel, 'rss', 'item')!;
  assert.equal(channel.lang, 'it');
  assert.equal(item.lang, 'de');
  assert.equal(childText(item, NS.content, 'encoded'), '<p>roh & <b>fett</b></p>');
  assert.equal(childNamed(item, 'rss', 'link')!.attrs.get('href'), 'x"y');
});

test('a DOCTYPE is skipped unread: declared entities stay literal, external ones are never fetched', () => {
  const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
  const t = Date.now();
  const doc = parseXml(`<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol0 "lol">
  ${laughs}
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;
]>
<rss><channel><title>&lol9; &xxe; [ ] &gt;</title></channel></rss>`);
  assert.ok(Date.now() - t < 5000, `took ${Date.now() - t} ms`);
  assert.equal(childText(childNamed(doc.root!, 'rss', 'channel')!, 'rss', 'title'), '&lol9; &xxe; [ ] >');
  assert.ok(doc.problems.some((p) => /DOCTYPE ignored/.test(p)));
  assert.ok(doc.problems.some((p) => p.includes('&lol9;') && p.includes('&xxe;')));
});

test('malformed markup is recovered with a problem naming the line', () => {
  const doc = parseXml('<rss>\n<channel>\n<item><title>A & B < C</title></b>\n<item><title>Two</title>\n</channel>\n</rss>');
  const channel = childNamed(doc.root!, 'rss', 'channel')!;
  const titles = channel.children.filter((c): c is XmlElement => typeof c !== 'string').map((el) => childText(el, 'rss', 'title'));
  assert.deepEqual(titles, ['A & B < C', 'Two']);
  assert.ok(doc.problems.some((p) => p.startsWith('line 3: stray </b>')), doc.problems.join('\n'));
  assert.ok(doc.problems.some((p) => p.startsWith('line 4: <item> (line 3) was not closed before the next <item>')), doc.problems.join('\n'));
  assert.ok(doc.problems.some((p) => /<item> \(line 4\) closed by <\/channel>/.test(p)), doc.problems.join('\n'));
  const cut = parseXml('<feed><entry><title>ok</title></entry><entry><title>cut');
  assert.equal(cut.root?.children.length, 2);
  assert.ok(cut.problems.some((p) => /never closed/.test(p)));
});

test('nesting deeper than the cap keeps the text and drops the elements, without recursion', () => {
  const depth = 100_000;
  const t = Date.now();
  const doc = parseXml(`<rss>${'<d>'.repeat(depth)}tief${'</d>'.repeat(depth)}<after>x</after></rss>`);
  assert.ok(Date.now() - t < 20_000, `took ${Date.now() - t} ms`);
  assert.ok(doc.problems.some((p) => p.includes(`deeper than ${MAX_XML_DEPTH}`)));
  assert.equal(textOf(doc.root!), 'tiefx');
  assert.equal(childText(doc.root!, 'rss', 'after'), 'x', 'end tags of dropped elements were matched');
  assert.ok(innerMarkup(doc.root!).includes('tief'));
});

test('property: any text survives escaping and parsing; no input makes the parser throw', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '').replace(/\r/g, '');
      assert.equal(textOf(parseXml(`<a>${escape(clean)}</a>`).root!), clean);
    }),
  );
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', '/', '!', '[', ']', '-', '?', '"', "'", '=', 'a', ';', '#', 'x', ' ', 'D') }), (s) => {
      parseXml(s);
      parseXml(`<rss>${s}`);
      parseXml(`<!DOCTYPE x [${s}`);
    }),
    { numRuns: 2000 },
  );
});

test('documentStart finds the DOCTYPE and first element past declarations, in linear time on hostile heads', () => {
  assert.deepEqual(documentStart('\uFEFF<?xml version="1.0"?>\n<!-- c --><!DOCTYPE rss [<!ENTITY a "]>">]>\n<rss version="2.0">'), { doctype: 'rss', element: 'rss' });
  assert.deepEqual(documentStart('<!doctype html><html lang="de">'), { doctype: 'html', element: 'html' });
  assert.deepEqual(documentStart('just text'), { doctype: null, element: null });
  for (const unit of ['<?a?>', '<!--a-->', ' ', '<!x>']) {
    const t = Date.now();
    assert.equal(documentStart(`${unit.repeat(5000)}x`).element, null);
    assert.ok(Date.now() - t < 5000, `${unit}: ${Date.now() - t} ms`);
  }
});
