import { Worker, type Job, type Processor, type WorkerOptions } from 'bullmq';
import { createBriefProcessor } from '../../../jobs/brief';
import { createDeliverProcessor } from '../../../jobs/deliver';
import { createDigestProcessor } from '../../../jobs/digest';
import { createFeedProcessor } from '../../../jobs/feed';
import { createRemindProcessor } from '../../../jobs/remind';
import type { BriefService } from '../../briefing/brief-service';
import type { RequesterNotifier } from '../../briefing/requester-notifier';
import type { DeliverService } from '../../delivery/deliver-service';
import type { EventsModule } from '../../events/events-module';
import type { ServiceMetrics } from '../../http/service-metrics';
import type { Logger } from '../../logging/logger';
import { queueNames, type QueueName } from '../../queue/queue-names';

/** The services the worker's processors call. `events` and `feeds` come from the worker root. */
export interface WorkerServices {
  briefs: BriefService;
  deliver: DeliverService;
  notifier: RequesterNotifier;
  events?: EventsModule;
  feeds?: Parameters<typeof createFeedProcessor>[0];
}

/** One queue's row: its processor (none when its service is absent) and whether /metrics times its jobs. */
interface QueueRow {
  processor(services: WorkerServices): Processor | undefined;
  metered: boolean;
}

/** Every queue the worker processes, its processor and options. Add a queue here. */
export const queueTable: Record<QueueName, QueueRow> = {
  [queueNames.briefs]: {
    processor: (s) => createBriefProcessor({ briefs: s.briefs }),
    metered: true,
  },
  [queueNames.deliveries]: {
    processor: (s) => createDeliverProcessor({ deliver: s.deliver, notifier: s.notifier }),
    metered: true,
  },
  [queueNames.reminders]: {
    processor: (s) => (s.events ? createRemindProcessor({ events: s.events }) : undefined),
    metered: false,
  },
  [queueNames.digests]: {
    processor: (s) => (s.events ? createDigestProcessor({ events: s.events }) : undefined),
    metered: false,
  },
  [queueNames.feeds]: {
    processor: (s) => (s.feeds ? createFeedProcessor(s.feeds) : undefined),
    metered: false,
  },
};

/** One BullMQ Worker per table row that has its service, all with the same options, logging and metrics. */
export function startQueueWorkers(
  services: WorkerServices,
  options: WorkerOptions,
  deps: { logger: Logger; metrics?: ServiceMetrics | undefined },
): Worker[] {
  const workers: Worker[] = [];
  for (const [queue, row] of Object.entries(queueTable)) {
    const processor = row.processor(services);
    if (!processor) continue;
    const worker = new Worker(queue, processor, options);
    worker.on('error', (err) => deps.logger.warn({ err: err.message, queue }, 'worker error'));
    worker.on('failed', (job: Job | undefined, err: Error) => {
      deps.logger.warn(
        { queue, id: job?.id, name: job?.name, attempt: job?.attemptsMade, err: err.message },
        'job failed',
      );
      if (row.metered) observe(deps.metrics, queue, 'failed', job);
    });
    if (row.metered) worker.on('completed', (job: Job) => observe(deps.metrics, queue, 'completed', job));
    workers.push(worker);
  }
  return workers;
}

function observe(
  metrics: ServiceMetrics | undefined,
  queue: string,
  status: 'completed' | 'failed',
  job: Job | undefined,
): void {
  if (!metrics || !job?.processedOn || !job.finishedOn) return;
  metrics.jobFinished(queue, status, (job.finishedOn - job.processedOn) / 1000);
}
