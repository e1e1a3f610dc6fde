import dns from 'node:dns';
import { buildConnector } from 'undici';
import { judgeAddress, isIpLiteral, stripBrackets } from './address-policy';
import { BlockedAddressError, FetchError, FetchTimeoutError, NetworkError } from './errors';
import { allowKey } from './url-policy';

/** Resolves a host name to every address it has. Tests pass their own; the default is dns.lookup. */
export type Lookup = (hostname: string) => Promise<Array<{ address: string; family: 4 | 6 }>>;

export const systemLookup: Lookup = async (hostname) => {
  const answers = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface AddressGuard {
  lookup: Lookup;
  /** Canonical "host:port" keys let through without the address check. */
  allow: ReadonlySet<string>;
  connectTimeoutMs: number;
}

/**
 * Resolves `hostname` and returns the one address to connect to. Every resolved address must be
 * public unicast (unless host:port is allowed), so a name that answers with a mix of public and
 * private addresses is refused whole. IP literals are judged without DNS.
 */
export async function resolvePublicAddress(
  hostname: string,
  port: number,
  guard: AddressGuard,
  url: string,
): Promise<string> {
  const host = stripBrackets(hostname);
  const allowed = guard.allow.has(allowKey(host.includes(':') ? `[${host}]` : host, port));
  const addresses = isIpLiteral(host) ? [host] : await lookupWithTimeout(host, guard, url);
  if (addresses.length === 0) throw new NetworkError(url, `${host} has no address`);
  if (!allowed) {
    for (const address of addresses) {
      if (!judgeAddress(address).allowed) throw new BlockedAddressError(url);
    }
  }
  return addresses[0] as string;
}

async function lookupWithTimeout(host: string, guard: AddressGuard, url: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FetchTimeoutError(url, 'connect', guard.connectTimeoutMs)),
      guard.connectTimeoutMs,
    );
  });
  try {
    const answers = await Promise.race([guard.lookup(host), timeout]);
    return answers.map((a) => a.address);
  } catch (err) {
    if (err instanceof FetchError) throw err;
    const code = (err as { code?: string }).code;
    // NXDOMAIN / no records: the name does not exist, and retrying in minutes will not change that.
    const missing = code === 'ENOTFOUND' || code === 'ENODATA';
    const detail = missing ? `no such host ${host}: the address does not exist` : `could not look up ${host}`;
    throw new NetworkError(url, detail, err, !missing);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An undici `connect` function that resolves the host itself, checks every address, and opens
 * the socket to the checked address literal (TLS SNI and certificate checks still use the host
 * name). There is no second DNS lookup between the check and the connect, so DNS rebinding
 * cannot slip a private address in.
 */
export function createSafeConnector(guard: AddressGuard): buildConnector.connector {
  const connect = buildConnector({ timeout: guard.connectTimeoutMs });
  return (options, callback) => {
    const port = options.port ? Number(options.port) : options.protocol === 'https:' ? 443 : 80;
    const origin = `${options.protocol}//${options.host ?? options.hostname}`;
    resolvePublicAddress(options.hostname, port, guard, origin).then(
      (address) => {
        const servername =
          options.servername ?? (isIpLiteral(options.hostname) ? undefined : options.hostname);
        connect(
          { ...options, hostname: address, ...(servername === undefined ? {} : { servername }) },
          callback,
        );
      },
      (err: Error) => callback(err, null),
    );
  };
}
