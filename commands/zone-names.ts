/**
 * What people type for `/brief tz`, turned into an IANA zone: a zone name in any case
 * ("europe/paris"), a city ("paris", "New York"), or an abbreviation, which is refused with the zone
 * it most likely means (abbreviations such as EST stay on standard time all year, so reminders would be
 * an hour off for half of it).
 */

/** Abbreviations people use, and the zone each most often means. */
const abbreviations: Readonly<Record<string, string>> = {
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  CT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  MT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  WET: 'Europe/Lisbon',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  MET: 'Europe/Paris',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  MSK: 'Europe/Moscow',
  IST: 'Asia/Kolkata',
  PKT: 'Asia/Karachi',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  BRT: 'America/Sao_Paulo',
  SAST: 'Africa/Johannesburg',
  EAT: 'Africa/Nairobi',
  WAT: 'Africa/Lagos',
};

/** Big cities that are not the name of their zone. */
const cities: Readonly<Record<string, string>> = {
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  boston: 'America/New_York',
  miami: 'America/New_York',
  atlanta: 'America/New_York',
  houston: 'America/Chicago',
  dallas: 'America/Chicago',
  beijing: 'Asia/Shanghai',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  geneva: 'Europe/Zurich',
  milan: 'Europe/Rome',
  barcelona: 'Europe/Madrid',
  kyiv: 'Europe/Kyiv',
  'the hague': 'Europe/Amsterdam',
};

export type ZoneAnswer =
  | { kind: 'zone'; zone: string }
  | { kind: 'abbreviation'; abbreviation: string; suggestion: string }
  | { kind: 'unknown' };

let known: Map<string, string> | undefined;
let byCity: Map<string, string> | undefined;

/** Every IANA zone the runtime knows, by lower-case name and by lower-case city ("new york"). */
function zoneIndex(): { known: Map<string, string>; byCity: Map<string, string> } {
  if (!known || !byCity) {
    known = new Map();
    byCity = new Map();
    for (const zone of ['UTC', ...Intl.supportedValuesOf('timeZone')]) {
      known.set(zone.toLowerCase(), zone);
      if (!zone.includes('/') || zone.startsWith('Etc/')) continue;
      const city = zone
        .slice(zone.lastIndexOf('/') + 1)
        .replace(/_/g, ' ')
        .toLowerCase();
      if (!byCity.has(city)) byCity.set(city, zone);
    }
  }
  return { known, byCity };
}

/** The canonical name of a real zone with a place in it (or UTC), via Intl, or null. */
function placeZone(input: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(input)) return null;
  let zone: string;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: input }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  // "EST", "CET", "PST8PDT", "Etc/GMT+5" are valid zone ids but not places: handled as abbreviations.
  return zone.includes('/') && !zone.startsWith('Etc/') ? zone : null;
}

/** Resolves what someone typed after `/brief tz`. */
export function resolveZone(typed: string): ZoneAnswer {
  const input = typed.trim();
  const upper = input.toUpperCase();
  if (Object.hasOwn(abbreviations, upper))
    return { kind: 'abbreviation', abbreviation: upper, suggestion: abbreviations[upper] ?? 'UTC' };
  const { known: names, byCity: cityZones } = zoneIndex();
  const exact = names.get(input.toLowerCase());
  const zone = placeZone(exact ?? input);
  if (zone) return { kind: 'zone', zone };
  const city = input
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .replace(/[.,]/g, '')
    .trim();
  const found = cities[city] ?? cityZones.get(city);
  if (found) return { kind: 'zone', zone: found };
  return { kind: 'unknown' };
}
