import type { BriefEngine } from '../../engine/brief-engine';

/** The engine of one CLI run, and what to close when the run ends. */
export interface CliEngine {
  engine: BriefEngine;
  close(): Promise<void>;
}
