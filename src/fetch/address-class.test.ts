import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addressBytes, checkHost, nonPublicKind } from './address-class.ts';

/** Each address is named by a kind matching the pattern, or (null) is public. */
function assertKinds(cases: Array<[string, RegExp | null]>): void {
  for (const [ip, kind] of cases) {
    const got = nonPublicKind(ip);
    if (kind) assert.match(got ?? '', kind, ip);
    else assert.equal(got, null, ip);
  }
}

test('loopback, private, link-local and reserved IPv4 addresses are named; public ones pass', () => {
  const cases: Array<[string, RegExp | null]> = [
    ['127.0.0.1', /loopback/],
    ['127.255.1.2', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.1.1', /private/],
    ['169.254.169.254', /link-local/],
    ['100.64.0.1', /carrier-grade/],
    ['0.0.0.0', /this network/],
    ['224.0.0.1', /multicast/],
    ['255.255.255.255', /reserved/],
    ['172.32.0.1', null],
    ['8.8.8.8', null],
    ['93.184.216.34', null],
    ['100.128.0.1', null],
  ];
  assertKinds(cases);
});

test('IPv6: loopback, unique local, link-local, and IPv4 inside IPv6 (mapped, compatible, NAT64, 6to4)', () => {
  const cases: Array<[string, RegExp | null]> = [
    ['::1', /loopback/],
    ['[::1]', /loopback/],
    ['::', /unspecified/],
    ['fd00::1', /unique local/],
    ['fc12:3456::1', /unique local/],
    ['fe80::1%eth0', /link-local/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:10.0.0.1', /private/],
    ['::ffff:a9fe:a9fe', /link-local/],
    ['::127.0.0.1', /loopback/],
    ['64:ff9b::192.168.0.1', /private/],
    ['2002:c0a8:0101::1', /private/],
    ['2001:db8::1', /documentation/],
    ['::ffff:8.8.8.8', null],
    ['2001:4860:4860::8888', null],
    ['2a00:1450:4001:82a::200e', null],
  ];
  assertKinds(cases);
  assert.equal(nonPublicKind('not-an-ip'), 'not an IP address');
});

test('every IPv4 address reads the same as its IPv4-mapped IPv6 form, in both spellings', () => {
  fc.assert(
    fc.property(fc.ipV4(), (ip) => {
      const [a, b, c, d] = ip.split('.').map(Number) as [number, number, number, number];
      const hex = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
      assert.deepEqual(addressBytes(`::ffff:${ip}`), addressBytes(ip));
      assert.deepEqual(addressBytes(hex), addressBytes(ip));
      assert.equal(nonPublicKind(hex), nonPublicKind(ip));
    }),
  );
});

test('checkHost resolves names and refuses when any address is not public, unless allowed', async () => {
  const refused = await checkHost('localhost', false);
  assert.ok(!refused.ok && refused.code === 'private-address');
  assert.match(refused.problem, /localhost resolves to .* loopback|loopback.*localhost resolves/);
  assert.match(refused.problem, /--allow-private/);
  const literal = await checkHost('127.0.0.1', false);
  assert.ok(!literal.ok && /^refused: 127\.0\.0\.1 is a loopback address;/.test(literal.problem));
  assert.ok((await checkHost('localhost', true)).ok);
  assert.ok((await checkHost('127.0.0.1', ['127.0.0.1'])).ok);
  assert.ok(!(await checkHost('localhost', ['127.0.0.1'])).ok, 'the list names hosts, not addresses they resolve to');
  const unknown = await checkHost('no-such-host.invalid', false);
  assert.ok(!unknown.ok && unknown.code === 'dns-failed' && unknown.problem.includes('no-such-host.invalid'));
});
