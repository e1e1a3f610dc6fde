import { slackSignatureHeaders, slashCommandBody } from '../../tests/support/slack-signing';
import { timeMs } from '../percentile';

/**
 * The load generator of the slash-command benchmark, run in a process of its own so that its work
 * (signing, sending, timing) is not charged to the bot it measures. Argument: one JSON object
 * `{ base, secret, responseUrl, concurrency, rounds }`. Prints `{ slash: number[][], health: number[][],
 * replies }` (milliseconds per request, one array per round; `replies`: how many acknowledgements
 * began with each first word, "Queued", "Already", …, so a fast but wrong answer shows) on stdout.
 */
interface LoadPlan {
  base: string;
  secret: string;
  responseUrl: string;
  concurrency: number;
  rounds: number;
}

/** Bursts of each kind sent before the measured rounds. */
const WARM_UP_BURSTS = 4;

async function main(plan: LoadPlan): Promise<void> {
  let n = 0;
  const replies: Record<string, number> = {};
  const slash = async () => {
    const i = n++;
    const body = slashCommandBody({
      text: `https://news.example/ack/${process.pid}/${i}`,
      channel: `C${i}`,
      responseUrl: `${plan.responseUrl}/r${i}`,
    });
    const res = await fetch(`${plan.base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...slackSignatureHeaders(plan.secret, body),
      },
      body,
    });
    if (res.status !== 200) throw new Error(`/brief answered ${res.status}`);
    const ack = await res.text();
    let text = '';
    try {
      text = String((JSON.parse(ack) as { text?: unknown }).text ?? '');
    } catch {
      text = ack;
    }
    const word = text.split(/\s+/)[0] || '(empty)';
    replies[word] = (replies[word] ?? 0) + 1;
  };
  const health = async () => void (await (await fetch(`${plan.base}/healthz`)).text());
  const burst = (work: () => Promise<void>) =>
    Promise.all(Array.from({ length: plan.concurrency }, () => timeMs(work)));
  // Warm-up: connections, Bolt's first auth.test, and the JIT, which compiles the hot paths on a
  // background thread during the first few hundred commands (one burst left the first measured
  // round 2-3x slower than the next on 2 cores: that is start-up, not the bot's steady state).
  for (let w = 0; w < WARM_UP_BURSTS; w++) {
    await burst(slash);
    await burst(health);
  }
  const out = { slash: [] as number[][], health: [] as number[][], replies };
  for (let r = 0; r < plan.rounds; r++) {
    out.slash.push(await burst(slash));
    out.health.push(await burst(health));
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main(JSON.parse(process.argv[2] ?? '{}') as LoadPlan).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
