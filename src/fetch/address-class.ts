/**
 * Which addresses a fetch may reach. A URL from a feed or a redirect is chosen by whoever wrote the
 * feed, so without this check a feed item could make Parallax read a router's admin page, a cloud
 * metadata service (169.254.169.254) or a database port on localhost (server-side request forgery).
 */
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

/** [prefix as 16 bytes of IPv6 (IPv4 as ::ffff:a.b.c.d), prefix length in bits, what it is]. */
type Range = readonly [bytes: number[], bits: number, label: string];

const V4_MAPPED = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];
const v4 = (a: number, b: number, c: number, d: number, bits: number, label: string): Range => [[...V4_MAPPED, a, b, c, d], 96 + bits, label];
const v6 = (groups: number[], bits: number, label: string): Range => [groups.flatMap((g) => [g >> 8, g & 0xff]).concat(Array(16).fill(0)).slice(0, 16), bits, label];

const RANGES: readonly Range[] = [
  v4(0, 0, 0, 0, 8, 'a "this network" address'),
  v4(10, 0, 0, 0, 8, 'a private address'),
  v4(100, 64, 0, 0, 10, 'a carrier-grade NAT address'),
  v4(127, 0, 0, 0, 8, 'a loopback address'),
  v4(169, 254, 0, 0, 16, 'a link-local address'),
  v4(172, 16, 0, 0, 12, 'a private address'),
  v4(192, 0, 0, 0, 24, 'a reserved address'),
  v4(192, 0, 2, 0, 24, 'a documentation address'),
  v4(192, 168, 0, 0, 16, 'a private address'),
  v4(198, 18, 0, 0, 15, 'a benchmarking address'),
  v4(198, 51, 100, 0, 24, 'a documentation address'),
  v4(203, 0, 113, 0, 24, 'a documentation address'),
  v4(224, 0, 0, 0, 4, 'a multicast address'),
  v4(240, 0, 0, 0, 4, 'a reserved address'),
  v6([0, 0, 0, 0, 0, 0, 0, 0], 128, 'the unspecified address'),
  v6([0, 0, 0, 0, 0, 0, 0, 1], 128, 'a loopback address'),
  v6([0x100], 64, 'a discard address'),
  v6([0x2001, 0xdb8], 32, 'a documentation address'),
  v6([0xfc00], 7, 'a private (unique local) address'),
  v6([0xfe80], 10, 'a link-local address'),
  v6([0xfec0], 10, 'a site-local address'),
  v6([0xff00], 8, 'a multicast address'),
];

function parseV4(s: string): number[] {
  return s.split('.').map(Number);
}

/** An address (as `isIP` accepts it, zone id allowed) as 16 bytes; IPv4 becomes IPv4-mapped IPv6. */
export function addressBytes(address: string): number[] | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 4) return [...V4_MAPPED, ...parseV4(ip)];
  if (family !== 6) return null;
  let text = ip;
  let tail: number[] = [];
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    tail = parseV4(dotted[1]!);
    text = `${text.slice(0, dotted.index)}:0:0`; // two placeholder groups, overwritten below
  }
  const [head, rest] = text.includes('::') ? text.split('::') as [string, string] : [text, null];
  const groups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = rest === null ? [] : groups(rest);
  const all = rest === null ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

function inRange(bytes: number[], [prefix, bits]: Range): boolean {
  for (let i = 0; i < 16 && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i]! & mask) !== (prefix[i]! & mask)) return false;
  }
  return true;
}

/** IPv4 addresses carried inside IPv6 ones: IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16). */
function embeddedV4(bytes: number[]): number[] | null {
  const zeros = (from: number, to: number): boolean => bytes.slice(from, to).every((b) => b === 0);
  if (zeros(0, 12) && !zeros(12, 14)) return bytes.slice(12, 16);
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) return bytes.slice(12, 16);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return null;
}

/**
 * What kind of non-public address this is ("a loopback address", …), or null for a public one.
 * An unparseable address counts as non-public: refusing is the safe answer.
 */
export function nonPublicKind(address: string): string | null {
  const bytes = addressBytes(address);
  if (!bytes) return 'not an IP address';
  const hit = RANGES.find((r) => inRange(bytes, r));
  if (hit) return hit[2];
  const inner = embeddedV4(bytes);
  return inner ? nonPublicKind(inner.join('.')) : null;
}

export type HostCheck = { ok: true; addresses: string[] } | { ok: false; code: 'dns-failed' | 'private-address'; problem: string };

/**
 * What may be reached besides public addresses: nothing (false), anything (true), or these host
 * names exactly as URLs spell them (an intranet server, a test's 127.0.0.1).
 */
export type PrivateAllowance = boolean | readonly string[];

/**
 * Resolves a URL's host name and checks every address it resolves to: one private address among
 * public ones is enough to refuse, since the connection may use any of them.
 */
export async function checkHost(hostname: string, allowPrivate: PrivateAllowance): Promise<HostCheck> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { ok: false, code: 'dns-failed', problem: `the host "${host}" could not be resolved (${code}); check the URL and the network` };
  }
  if (allowPrivate === true || (Array.isArray(allowPrivate) && allowPrivate.includes(host))) return { ok: true, addresses };
  for (const address of addresses) {
    const kind = nonPublicKind(address);
    if (kind) {
      const via = address === host ? '' : ` (${host} resolves to ${address})`;
      return { ok: false, code: 'private-address', problem: `refused: ${address === host ? host : 'the host'} is ${kind}${via}; pass --allow-private (option allowPrivate) to fetch from local or private networks` };
    }
  }
  return { ok: true, addresses };
}
