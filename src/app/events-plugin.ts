import { Worker, type Job } from 'bullmq';
import type { CommandDeps } from '../../commands/command-deps';
import { createDigestProcessor } from '../../jobs/digest';
import { createRemindProcessor } from '../../jobs/remind';
import type { ChatPorts } from '../delivery/chat-ports';
import { EventsModule } from '../events/events-module';
import { systemClock } from '../clock/clock';
import { createCalendarRouter } from '../http/calendar-routes';
import { queueNames } from '../queue/queue-names';
import type { InputContext, PlatformPlugin, WorkerContext } from './platform-plugins';

type EventsContext = Pick<WorkerContext, 'config' | 'logger' | 'queues' | 'redis' | 'channelSettings'> & {
  chatPorts?: ChatPorts;
};

const modules = new WeakMap<object, EventsModule>();

/** One EventsModule per process side (the delivery hook and the processors share it). */
function eventsFor(ctx: EventsContext): EventsModule {
  let events = modules.get(ctx);
  if (!events) {
    const ports = ctx.chatPorts ?? {};
    events = new EventsModule({
      redis: ctx.redis,
      prefix: ctx.config.BRIEFBOT_PREFIX,
      reminderQueue: ctx.queues.reminders,
      digestQueue: ctx.queues.digests,
      settings: ctx.channelSettings,
      chat: (platform) => ports[platform],
      clock: systemClock,
      logger: ctx.logger.child({ feature: 'events' }),
      retentionDays: ctx.config.EVENT_RETENTION_DAYS,
    });
    modules.set(ctx, events);
  }
  return events;
}

/** What the chat plugins add to their CommandDeps for /brief events | digest | remind | calendar. */
export function eventsCommandDeps(ctx: InputContext): Pick<CommandDeps, 'events' | 'publicUrl'> {
  return {
    events: eventsFor(ctx),
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
    ctx.routes.mount('/', createCalendarRouter({ events: eventsFor(ctx), logger: ctx.logger }));
    return undefined;
  },
  onDelivered(ctx) {
    const events = eventsFor(ctx);
    return async (brief, destination, ref) => {
      await events.onDelivered(brief, destination, ref);
    };
  },
  async startWorker(ctx) {
    const events = eventsFor(ctx);
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
