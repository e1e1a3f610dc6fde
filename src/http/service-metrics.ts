import type { Queue } from 'bullmq';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { BriefMetrics } from '../briefing/brief-metrics';

/** The service's prom-client metrics on one registry (one registry per app, so tests never collide). */
export interface ServiceMetrics extends BriefMetrics {
  delivered(platform: string): void;
  jobFinished(queue: string, status: 'completed' | 'failed', seconds: number): void;
  /** Followed feeds: polls and items by outcome (src/feeds/feed-ports.ts lists the outcomes). */
  feeds: { poll(outcome: string): void; items(outcome: string, n: number): void };
}

export function createServiceMetrics(registry: Registry): ServiceMetrics {
  const briefs = new Counter({
    name: 'briefbot_briefs_total',
    help: 'Brief jobs by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const loadErrors = new Counter({
    name: 'briefbot_fetch_errors_total',
    help: 'Fetch and extraction errors by code',
    labelNames: ['code'],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'briefbot_deliveries_total',
    help: 'Briefs posted by platform',
    labelNames: ['platform'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'briefbot_job_duration_seconds',
    help: 'Job processing time by queue and status',
    labelNames: ['queue', 'status'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const feedPolls = new Counter({
    name: 'briefbot_feed_polls_total',
    help: 'Feed polls by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const feedItems = new Counter({
    name: 'briefbot_feed_items_total',
    help: 'Feed items by outcome (briefed, listed, filtered, duplicate, baseline, ...)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  return {
    feeds: {
      poll: (outcome) => feedPolls.inc({ outcome }),
      items: (outcome, n) => feedItems.inc({ outcome }, n),
    },
    briefOutcome: (outcome) => briefs.inc({ outcome }),
    loadError: (code) => loadErrors.inc({ code }),
    delivered: (platform) => deliveries.inc({ platform }),
    jobFinished: (queue, status, seconds) => durations.observe({ queue, status }, seconds),
  };
}

/** Queue depths by queue and state, read from Redis when /metrics is scraped. */
export function registerQueueDepths(registry: Registry, queues: Queue[]): void {
  new Gauge({
    name: 'briefbot_queue_jobs',
    help: 'Jobs in each queue by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const queue of queues) {
        try {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
          for (const [state, n] of Object.entries(counts)) this.set({ queue: queue.name, state }, n);
        } catch {
          // Redis is down: leave the last values; /readyz reports the outage.
        }
      }
    },
  });
}
