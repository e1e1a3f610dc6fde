import ipaddr from 'ipaddr.js';

/**
 * Which IP addresses briefbot may connect to: public unicast only.
 * Everything else (loopback, private, link-local incl. 169.254.169.254, CGNAT, multicast,
 * reserved, broadcast, unspecified, IPv6 ULA / link-local / ::1) is refused. Addresses that
 * embed an IPv4 address (IPv4-mapped, NAT64 64:ff9b::/96, 6to4) are judged by the IPv4 inside.
 */
export interface AddressVerdict {
  allowed: boolean;
  /** The ipaddr.js range name, e.g. "loopback", "private", "unicast". */
  range: string;
}

/** Judges one address literal (v4 or v6, without brackets). Unparseable text is refused. */
export function judgeAddress(address: string): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, range: 'invalid' };
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return judgeIPv4(parsed as ipaddr.IPv4);
  return judgeIPv6(parsed as ipaddr.IPv6);
}

/** True when `address` is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  return judgeAddress(address).allowed;
}

/** True when `host` (a URL hostname, brackets allowed) is an IP literal rather than a name. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(stripBrackets(host));
}

export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function judgeIPv4(ip: ipaddr.IPv4): AddressVerdict {
  const range = ip.range();
  return { allowed: range === 'unicast', range };
}

function judgeIPv6(ip: ipaddr.IPv6): AddressVerdict {
  if (ip.isIPv4MappedAddress()) return judgeEmbedded(ip.toIPv4Address(), 'ipv4Mapped');
  const range = ip.range();
  const parts = ip.parts;
  if (range === 'rfc6052' && parts[0] === 0x64 && parts[1] === 0xff9b && parts[2] === 0) {
    // NAT64 well-known prefix: what DNS64 hands out on IPv6-only networks; the last 32 bits are the IPv4 target.
    return judgeEmbedded(ipv4FromWords(parts[6] ?? 0, parts[7] ?? 0), 'rfc6052');
  }
  if (range === '6to4') return judgeEmbedded(ipv4FromWords(parts[1] ?? 0, parts[2] ?? 0), '6to4');
  // Deprecated IPv4-compatible form ::a.b.c.d: no legitimate public use, refuse.
  if (range === 'unicast' && parts.slice(0, 6).every((p) => p === 0))
    return { allowed: false, range: 'ipv4Compatible' };
  return { allowed: range === 'unicast', range };
}

function judgeEmbedded(inner: ipaddr.IPv4, outer: string): AddressVerdict {
  const verdict = judgeIPv4(inner);
  return verdict.allowed
    ? { allowed: true, range: outer }
    : { allowed: false, range: `${outer}:${verdict.range}` };
}

function ipv4FromWords(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}
