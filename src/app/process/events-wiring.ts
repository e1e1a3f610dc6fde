import { Worker, type Job } from 'bullmq';
import type { CommandDeps } from '../../../commands/command-deps';
import { createDigestProcessor } from '../../../jobs/digest';
import { createRemindProcessor } from '../../../jobs/remind';
import type { ChatPorts } from '../../delivery/chat-ports';
import { EventsModule } from '../../events/events-module';
import { createCalendarRouter } from '../../http/calendar-routes';
import { queueNames } from '../../queue/queue-names';
import type { InputContext, PlatformPlugin, WorkerContext } from '../plugins/plugin-contract';

type EventsContext = Pick<
  WorkerContext,
  'config' | 'logger' | 'clock' | 'queues' | 'redis' | 'channelSettings'
> & {
  chatPorts?: ChatPorts;
};

/** The events module of one process side, built once by its root (bot, worker) with the root's clock. */
export function createEventsModule(ctx: EventsContext): EventsModule {
  const ports = ctx.chatPorts ?? {};
  return new EventsModule({
    redis: ctx.redis,
    prefix: ctx.config.BRIEFBOT_PREFIX,
    reminderQueue: ctx.queues.reminders,
    digestQueue: ctx.queues.digests,
    settings: ctx.channelSettings,
    chat: (platform) => ports[platform],
    clock: ctx.clock,
    logger: ctx.logger.child({ feature: 'events' }),
    retentionDays: ctx.config.EVENT_RETENTION_DAYS,
  });
}

/** What the chat plugins add to their CommandDeps for /brief events | digest | remind | calendar. */
export function eventsCommandDeps(ctx: InputContext): Pick<CommandDeps, 'events' | 'publicUrl'> {
  return {
    events: ctx.events,
    ...(ctx.config.PUBLIC_URL !== undefined ? { publicUrl: ctx.config.PUBLIC_URL } : {}),
  };
}

/**
 * The channel calendar: the ICS route on the input side; on the worker side the delivery hook
 * that records events and the `reminders` and `digests` processors.
 */
export const eventsPlugin: PlatformPlugin = {
  name: 'events',
  async startInput(ctx) {
    ctx.routes.mount('/', createCalendarRouter({ events: ctx.events, logger: ctx.logger }));
    return undefined;
  },
  onDelivered(ctx) {
    const { events } = ctx;
    return async (brief, destination, ref) => {
      await events.onDelivered(brief, destination, ref);
    };
  },
  async startWorker(ctx) {
    const { events } = ctx;
    const common = {
      connection: ctx.redis,
      prefix: ctx.config.BRIEFBOT_PREFIX,
      concurrency: ctx.config.WORKER_CONCURRENCY,
      lockDuration: ctx.config.WORKER_LOCK_DURATION_MS,
      stalledInterval: ctx.config.WORKER_STALLED_INTERVAL_MS,
    };
    const workers = [
      new Worker(queueNames.reminders, createRemindProcessor({ events }), common),
      new Worker(queueNames.digests, createDigestProcessor({ events }), common),
    ];
    for (const worker of workers) {
      worker.on('error', (err) => ctx.logger.warn({ err: err.message, queue: worker.name }, 'worker error'));
      worker.on('failed', (job: Job | undefined, err: Error) =>
        ctx.logger.warn(
          { queue: worker.name, id: job?.id, attempt: job?.attemptsMade, err: err.message },
          'job failed',
        ),
      );
    }
    return { close: async () => void (await Promise.all(workers.map((w) => w.close()))) };
  },
};
