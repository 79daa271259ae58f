/**
 * Addresses that are not on the public internet: loopback, private (RFC 1918), shared
 * (CGNAT), link-local (cloud metadata lives at 169.254.169.254), unique-local IPv6, multicast,
 * reserved, and the IPv6 forms that carry an IPv4 address inside (mapped ::ffff:a.b.c.d,
 * compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16). Plus names that only make sense
 * on a local network: localhost and *.localhost, *.local, *.internal, *.home.arpa, *.lan and
 * single-label names (resolved through the machine's search domains).
 *
 * A public link that redirects to one of these is refused: a post checked in CI must not make
 * the runner request its own network, and `--fix` must never write such an address into it.
 * Hostnames are taken from `new URL()`, which already turned 2130706433, 0x7f.1 or 127.1 into
 * 127.0.0.1 and compressed IPv6.
 */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'lan', 'localdomain'];

/** Whether the URL's host is an internal address or name; false for anything unparseable. */
export function isInternalUrl(url: string): boolean {
  try {
    return isInternalHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** `hostname` as `URL.hostname` gives it (IPv6 in brackets). */
export function isInternalHost(hostname: string): boolean {
  // Trailing dots ("localhost." is localhost) cut by hand: /\.+$/ tries every dot of a long run as a start (quadratic: 1.9 s on 50,000).
  let end = hostname.length;
  while (end > 0 && hostname.charCodeAt(end - 1) === 0x2e) end--;
  const host = hostname.slice(0, end).toLowerCase();
  if (host === '') return true;
  if (host.startsWith('[')) return isInternalIp(host.slice(1, -1));
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return isInternalIp(host);
  if (!host.includes('.')) return true; // single label: localhost, intranet names
  return LOCAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}

/** An IP address as text (IPv4 dotted, IPv6 in any standard form, with or without a zone). */
export function isInternalIp(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4) return isInternalIpv4(v4);
  const v6 = parseIpv6(address.replace(/%.*$/, ''));
  return v6 ? isInternalIpv6(v6) : false;
}

function parseIpv4(text: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

function isInternalIpv4([a, b, c]: number[]): boolean {
  if (a === 0 || a === 10 || a === 127) return true; // "this network" (0.0.0.0 reaches the host itself), private, loopback
  if (a === 100 && b! >= 64 && b! <= 127) return true; // shared address space (CGNAT)
  if (a === 169 && b === 254) return true; // link-local, cloud metadata
  if (a === 172 && b! >= 16 && b! <= 31) return true;
  if (a === 192 && b === 168) return true;
  if (a === 192 && b === 0 && c === 0) return true; // IETF protocol assignments
  if (a === 198 && (b === 18 || b === 19)) return true; // benchmarking
  return a! >= 224; // multicast, reserved, broadcast
}

/** Eight 16-bit groups, or undefined when the text is not IPv6. */
function parseIpv6(text: string): number[] | undefined {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return undefined;
  let head = text;
  const tail: number[] = [];
  const dotted = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (!v4) return undefined;
    tail.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    head = text.slice(0, text.length - dotted[1]!.length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN)));
  const left = groups(halves[0]!);
  const right = halves.length === 2 ? groups(halves[1]!) : [];
  const known = left.length + right.length + tail.length;
  if (left.some(Number.isNaN) || right.some(Number.isNaN)) return undefined;
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined;
  return [...left, ...new Array<number>(8 - known).fill(0), ...right, ...tail];
}

function isInternalIpv6(g: number[]): boolean {
  const embedded = () => [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255];
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return true; // ::
  if (zeroUpTo(7) && g[7] === 1) return true; // ::1
  if (zeroUpTo(5) && g[5] === 0xffff) return isInternalIpv4(embedded()); // ::ffff:a.b.c.d
  if (zeroUpTo(6)) return isInternalIpv4(embedded()); // ::a.b.c.d (deprecated compatible form)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isInternalIpv4(embedded()); // NAT64
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return true; // local-use NAT64
  if (g[0] === 0x2002) return isInternalIpv4([g[1]! >> 8, g[1]! & 255, g[2]! >> 8, g[2]! & 255]); // 6to4
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0) return true; // link-local, old site-local
  if ((first & 0xff00) === 0xff00) return true; // multicast
  if (first === 0x100 && g.slice(1, 4).every((x) => x === 0)) return true; // discard-only
  return false;
}
