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

/** The position of each hook word in the net's own key order (compromise walks `Object.keys(hooks)`). */
const hookOrder = new WeakMap<Record<string, Match[]>, Map<string, number>>();

function orderOf(hooks: Record<string, Match[]>): Map<string, number> {
  let order = hookOrder.get(hooks);
  if (!order) {
    order = new Map(Object.keys(hooks).map((key, i) => [key, i]));
    hookOrder.set(hooks, order);
  }
  return order;
}

/** compromise's getHooks + trimDown + tooSmall: the rules worth trying on one sentence, in its order. */
function candidates(cache: Set<string>, termCount: number, net: Net): Match[] {
  const order = orderOf(net.hooks);
  const keys: Array<[number, string]> = [];
  for (const word of cache) {
    const at = order.get(word);
    if (at !== undefined) keys.push([at, word]);
  }
  keys.sort((a, b) => a[0] - b[0]);
  const seen = new Set<string>();
  const out: Match[] = [];
  for (const [, key] of keys)
    for (const m of net.hooks[key]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (!m.needs.every((need) => cache.has(need))) continue;
      if (m.ifNo !== undefined && m.ifNo.some((no) => cache.has(no))) continue;
      if (m.wants.length > 0 && m.wants.filter((w) => cache.has(w)).length < m.minWant) continue;
      out.push(m);
    }
  return out.concat(net.always).filter((m) => termCount >= m.minWords);
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
