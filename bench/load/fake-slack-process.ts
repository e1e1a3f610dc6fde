import { startFakeSlackApi } from '../../tests/fakes/fake-slack-api';

/**
 * The fake Slack Web API of the slash-command benchmark, in a process of its own (forked with IPC),
 * as Slack is another machine for a real install: the placeholder chat.postMessage and the other Web
 * API calls the bot makes per `/brief` are answered here, not by the bot's own event loop.
 * Sends `{ apiUrl, origin }` once listening; on `'stop'` answers with what it was asked
 * (`{ calls: { method: count } }`) and exits.
 */
async function main(): Promise<void> {
  const fake = await startFakeSlackApi();
  process.on('message', (message) => {
    if (message !== 'stop') return;
    const calls: Record<string, number> = {};
    for (const c of fake.calls) if (c.ok) calls[c.method] = (calls[c.method] ?? 0) + 1;
    process.send?.({ calls }, () => {
      void fake.close().then(() => process.exit(0));
    });
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ apiUrl: fake.apiUrl, origin: fake.origin });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
