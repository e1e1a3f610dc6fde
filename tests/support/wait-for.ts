/**
 * Polls `check` until it returns true; throws after `timeoutMs`, naming what was awaited. The one
 * way tests wait for something another process, server or worker does (never a fixed sleep).
 */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20000,
  everyMs = 20,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() >= until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
