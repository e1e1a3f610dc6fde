'use strict';
// A worker process for the crash and shutdown tests: the compiled briefbot worker (dist/, built by the
// test) with a chat port that appends each post as a JSON line to POSTS_FILE, so the parent can count
// deliveries across processes. Plain JS because jest's transform does not reach child processes.
const fs = require('node:fs');
const path = require('node:path');
const dist = path.join(__dirname, '..', '..', 'dist', 'src');
const { loadConfig } = require(path.join(dist, 'config', 'config.js'));
const { createLogger } = require(path.join(dist, 'logging', 'logger.js'));
const { systemClock } = require(path.join(dist, 'clock', 'clock.js'));
const { createArticlePipeline } = require(path.join(dist, 'app', 'process', 'article-pipeline.js'));
const { startWorker } = require(path.join(dist, 'app', 'roots', 'worker.js'));
const { registerPlatform } = require(path.join(dist, 'core', 'destination.js'));

registerPlatform('test');
const { runUntilSignal } = require(path.join(dist, 'app', 'process', 'run-until-signal.js'));

const postsFile = process.env.POSTS_FILE;
let counter = 0;
const chat = {
  platform: 'test',
  async post(channel, message) {
    const ref = { platform: 'test', channel, id: `${process.pid}-${++counter}` };
    fs.appendFileSync(postsFile, JSON.stringify({ channel, kind: message.kind, ref }) + '\n');
    return ref;
  },
  async notify(requester, channel, text) {
    fs.appendFileSync(postsFile, JSON.stringify({ channel, kind: 'notify', text }) + '\n');
  },
};

async function main() {
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.LOG_LEVEL, pretty: false });
  const pipeline = createArticlePipeline(config, { logger, clock: systemClock });
  const worker = await startWorker({
    config,
    logger,
    clock: systemClock,
    source: pipeline.source,
    engine: pipeline.engine,
    chatPorts: { test: chat },
    workerOptions: {
      lockDuration: Number(process.env.LOCK_MS),
      stalledInterval: Number(process.env.STALLED_MS),
    },
  });
  process.send?.('ready');
  const code = await runUntilSignal(
    {
      close: async () => {
        await worker.close();
        await pipeline.close();
      },
    },
    logger,
  );
  process.exit(code);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
