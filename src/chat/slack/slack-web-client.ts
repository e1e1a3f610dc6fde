import { WebClient } from '@slack/web-api';
import type { Logger } from '../../logging/logger';
import { slackLogger } from './slack-logger';

/**
 * The WebClient briefbot posts with. WebClient's own retries are off: it retries network errors
 * and 5xx answers, after which Slack may already have posted, so a retry could post twice.
 * Rate limits (429) are thrown as errors (`rejectRateLimitedCalls`) and SlackChatPort waits
 * `Retry-After` and tries again itself: a 429 means nothing was posted, so that retry is safe.
 */
export function createSlackWebClient(options: {
  token: string;
  apiUrl: string;
  logger: Logger;
  timeoutMs?: number;
}): WebClient {
  return new WebClient(options.token, {
    slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`,
    logger: slackLogger(options.logger),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 15000,
  });
}
