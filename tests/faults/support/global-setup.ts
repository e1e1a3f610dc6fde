import { createRegistry } from './leftover-registry';

/** jest globalSetup for the fault suite: a registry of what the tests start (see leftover-registry.ts). */
export default function globalSetup(): void {
  createRegistry();
}
