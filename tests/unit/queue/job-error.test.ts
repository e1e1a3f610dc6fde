import { UnrecoverableError } from 'bullmq';
import { ChatPostError } from '../../../src/chat/chat-port';
import { toJobError } from '../../../src/queue/job-error';
import { InvalidPayloadError } from '../../../src/queue/payloads';

describe('the error contract at the job edges', () => {
  it('fails a job for good, naming the code, when a retry cannot help', () => {
    const gone = toJobError(new ChatPostError('the bot is not in this channel', 'not_in_channel', false));
    expect(gone).toBeInstanceOf(UnrecoverableError);
    expect(gone.message).toBe('not_in_channel: the bot is not in this channel');
    const payload = toJobError(new InvalidPayloadError('reminders', 'eventId: Required'));
    expect(payload).toBeInstanceOf(UnrecoverableError);
    expect(payload.message).toBe('INVALID_PAYLOAD: invalid reminders job payload: eventId: Required');
  });

  it('lets BullMQ retry a transient failure, and anything without a verdict', () => {
    const limited = new ChatPostError('rate limited', 'ratelimited', true);
    expect(toJobError(limited)).toBe(limited);
    const redis = new Error('Connection is closed.');
    expect(toJobError(redis)).toBe(redis);
    expect(toJobError('boom')).not.toBeInstanceOf(UnrecoverableError);
  });
});
