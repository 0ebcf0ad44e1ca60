import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientAddress, TokenBuckets } from './rate-limit.ts';

test('token bucket: a burst, then one write per refill interval, per client', () => {
  let now = 0;
  const b = new TokenBuckets({ burst: 3, perSecond: 2 }, () => now);
  assert.deepEqual([b.take('a'), b.take('a'), b.take('a')], [0, 0, 0]);
  assert.equal(b.take('a'), 0.5, 'the next token is half a second away');
  assert.equal(b.take('b'), 0, 'another client has its own bucket');
  now = 500;
  assert.equal(b.take('a'), 0);
  assert.ok(b.take('a') > 0);
  now = 60_000;
  assert.deepEqual([b.take('a'), b.take('a'), b.take('a'), b.take('a') > 0], [0, 0, 0, true], 'refills up to the burst, not beyond');
});

test('token bucket: memory stays bounded however many clients come', () => {
  const b = new TokenBuckets({ burst: 1, perSecond: 1 });
  for (let i = 0; i < 25_000; i++) b.take(`client-${i}`);
  assert.ok((b as unknown as { buckets: Map<string, unknown> }).buckets.size <= 10_000);
});

test('the client is the peer address, never a header', () => {
  assert.equal(clientAddress({ incoming: { socket: { remoteAddress: '10.0.0.7' } } }), '10.0.0.7');
  assert.equal(clientAddress(undefined), 'in-process');
});

test('a rate limit that could never refill is refused', () => {
  assert.throws(() => new TokenBuckets({ burst: 0, perSecond: 1 }), /burst >= 1/);
  assert.throws(() => new TokenBuckets({ burst: 1, perSecond: 0 }), /perSecond > 0/);
});
