import http from 'node:http';
import https from 'node:https';

/** Posts `text` in `channel` with `token`; resolves with the message's ts, or null when nothing was posted. */
export type PlaceholderPoster = (token: string, channel: string, text: string) => Promise<string | null>;

/**
 * chat.postMessage for the "Briefing <host>…" placeholder, the one Web API call a `/brief <link>`
 * makes before it is acknowledged (its ts goes with the destination). One form-encoded POST on a
 * kept-alive connection, without WebClient's per-call queue, retry loop, abort signal and fetch
 * streams, which cost the bot's event loop more than the call itself while many commands arrive at once.
 * Never retried after Slack may have seen it (a second try could post twice), except when a kept-alive
 * connection turns out closed before anything was sent back; any failure is "no placeholder", and the
 * brief is then posted as a new message. https://api.slack.com/methods/chat.postMessage
 */
export function createPlaceholderPoster(options: { apiUrl: string; timeoutMs?: number }): PlaceholderPoster {
  const base = new URL(
    'chat.postMessage',
    options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`,
  );
  const secure = base.protocol === 'https:';
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const request = secure ? https.request : http.request;
  const timeoutMs = options.timeoutMs ?? 2000;

  const once = (token: string, body: string): Promise<string | null> =>
    new Promise((resolve, reject) => {
      const req = request(
        base,
        {
          method: 'POST',
          agent,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', () => resolve(null));
          res.on('end', () => {
            if (res.statusCode !== 200) return resolve(null);
            try {
              const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                ok?: boolean;
                ts?: unknown;
              };
              resolve(answer.ok === true && typeof answer.ts === 'string' ? answer.ts : null);
            } catch {
              resolve(null);
            }
          });
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error('placeholder post timed out')));
      req.on('error', (err: NodeJS.ErrnoException) => {
        // A kept-alive socket the server had closed: nothing reached Slack, so one more try is safe.
        if (req.reusedSocket && err.code === 'ECONNRESET') reject(err);
        else resolve(null);
      });
      req.end(body);
    });

  return async (token, channel, text) => {
    const body = new URLSearchParams({ channel, text }).toString();
    try {
      return await once(token, body);
    } catch {
      return once(token, body).catch(() => null);
    }
  };
}
