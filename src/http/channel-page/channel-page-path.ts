/** Where the channel pages live: `/c/<token>`. */
export const CHANNEL_PAGE_PATH = '/c';

/** The URL of a channel page (or a part of it): absolute with PUBLIC_URL, else a root path. */
export function channelPagePath(publicUrl: string | undefined, token: string, rest = ''): string {
  return `${(publicUrl ?? '').replace(/\/+$/, '')}${CHANNEL_PAGE_PATH}/${token}${rest}`;
}
