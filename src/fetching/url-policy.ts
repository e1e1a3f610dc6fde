import { BlockedAddressError, InvalidUrlError } from './errors';

/**
 * Checks a URL before any network work: http(s) only, no credentials, an allowed port.
 * Parsing is WHATWG URL parsing, which already turns IPv4 literals in any spelling
 * (2130706433, 0x7f000001, 0177.0.0.1, 127.1) into dotted form, so the address check
 * that follows sees the real address.
 */
export interface UrlPolicy {
  allowedPorts: ReadonlySet<number>;
  /** Canonical "host:port" keys that skip the address check (see `allowKey`). */
  allow: ReadonlySet<string>;
}

export interface CheckedUrl {
  url: URL;
  /** Hostname as WHATWG prints it (IPv6 in brackets). */
  hostname: string;
  port: number;
  /** True when hostname:port is on the allow list. */
  allowed: boolean;
}

export function parseFetchUrl(raw: string | URL, policy: UrlPolicy, base?: string): CheckedUrl {
  const text = String(raw);
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    throw new InvalidUrlError(text, 'that is not a web address briefbot can read');
  }
  const shown = url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidUrlError(
      shown,
      `only http and https links are fetched, not ${url.protocol.replace(/:$/, '')}`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new InvalidUrlError(shown, 'links with a user name or password in them are not fetched');
  }
  if (url.hostname === '') throw new InvalidUrlError(shown, 'that link has no host name');
  url.hash = '';
  const port = effectivePort(url);
  const allowed = policy.allow.has(allowKey(url.hostname, port));
  if (!allowed && !policy.allowedPorts.has(port)) {
    const ports = [...policy.allowedPorts].sort((a, b) => a - b).join(', ');
    throw new BlockedAddressError(shown, `links to port ${port} are not fetched (allowed ports: ${ports})`);
  }
  return { url, hostname: url.hostname, port, allowed };
}

export function effectivePort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/**
 * The canonical key of an allow-list entry: WHATWG-normalised host (lower case, IPv4 literals
 * dotted, IPv6 in brackets) and the port. Throws when the entry is not "host:port".
 */
export function allowKey(host: string, port: number | string): string {
  const parsed = new URL(`http://${host}:${port}/`);
  const canonicalPort = parsed.port === '' ? '80' : parsed.port;
  return `${parsed.hostname}:${canonicalPort}`;
}

/** Parses one "host:port" allow entry; throws an Error saying what is wrong. */
export function parseAllowEntry(entry: string): string {
  const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(entry.trim());
  const port = match ? Number(match[2]) : NaN;
  if (!match || !match[1] || port < 1 || port > 65535) {
    throw new Error(`"${entry}" is not host:port (e.g. 127.0.0.1:8080 or intranet.example:443)`);
  }
  try {
    return allowKey(match[1], port);
  } catch {
    throw new Error(`"${entry}" does not hold a valid host name`);
  }
}
