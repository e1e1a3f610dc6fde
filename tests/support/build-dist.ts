import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/**
 * Compiles dist/ (tsc -p tsconfig.build.json) for the tests that run briefbot as a process: jest's
 * transform does not reach child processes. Throws with tsc's output on a build error, so no test
 * ever runs a stale dist/.
 */
export function buildDist(): void {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(`tsc -p tsconfig.build.json failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
}
