/**
 * Turns Discord's typed options into the text after `/brief` that the shared handlers parse:
 * `/brief link url:X` → "link X", `/brief watch on:True` → "watch on", `/brief help` → "help".
 */
/** The part of a discord.js CommandInteractionOption read here. */
export interface TypedOption {
  name: string;
  value?: string | number | boolean | null;
  options?: readonly TypedOption[];
}

/** Options the shared handlers read by name (`/brief follow url include:a,b exclude:c`). */
const NAMED_OPTIONS: ReadonlySet<string> = new Set(['include', 'exclude']);

export function commandText(options: readonly TypedOption[]): string {
  const sub = options[0];
  if (!sub) return 'help';
  const args = (sub.options ?? []).map((o) => {
    if (o.name === 'again') return o.value === true ? 'again' : '';
    if (typeof o.value === 'boolean') return o.value ? 'on' : 'off';
    if (o.name === 'remove' && o.value !== undefined && o.value !== null) return `remove ${String(o.value)}`;
    const text = o.value === undefined || o.value === null ? '' : String(o.value);
    return NAMED_OPTIONS.has(o.name) && text !== '' ? `${o.name}:${text}` : text;
  });
  return [sub.name, ...args].filter((p) => p !== '').join(' ');
}

let zones: string[] | undefined;

/** Up to 25 IANA zones matching what the person has typed so far (prefix matches first), for autocomplete. */
export function zoneSuggestions(typed: string, limit = 25): string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  if (q === '') return zones.slice(0, limit);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const zone of zones) {
    const z = zone.toLowerCase();
    const city = z.slice(z.lastIndexOf('/') + 1);
    if (z.startsWith(q) || city.startsWith(q)) starts.push(zone);
    else if (z.includes(q)) contains.push(zone);
  }
  return [...starts, ...contains].slice(0, limit);
}
