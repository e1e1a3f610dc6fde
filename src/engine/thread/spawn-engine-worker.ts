import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts one engine worker thread. From dist/ it runs the compiled engine-thread-worker.js. When this
 * module is loaded as TypeScript source (under jest), the worker source is loaded through a bootstrap
 * that compiles .ts files with @swc/core inside the thread, so tests exercise the real off-thread path.
 */
export function spawnEngineWorker(): Worker {
  const compiled = path.join(__dirname, 'engine-thread-worker.js');
  if (!__filename.endsWith('.ts')) return new Worker(compiled);
  const bootstrap = `
    const Module = require('node:module');
    const fs = require('node:fs');
    const { workerData } = require('node:worker_threads');
    const swc = require(workerData.swc);
    Module._extensions['.ts'] = (module, filename) => {
      const source = fs.readFileSync(filename, 'utf8');
      const out = swc.transformSync(source, { filename, module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'typescript' } } });
      module._compile(out.code, filename);
    };
    require(workerData.entry);`;
  return new Worker(bootstrap, {
    eval: true,
    workerData: { swc: require.resolve('@swc/core'), entry: path.join(__dirname, 'engine-thread-worker.ts') },
  });
}
