import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { constants, createBrotliCompress, createDeflate, createGzip } from 'node:zlib';
import { fetchUrl, USER_AGENT, type Fetched } from './fetch-url.ts';
import { send, startServer, type Route, type TestServer } from './test-server.ts';

const redirect = (to: string, status = 302): Route => (_req, res) => {
  res.writeHead(status, { location: to });
  res.end();
};

/** `total` zero bytes through a compressor, compressed once and kept: a small body that inflates enormously. */
async function bomb(make: () => NodeJS.ReadWriteStream, total: number): Promise<Buffer> {
  const z = make();
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => z.on('end', resolve));
  const mb = Buffer.alloc(1 << 20);
  for (let n = 0; n < total; n += mb.length) if (!z.write(mb)) await new Promise((r) => z.once('drain', r));
  z.end();
  await done;
  return Buffer.concat(out);
}

let server: TestServer;
const BOMB_BYTES = 200 << 20;
before(async () => {
  const [gz, deflate, br] = await Promise.all([
    bomb(createGzip, BOMB_BYTES),
    bomb(createDeflate, BOMB_BYTES),
    bomb(() => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }), BOMB_BYTES),
  ]);
  server = await startServer({
    '/page': send('<html><body><p>Hallo</p></body></html>', { 'content-type': 'text/html; charset=UTF-8' }),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('r3', 307),
    '/r3': redirect('/page', 308),
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/loop${i}`, redirect(`/loop${i + 1}`)])),
    '/to-file': redirect('file:///etc/passwd'),
    '/no-location': (_req, res) => {
      res.writeHead(302);
      res.end();
    },
    '/missing-page': (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('nope');
    },
    '/silent': () => {}, // accepts the request and never answers
    '/trickle': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('x'), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/big-declared': send(Buffer.alloc(5000, 0x61), { 'content-type': 'text/plain', 'content-length': '5000' }),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write(Buffer.alloc(1000, 0x62));
      res.end();
    },
    '/gzip-bomb': send(gz, { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
    '/deflate-bomb': send(deflate, { 'content-type': 'text/html', 'content-encoding': 'deflate' }),
    '/br-bomb': send(br, { 'content-type': 'text/html', 'content-encoding': 'br' }),
    '/small-gzip': (_req, res) => {
      const z = createGzip();
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' });
      z.pipe(res);
      z.end('Grüße aus dem Gzip');
    },
  });
});
after(() => server.close());

const OPEN = { maxBytes: 1_000_000, allowPrivate: true } as const;
const failed = (r: Fetched) => (r.ok ? assert.fail(`expected a failure, got ${r.status} from ${r.url}`) : r);

test('fetches a page with our user agent and the declared charset; decompresses gzip', async () => {
  const r = await fetchUrl(`${server.base}/page`, OPEN);
  assert.ok(r.ok);
  assert.equal(r.bytes.toString('utf8'), '<html><body><p>Hallo</p></body></html>');
  assert.equal(r.charset, 'utf-8');
  assert.equal(server.headers.get('/page')?.['user-agent'], USER_AGENT);
  assert.match(USER_AGENT, /^Parallax\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/parallax; news analysis\)$/);
  const z = await fetchUrl(`${server.base}/small-gzip`, OPEN);
  assert.ok(z.ok && z.bytes.toString('utf8') === 'Grüße aus dem Gzip');
});

test('redirects are followed (relative Locations too) up to five, each target checked again', async () => {
  const ok = await fetchUrl(`${server.base}/r1`, OPEN);
  assert.ok(ok.ok && ok.url === `${server.base}/page`);
  const five = await fetchUrl(`${server.base}/loop2`, OPEN); // loop2 → … → loop7 (404 after five hops)
  assert.equal(failed(five).code, 'http-status');
  const tooMany = failed(await fetchUrl(`${server.base}/loop0`, OPEN));
  assert.equal(tooMany.code, 'too-many-redirects');
  assert.match(tooMany.problem, /more than 5 times/);
  const toFile = failed(await fetchUrl(`${server.base}/to-file`, OPEN));
  assert.equal(toFile.code, 'unsupported-scheme');
  assert.match(toFile.problem, /redirected to file:\/\/\/etc\/passwd: refused: only http and https/);
  const noLocation = failed(await fetchUrl(`${server.base}/no-location`, OPEN));
  assert.equal(noLocation.code, 'bad-redirect');
});

test('without permission, loopback and private targets are refused, also when reached by a redirect', async () => {
  const hits = server.hits.get('/page');
  const direct = failed(await fetchUrl(`${server.base}/page`, { maxBytes: 1000 }));
  assert.equal(direct.code, 'private-address');
  assert.equal(server.hits.get('/page'), hits, 'refused before connecting');
  // 127.0.0.1 is allowed by name; its redirects to other local names and addresses are not.
  for (const target of ['http://localhost:1/x', 'http://[::1]:1/', 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:127.0.0.2]/']) {
    const local = await startServer({ '/hop': redirect(target) });
    try {
      const r = failed(await fetchUrl(`${local.base}/hop`, { maxBytes: 1000, allowPrivate: ['127.0.0.1'] }));
      assert.equal(r.code, 'private-address', target);
      assert.match(r.problem, /^redirected to http:\/\/.*refused: .*--allow-private/, target);
    } finally {
      await local.close();
    }
  }
  for (const url of ['file:///etc/passwd', 'ftp://example.com/feed.xml', 'javascript:alert(1)', 'not a url']) {
    const r = failed(await fetchUrl(url, OPEN));
    assert.ok(r.code === 'unsupported-scheme' || r.code === 'bad-url', url);
  }
});

test('a server that never answers, or never finishes, is given up on at the deadline', async () => {
  let t = Date.now();
  const silent = failed(await fetchUrl(`${server.base}/silent`, { ...OPEN, timeoutMs: 5000, connectTimeoutMs: 300 }));
  assert.equal(silent.code, 'timeout');
  assert.match(silent.problem, /no answer within 0\.3 s/);
  assert.ok(Date.now() - t < 10_000, `took ${Date.now() - t} ms`);
  t = Date.now();
  const trickle = failed(await fetchUrl(`${server.base}/trickle`, { ...OPEN, timeoutMs: 500 }));
  assert.equal(trickle.code, 'timeout');
  assert.match(trickle.problem, /did not finish within 0\.5 s/);
  assert.ok(Date.now() - t < 10_000, `took ${Date.now() - t} ms`);
});

test('bodies over the limit are refused, declared or not; HTTP errors name the status', async () => {
  const declared = failed(await fetchUrl(`${server.base}/big-declared`, { ...OPEN, maxBytes: 1000 }));
  assert.equal(declared.code, 'too-large');
  assert.match(declared.problem, /is 5 kB, over the limit of 1 kB/);
  const chunked = failed(await fetchUrl(`${server.base}/big-chunked`, { ...OPEN, maxBytes: 1000 }));
  assert.equal(chunked.code, 'too-large');
  const missing = failed(await fetchUrl(`${server.base}/missing-page`, OPEN));
  assert.equal(missing.code, 'http-status');
  assert.match(missing.problem, /answered 404 Not Found/);
});

test('gzip, deflate and brotli bombs stop at the limit, quickly and without holding the inflated body', async () => {
  for (const path of ['/gzip-bomb', '/deflate-bomb', '/br-bomb']) {
    const t = Date.now();
    const heapBefore = process.memoryUsage().arrayBuffers;
    const r = failed(await fetchUrl(`${server.base}${path}`, { ...OPEN, maxBytes: 2_000_000 }));
    assert.equal(r.code, 'too-large', path);
    assert.match(r.problem, /more than 2 MB once decompressed/);
    assert.ok(Date.now() - t < 30_000, `${path} took ${Date.now() - t} ms`);
    const grown = process.memoryUsage().arrayBuffers - heapBefore;
    assert.ok(grown < 50e6, `${path}: buffers grew by ${(grown / 1e6).toFixed(0)} MB for a ${BOMB_BYTES >> 20} MB bomb`);
  }
});
