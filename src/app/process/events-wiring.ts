import type { CommandDeps } from '../../../commands/command-deps';
import type { ChatPorts } from '../../delivery/chat-ports';
import { EventsModule } from '../../events/events-module';
import type { InputContext, WorkerContext } from '../plugins/plugin-contract';

type EventsContext = Pick<
  WorkerContext,
  'config' | 'logger' | 'clock' | 'queues' | 'redis' | 'channelSettings'
> & {
  chatPorts?: ChatPorts;
};

/**
 * The channel calendar (events ledger, reminders, digests) of one process side, built once by its
 * root with the root's clock: the bot mounts its ICS route, the worker calls it after each delivery
 * and runs the `reminders` and `digests` processors on it (src/app/roots/queue-table.ts).
 */
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
