/** Checks and parsers for the formats of a few settings; config.ts applies them to the environment. */

export function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const clusterNodePattern = /^(rediss?:\/\/)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):([1-9]\d{0,4})$/;

export function parseClusterNode(entry: string): { host: string; port: number; tls: boolean } {
  const m = clusterNodePattern.exec(entry)!;
  return { host: m[2]!.replace(/^\[|\]$/g, ''), port: Number(m[3]), tls: m[1] === 'rediss://' };
}

/** On a cluster every key must share one slot: the prefix becomes a {hash tag} unless it already has one. */
export function hashTagged(prefix: string): string {
  return prefix.startsWith('{') ? prefix : `{${prefix}}`;
}
