/**
 * The buttons under each date of a posted brief, and the ids Slack sends back when one is clicked.
 * A button's value is the date's reference (16 hex characters, src/events/date-ref.ts): never article
 * text. https://api.slack.com/reference/block-kit/block-elements#button
 */
export const eventActionIds = {
  notEvent: 'briefbot_not_event',
  wrongDate: 'briefbot_wrong_date',
  remindMe: 'briefbot_remind_me',
} as const;

/** The "Wrong date…" modal's callback id and its one input. */
export const wrongDateView = {
  callbackId: 'briefbot_wrong_date_view',
  block: 'date',
  input: 'date',
} as const;

interface Button {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string };
  value: string;
}

/** An actions block: https://api.slack.com/reference/block-kit/blocks#actions */
export interface ActionsBlock {
  type: 'actions';
  block_id: string;
  elements: Button[];
}

function button(actionId: string, text: string, value: string): Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text }, value };
}

/** "Not an event" · "Wrong date…" · "Remind me" for the date with reference `dateRef`. */
export function eventButtons(dateRef: string, index: number): ActionsBlock {
  return {
    type: 'actions',
    block_id: `briefbot_date_${index}`,
    elements: [
      button(eventActionIds.remindMe, 'Remind me', dateRef),
      button(eventActionIds.notEvent, 'Not an event', dateRef),
      button(eventActionIds.wrongDate, 'Wrong date…', dateRef),
    ],
  };
}
