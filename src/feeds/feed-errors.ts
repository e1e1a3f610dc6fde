/** Why a feed could not be read; `message` is shown in chat (pause notices, `/brief feeds`). */
export type FeedErrorCode = 'NOT_A_FEED' | 'PARSE_ERROR' | 'NO_FEED_FOUND';

export class FeedError extends Error {
  constructor(
    message: string,
    readonly code: FeedErrorCode,
    readonly url: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}
