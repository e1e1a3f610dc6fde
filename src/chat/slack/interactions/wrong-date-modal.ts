import type { types } from '@slack/bolt';
import { wrongDateView } from './event-buttons';

/** What the modal carries back on submit: the channel and the date reference, nothing else. */
export interface WrongDateMetadata {
  channel: string;
  dateRef: string;
}

/**
 * The "Wrong date…" modal: one text input for the right date. Its `private_metadata` holds only the
 * channel id and the date reference. https://api.slack.com/reference/surfaces/views
 */
export function wrongDateModal(meta: WrongDateMetadata): types.View {
  return {
    type: 'modal',
    callback_id: wrongDateView.callbackId,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: 'Correct the date' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: wrongDateView.block,
        label: { type: 'plain_text', text: 'The right date' },
        hint: {
          type: 'plain_text',
          text: 'Like 2026-06-16, 2026-06-16 14:30 (this channel’s time zone) or 2026-06. Reminders and the calendar follow.',
        },
        element: {
          type: 'plain_text_input',
          action_id: wrongDateView.input,
          placeholder: { type: 'plain_text', text: '2026-06-16' },
          max_length: 40,
        },
      },
    ],
  };
}

/** Reads the modal's metadata back, or null when it is not ours. */
export function readWrongDateMetadata(raw: string): WrongDateMetadata | null {
  try {
    const meta = JSON.parse(raw) as Partial<WrongDateMetadata>;
    if (typeof meta.channel !== 'string' || !/^[A-Z0-9]{1,40}$/.test(meta.channel)) return null;
    if (typeof meta.dateRef !== 'string' || !/^[0-9a-f]{16}$/.test(meta.dateRef)) return null;
    return { channel: meta.channel, dateRef: meta.dateRef };
  } catch {
    return null;
  }
}
