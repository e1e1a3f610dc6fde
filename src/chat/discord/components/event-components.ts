import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Brief } from '../../../engine/brief';
import { dateRefsOf } from '../../../events/date-ref';
import { humanDate, whenInChannel } from '../../../events/event-when';

/** Discord allows 5 action rows per message: one per date, for the first five dates. */
const maxRows = 5;

/**
 * The custom ids of the buttons under a brief and of the "Wrong date…" modal: `bb:<kind>:<date-ref>`.
 * The date reference is 16 hex characters (src/events/date-ref.ts), never article text.
 * https://discord.com/developers/docs/components/reference#button
 */
export const eventComponentKinds = {
  remindMe: 'remind',
  notEvent: 'not',
  wrongDate: 'date',
  modal: 'datemodal',
} as const;
export type EventComponentKind = (typeof eventComponentKinds)[keyof typeof eventComponentKinds];

/** The modal's one text input. */
export const DATE_INPUT_ID = 'date';

export function eventCustomId(kind: EventComponentKind, dateRef: string): string {
  return `bb:${kind}:${dateRef}`;
}

/** Reads a custom id back, or null when it is not one of ours. */
export function readEventCustomId(customId: string): { kind: EventComponentKind; dateRef: string } | null {
  const m = /^bb:(remind|not|date|datemodal):([0-9a-f]{16})$/.exec(customId);
  return m ? { kind: m[1] as EventComponentKind, dateRef: m[2] ?? '' } : null;
}

function button(label: string, customId: string): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId };
}

/**
 * One row of buttons per date (the first five): "Remind me · <date>", "Not an event", "Wrong date…".
 * Labels hold only briefbot's own words and the date; a sixth date on is fixed with `/brief events`.
 */
export function eventComponents(
  brief: Brief,
  channelZone: string,
): APIActionRowComponent<APIButtonComponent>[] {
  const refs = dateRefsOf(brief);
  return brief.next.slice(0, maxRows).map((item, i) => {
    const ref = refs[i] ?? '';
    const day = humanDate(whenInChannel(item, channelZone).date).replace(/ \d{4}$/, '');
    return {
      type: ComponentType.ActionRow,
      components: [
        button(`Remind me · ${day}`, eventCustomId(eventComponentKinds.remindMe, ref)),
        button('Not an event', eventCustomId(eventComponentKinds.notEvent, ref)),
        button('Wrong date…', eventCustomId(eventComponentKinds.wrongDate, ref)),
      ],
    };
  });
}
