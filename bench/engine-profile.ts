import { Session, type Profiler } from 'node:inspector';
import { fixedClock } from '../src/clock/clock';
import { LocalEngine } from '../src/engine/local/local-engine';
import { extractFromHtml, readabilityOnlyText } from '../src/extraction/extract-from-html';
import { parseWithLinkedom } from '../src/extraction/parse-with-linkedom';
import { figure, type BenchFigure } from './bench-figure';
import { fixturePages, realPages, type BenchPage } from './engine-ratio-bench';
import { timeMs } from './percentile';

/**
 * Where HTML → brief spends its time: the stage each CPU sample belongs to, named by the innermost function
 * of the sample's stack that starts a stage. Order matters only for readability of the output.
 */
const STAGES: ReadonlyArray<readonly [stage: string, functions: readonly string[]]> = [
  ['HTML parse (linkedom)', ['parseWithLinkedom']],
  ['Readability', ['runReadability']],
  ['compromise tagging', ['tagText', 'sentenceTerms']],
  ['language detection', ['detectArticleLanguage']],
  ['dates (parse, resolve, classify, label)', ['nextDatesWithTrace']],
  ['people', ['detectPeople']],
  ['organizations', ['detectOrganizations']],
  ['extraction clean-up and metadata', ['extractFromHtml']],
  ['engine, other stages', ['briefNow']],
];

const stageOf = new Map(STAGES.flatMap(([stage, fns]) => fns.map((fn) => [fn, stage] as const)));

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))),
  );
}

/** Milliseconds of the profile per stage (garbage collection and samples outside any stage apart). */
export function stageTimes(profile: Profiler.Profile): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const stageOfNode = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOfNode.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    const own = name === '(garbage collector)' ? 'garbage collection' : stageOf.get(name);
    const up = parent.get(id);
    const stage = own ?? (up === undefined ? 'outside the stages' : resolve(up));
    stageOfNode.set(id, stage);
    return stage;
  };
  const ms = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const stage = resolve(samples[i]!);
    ms.set(stage, (ms.get(stage) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return ms;
}

/**
 * (1b) The profile behind the HTML → brief figure: a CPU profile (the inspector's sampler, 100 µs) of
 * `runs` passes over the same pages, split by stage, each as mean ms per page against Readability alone
 * (mean ms per page, timed in the same run). The stage ratios add up to the mean HTML → brief ratio, so the
 * table shows which stages a target on that ratio has to cut.
 */
export async function engineProfileBench(runs = 2, limit = 60): Promise<BenchFigure[]> {
  const real = realPages(limit);
  const pages: BenchPage[] = real ?? fixturePages();
  const engine = new LocalEngine({ clock: fixedClock('2025-03-01T12:00:00Z') });
  const toBrief = (page: BenchPage) => {
    try {
      engine.briefNow(extractFromHtml(page.html, { url: page.url }, parseWithLinkedom));
    } catch {
      // A refused page still costs its parse.
    }
  };
  for (const page of pages) toBrief(page); // warm-up: lexicons and JIT
  let readabilityMs = 0;
  for (let i = 0; i < runs; i++)
    for (const page of pages)
      readabilityMs += await timeMs(() => readabilityOnlyText(page.html, parseWithLinkedom));
  const session = new Session();
  session.connect();
  let profile: Profiler.Profile;
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
    for (let i = 0; i < runs; i++) for (const page of pages) toBrief(page);
    ({ profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop'));
  } finally {
    session.disconnect();
  }
  const perPage = runs * pages.length;
  const baseline = readabilityMs / perPage;
  const times = stageTimes(profile);
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  const order = [...STAGES.map(([stage]) => stage), 'garbage collection', 'outside the stages'];
  const source = real ? 'Zyte benchmark (real pages)' : 'fixture pages';
  return order
    .filter((stage) => times.has(stage))
    .map((stage) =>
      figure({
        id: `engine.profile.${stage.replace(/[^a-z]+/gi, '_').toLowerCase()}`,
        label: `HTML → brief profile: ${stage}, mean ms/page`,
        unit: 'ms',
        value: times.get(stage)! / perPage,
        baselineLabel: 'Readability parse alone, mean ms/page',
        baseline,
        details: {
          pages: pages.length,
          runs,
          shareOfProfile: `${((100 * times.get(stage)!) / total).toFixed(1)} %`,
          source,
        },
      }),
    );
}
