import type { Clock } from '../clock/clock';
import type { BriefEngine } from '../engine/brief-engine';
import type { Logger } from '../logging/logger';
import type { BriefJobData } from '../queue/payloads';
import type { BriefFailure, BriefOutcomeWriter } from '../storage/brief-store';
import type { ArticleSource } from './article-source';
import type { BriefMetrics } from './brief-metrics';
import type { DeliveryEnqueuer } from './delivery-enqueuer';
import type { RequesterNotifier } from './requester-notifier';
import { datedFromFetch } from './fetched-date';
import { healthWarnings } from './health-warnings';

export interface BriefServiceDeps {
  source: ArticleSource;
  engine: BriefEngine;
  store: BriefOutcomeWriter;
  deliveries: DeliveryEnqueuer;
  notifier: RequesterNotifier;
  clock: Clock;
  logger: Logger;
  briefTtlSeconds: number;
  /** How long a failure answers late askers before the link may be tried again; default 5 minutes. */
  failureTtlSeconds?: number;
  metrics?: BriefMetrics;
  /** Remembers each briefed article's text for one-story-one-post matching (src/feeds/story-index.ts). */
  stories?: { remember(key: string, text: string): Promise<void> };
}

export const DEFAULT_FAILURE_TTL_SECONDS = 5 * 60;

/**
 * fetch → extract → engine → store → one delivery per waiting destination.
 * Order matters: the brief is saved before the waiting set is read, and intake attaches only while no
 * brief is stored (atomically), so every asker is either in the set or served from the store.
 * A re-run (retry, stalled job) reuses a stored brief instead of fetching again.
 */
export class BriefService {
  constructor(private readonly deps: BriefServiceDeps) {}

  async run(
    job: BriefJobData,
    signal?: AbortSignal,
  ): Promise<{ outcome: 'briefed' | 'reused'; deliveries: number }> {
    const { deps } = this;
    let outcome: 'briefed' | 'reused' = 'reused';
    let brief = await deps.store.get(job.key);
    if (!brief) {
      let article;
      try {
        article = await deps.source.load(job.url, signal);
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        deps.metrics?.loadError(typeof code === 'string' ? code : 'UNKNOWN');
        throw err;
      }
      brief = await deps.engine.brief(article.url ? article : { ...article, url: job.url });
      if (!brief.url) brief = { ...brief, url: job.url };
      // The page named no date: the engine fell back to today, which is the day the page was fetched.
      if (article.published === undefined && brief.publishedSource === 'today')
        brief = datedFromFetch(brief, deps.clock.now().toISOString().slice(0, 10));
      const pageWarnings = healthWarnings(article.health);
      if (pageWarnings.length > 0)
        brief = { ...brief, warnings: [...pageWarnings, ...(brief.warnings ?? [])] };
      await deps.store.save(job.key, brief, deps.briefTtlSeconds);
      await deps.stories
        ?.remember(job.key, `${article.title ?? ''}\n${article.text}`)
        .catch((err: unknown) =>
          deps.logger.warn({ err, key: job.key }, 'could not remember the story text'),
        );
      outcome = 'briefed';
    }
    const waiting = await deps.store.pending(job.key);
    for (const { destination } of waiting) await deps.deliveries.enqueue(job.key, destination);
    await deps.store.clearPending(job.key, waiting);
    deps.metrics?.briefOutcome(outcome);
    deps.logger.info({ key: job.key, url: job.url, outcome, deliveries: waiting.length }, 'brief ready');
    return { outcome, deliveries: waiting.length };
  }

  /** The link failed for good: remember why for a few minutes and tell each waiting requester once. */
  async fail(job: BriefJobData, failure: { code: string; message: string }): Promise<number> {
    const { deps } = this;
    const record: BriefFailure = { ...failure, url: job.url, at: deps.clock.now().toISOString() };
    await deps.store.saveFailure(job.key, record, deps.failureTtlSeconds ?? DEFAULT_FAILURE_TTL_SECONDS);
    const waiting = await deps.store.pending(job.key);
    for (const { destination } of waiting) await deps.notifier.notify(destination, failure.message);
    await deps.store.clearPending(job.key, waiting);
    deps.metrics?.briefOutcome('failed');
    deps.logger.warn(
      { key: job.key, url: job.url, code: failure.code, told: waiting.length },
      'brief failed for good',
    );
    return waiting.length;
  }
}
