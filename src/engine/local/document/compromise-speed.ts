import nlp from 'compromise';

/**
 * Two changes to how compromise runs, neither of which changes a tag (docs/adr/037-engine-cost.md):
 *
 * 1. Its chunker (noun/verb phrase chunks, about 8 % of tagging) is not run: the engine reads tags only.
 * 2. Its match sweep finds the candidate rules of each sentence by walking the sentence's few cached words
 *    instead of every one of the rule net's thousands of hook words (compromise's own `getHooks` is
 *    about 20 % of tagging). The candidates come out in exactly compromise's order, so the rules run, and
 *    tag, in the same order.
 */

interface Match {
  match: string;
  minWords: number;
  needs: string[];
  ifNo?: string[];
  wants: string[];
  minWant: number;
}
interface Net {
  hooks: Record<string, Match[]>;
  always: Match[];
}
type Sentence = unknown[];
interface Methods {
  one: {
    cacheDoc(document: Sentence[]): Array<Set<string>>;
    match(docs: Sentence[], match: Match): { ptrs: number[][] };
    bulkMatch(document: Sentence[], net: Net, methods: Methods, opts?: { matchOne?: boolean }): unknown[];
  };
}
interface World {
  hooks: string[];
  methods: Methods;
}

/** A net's hook words in its own key order (compromise walks `Object.keys(hooks)`) and a number per rule text. */
interface NetIndex {
  keys: string[];
  order: Map<string, number>;
  ruleId: Map<string, number>;
  /** `seen[ruleId] === stamp`: the rule is already a candidate of the current sentence. */
  seen: Int32Array;
  stamp: number;
}

const indexes = new WeakMap<Record<string, Match[]>, NetIndex>();

function indexOf(hooks: Record<string, Match[]>): NetIndex {
  let index = indexes.get(hooks);
  if (!index) {
    const ruleId = new Map<string, number>();
    for (const list of Object.values(hooks))
      for (const m of list) if (!ruleId.has(m.match)) ruleId.set(m.match, ruleId.size);
    const keys = Object.keys(hooks);
    index = {
      keys,
      order: new Map(keys.map((key, i) => [key, i])),
      ruleId,
      seen: new Int32Array(ruleId.size),
      stamp: 0,
    };
    indexes.set(hooks, index);
  }
  return index;
}

const hasAll = (cache: Set<string>, words: readonly string[]): boolean => {
  for (let i = 0; i < words.length; i++) if (!cache.has(words[i]!)) return false;
  return true;
};

const hasAny = (cache: Set<string>, words: readonly string[]): boolean => {
  for (let i = 0; i < words.length; i++) if (cache.has(words[i]!)) return true;
  return false;
};

const countIn = (cache: Set<string>, words: readonly string[]): number => {
  let n = 0;
  for (let i = 0; i < words.length; i++) if (cache.has(words[i]!)) n++;
  return n;
};

/** compromise's getHooks + trimDown + tooSmall: the rules worth trying on one sentence, in its order. */
function candidates(cache: Set<string>, termCount: number, net: Net): Match[] {
  const index = indexOf(net.hooks);
  const at: number[] = [];
  for (const word of cache) {
    const i = index.order.get(word);
    if (i !== undefined) at.push(i);
  }
  at.sort((a, b) => a - b);
  const { keys } = index;
  const stamp = ++index.stamp;
  const out: Match[] = [];
  for (const i of at)
    for (const m of net.hooks[keys[i]!]!) {
      const id = index.ruleId.get(m.match)!;
      if (index.seen[id] === stamp) continue;
      index.seen[id] = stamp;
      if (termCount < m.minWords) continue;
      if (!hasAll(cache, m.needs)) continue;
      if (m.ifNo !== undefined && hasAny(cache, m.ifNo)) continue;
      if (m.wants.length > 0 && countIn(cache, m.wants) < m.minWant) continue;
      out.push(m);
    }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

let installed = false;

/** Installs both changes once per process (compromise's world is a module-level singleton). */
export function installCompromiseSpeedups(): void {
  if (installed) return;
  installed = true;
  const world = (nlp as unknown as { world(): World }).world();
  world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
  const { methods } = world;
  methods.one.bulkMatch = (document, net, m, opts = {}) => {
    const cache = m.one.cacheDoc(document);
    const results: unknown[] = [];
    for (let n = 0; n < document.length; n++) {
      for (const match of candidates(cache[n]!, document[n]!.length, net)) {
        const res = m.one.match([document[n]!], match);
        if (res.ptrs.length === 0) continue;
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          results.push({ ...match, pointer: ptr });
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
    return results;
  };
}
