import { buildDist } from './build-dist';
import globalSetup from './global-setup';

/** Global setup of the `process` project: a Redis (as for every test), then dist/ compiled once. */
export default async function processGlobalSetup(): Promise<void> {
  await globalSetup();
  buildDist();
}
