import type { Person } from '../../brief';
import { nicknameOf } from './name-lexicon';

/** One place the text names a person. */
export interface PersonMention {
  /** Name words without role, honorific or possessive ("Vladimir", "Putin"). */
  words: string[];
  /** The form as written, honorific included when it was singular ("Mr. Biden"). */
  surface: string;
  role?: string;
  start: number;
  /** Evidence that this is a person on its own (first name, title, honorific...); weak mentions only join others. */
  strong: boolean;
}

/** People named in the opening of the story count one mention more when ordering. */
const LEAD_CHARS = 400;

interface Cluster {
  words: string[];
  name: string;
  role?: string;
  aliases: Set<string>;
  mentions: number;
  first: number;
}

/** Lowercase without accents, for comparing spellings ("Zelensky" / "Zélensky"). */
export function foldName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\d-]/gu, '');
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Same word, or a near-identical spelling of a long enough one ("Poutin" / "Putin", "Sergei" / "Sergey"). */
export function sameNameWord(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) >= 5 && x[0] === y[0] && editDistance(x, y, 1) <= 1) return true;
  // German and French transliterations of Slavic names: "Selenskyj"/"Zelenskyy", "Wladimir"/"Vladimir".
  const tx = transliterated(x);
  const ty = transliterated(y);
  return tx.length >= 5 && (tx === ty || (tx[0] === ty[0] && editDistance(tx, ty, 1) <= 1));
}

function transliterated(word: string): string {
  return word
    .replace(/^s(?=[aeiouy])/, 'z')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/kh/g, 'h')
    .replace(/ou/g, 'u')
    .replace(/(?:iy|yy|ii|yi)$/, 'y');
}

/** Same first name, an initial of it, or a short form of it ("Bill" / "William"). */
function firstNamesAgree(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return sameNameWord(a, b) || nicknameOf(x, y);
}

/** "Assad" for "al-Assad": a surname alone, without the particle written before it. */
const withoutParticle = (word: string): string => word.replace(/^\p{Ll}{1,3}-(?=\p{Lu})/u, '');

/** A single word that names the surname of a full name ("Assad" → "Bashar al-Assad"). */
const isSurname = (word: string, last: string): boolean =>
  sameNameWord(word, last) || sameNameWord(withoutParticle(word), withoutParticle(last));

/** "Mac Cárthaigh" in "Eoin Mac Cárthaigh", "Halvorsen Lie" in "Erik Halvorsen Lie": the surname alone. */
function isSurnameOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const tail = long.slice(long.length - short.length);
  return short.every((word, i) => foldName(word) === foldName(tail[i]!));
}

function matchesFull(mention: PersonMention, cluster: Cluster): boolean {
  const last = mention.words[mention.words.length - 1]!;
  const clusterLast = cluster.words[cluster.words.length - 1]!;
  if (cluster.words.length === 1) return isSurname(last, clusterLast);
  if (isSurnameOf(mention.words, cluster.words)) return true;
  return isSurname(last, clusterLast) && firstNamesAgree(mention.words[0]!, cluster.words[0]!);
}

const RELATIONAL_ROLE = /\b(?:counterpart|colleague|successor|predecessor|opponent|rival|ally|deputy)\b/i;

function add(cluster: Cluster, mention: PersonMention): void {
  cluster.mentions++;
  cluster.first = Math.min(cluster.first, mention.start);
  if (mention.surface !== cluster.name) cluster.aliases.add(mention.surface);
  // "his Russian counterpart" then "Russian President": a role that names the person beats one that
  // only relates them to someone else.
  if (
    mention.role !== undefined &&
    (cluster.role === undefined ||
      (RELATIONAL_ROLE.test(cluster.role) && !RELATIONAL_ROLE.test(mention.role)))
  )
    cluster.role = mention.role;
}

function newCluster(mention: PersonMention): Cluster {
  const cluster: Cluster = {
    words: mention.words,
    name: mention.words.join(' '),
    aliases: new Set(),
    mentions: 0,
    first: mention.start,
  };
  add(cluster, mention);
  return cluster;
}

/**
 * One entry per person: full names first (as first given), then single words and other
 * spellings join the person they name. Ordered by mentions, then by first appearance.
 */
export function mergePeople(mentions: readonly PersonMention[]): Person[] {
  const clusters: Cluster[] = [];
  const multi = mentions.filter((m) => m.words.length > 1);
  const single = mentions.filter((m) => m.words.length === 1);
  for (const mention of multi) {
    const found = clusters.find((cluster) => cluster.words.length > 1 && matchesFull(mention, cluster));
    if (found) add(found, mention);
    else if (mention.strong) clusters.push(newCluster(mention));
  }
  const pending: PersonMention[] = [];
  for (const mention of single) {
    const word = mention.words[0]!;
    const byLast = clusters.filter((cluster) => isSurname(word, cluster.words[cluster.words.length - 1]!));
    const byFirst = clusters.filter(
      (cluster) => cluster.words.length > 1 && firstNamesAgree(word, cluster.words[0]!) && word.length > 1,
    );
    const target = byLast[0] ?? byFirst[0];
    if (target) add(target, mention);
    else if (mention.strong) clusters.push(newCluster(mention));
    else pending.push(mention);
  }
  // Weak single words may still name someone a strong single mention introduced later in the text.
  for (const mention of pending) {
    const target = clusters.find(
      (cluster) => cluster.words.length === 1 && sameNameWord(mention.words[0]!, cluster.words[0]!),
    );
    if (target) add(target, mention);
  }
  const weight = (cluster: Cluster): number => cluster.mentions + (cluster.first < LEAD_CHARS ? 1 : 0);
  return clusters
    .sort((a, b) => weight(b) - weight(a) || a.first - b.first)
    .map((cluster) => {
      const person: Person = { name: cluster.name, kind: 'person' };
      if (cluster.role !== undefined) person.role = cluster.role;
      const aliases = [...cluster.aliases].filter((alias) => alias !== cluster.name);
      if (aliases.length > 0) person.aliases = aliases;
      return person;
    });
}
