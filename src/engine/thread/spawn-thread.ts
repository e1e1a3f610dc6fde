import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Heap bounds of a briefbot thread. Each isolate's young generation would otherwise grow to V8's default
 * (two 16 MB semi-spaces, all of it resident once touched), and its old generation would grow with the
 * growing factor of a 4 GB heap; with these bounds a thread settles near its live set (docs/adr/040).
 * The old-generation bound is far above the largest page the element cap lets through.
 */
export const THREAD_RESOURCE_LIMITS: ResourceLimits = {
  maxYoungGenerationSizeMb: 12,
  maxOldGenerationSizeMb: 512,
};

/**
 * Starts a worker thread running `entry` (a module next to the caller, without extension). From dist/ it
 * runs the compiled .js. When the caller is loaded as TypeScript source (under jest), the same source is
 * loaded through a small bootstrap that compiles .ts files with @swc/core inside the thread, so tests
 * exercise the real off-thread path.
 */
export function spawnThread(
  dir: string,
  entry: string,
  asSource: boolean,
  resourceLimits: ResourceLimits = THREAD_RESOURCE_LIMITS,
): Worker {
  if (!asSource) return new Worker(path.join(dir, `${entry}.js`), { resourceLimits });
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
    resourceLimits,
    workerData: { swc: require.resolve('@swc/core'), entry: path.join(dir, `${entry}.ts`) },
  });
}
