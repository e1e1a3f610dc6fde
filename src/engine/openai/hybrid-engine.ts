import type { Article } from '../article';
import type { Brief, Person } from '../brief';
import type { BriefEngine, BriefOptions } from '../brief-engine';
import { hybridMessages, type HybridCandidates } from './brief-prompt';
import { hybridAnswerSchema, type HybridAnswer, type ModelAnswer } from './model-answer';
import { ModelBriefRunner, type ModelEngineDeps } from './model-brief-runner';
import { modelInput } from './model-input';

/** Bumped with the hybrid prompt or schema; part of the cache key. */
export const HYBRID_PROMPT_VERSION = 'hybrid-prompt-v1';

/** Maps the model's id-based answer back onto the local candidates; unknown ids are dropped, never invented. */
export function applyHybridAnswer(
  answer: HybridAnswer,
  candidates: HybridCandidates,
): { answer: ModelAnswer; dropped: string[] } {
  const dropped: string[] = [];
  const dates = new Map(candidates.dates.map((d) => [d.id, d]));
  const people = new Map(candidates.people.map((p) => [p.id, p]));
  const next: ModelAnswer['next'] = [];
  for (const item of answer.next) {
    const known = item.ids.filter((id) => dates.has(id));
    const unknown = item.ids.filter((id) => !dates.has(id));
    if (unknown.length > 0) dropped.push(`next ids ${unknown.join(', ')}: not candidates`);
    const first = known[0] !== undefined ? dates.get(known[0]) : undefined;
    if (!first) continue;
    next.push({
      date: first.date,
      time: first.time,
      timezone: first.timezone,
      what: item.what,
      where: item.where ?? first.where,
      quote: first.quote,
    });
  }
  const who: ModelAnswer['who'] = [];
  for (const item of answer.who) {
    const known = item.ids
      .map((id) => people.get(id))
      .filter((p): p is Person & { id: string } => p !== undefined);
    const unknown = item.ids.filter((id) => !people.has(id));
    if (unknown.length > 0) dropped.push(`who ids ${unknown.join(', ')}: not candidates`);
    const [first, ...rest] = known;
    if (!first) continue;
    const aliases = [...(first.aliases ?? []), ...rest.flatMap((p) => [p.name, ...(p.aliases ?? [])])].filter(
      (a) => a !== first.name,
    );
    who.push({
      name: first.name,
      kind: first.kind,
      role: item.role ?? first.role ?? null,
      aliases: [...new Set(aliases)],
    });
  }
  return { answer: { what: answer.what, who, next }, dropped };
}

/**
 * The local engine finds the candidates (dates with their quotes, people and organizations); the model
 * labels, merges and ranks them and writes `what`. The model can only pick candidates by id, and the
 * grounding checker still runs on the result, so dates and names stay the article's.
 */
export class HybridEngine implements BriefEngine {
  readonly name = 'hybrid';
  private readonly runner: ModelBriefRunner;

  constructor(private readonly deps: ModelEngineDeps) {
    this.runner = new ModelBriefRunner(deps);
  }

  async brief(article: Article, options: BriefOptions = {}): Promise<Brief> {
    const local = await this.deps.local.brief(article, options);
    if (article.text.trim() === '') return local;
    const input = modelInput(article, local, this.deps);
    const candidates: HybridCandidates = {
      dates: local.next.map((d, i) => ({ id: `d${i + 1}`, ...d })),
      people: local.who.map((p, i) => ({ id: `p${i + 1}`, ...p })),
    };
    return this.runner.run(article, local, {
      engine: this.name,
      promptVersion: HYBRID_PROMPT_VERSION,
      schema: hybridAnswerSchema,
      keyExtra: JSON.stringify(candidates),
      messages: (jsonSchema) =>
        hybridMessages({
          title: article.title,
          published: input.published,
          text: input.text,
          candidates,
          ...(jsonSchema !== undefined ? { jsonSchema } : {}),
        }),
      toModelAnswer: (answer) => applyHybridAnswer(answer, candidates),
      order: 'model',
      sent: { ...input.sent, candidates: candidates.dates.length + candidates.people.length },
    });
  }
}
