import type { Clock } from '../../clock/clock';
import type { Article } from '../article';
import type { Brief } from '../brief';
import type { BriefEngine, BriefOptions } from '../brief-engine';
import { EnginePool, type EnginePoolOptions } from './engine-pool';

export interface ThreadedEngineDeps extends EnginePoolOptions {
  clock: Clock;
}

/**
 * The local engine, run in worker threads with a time budget (docs/adr/018). Used by `briefbot worker`
 * and `serve` (alone, or as the candidate finder of the openai and hybrid engines), so a page the engine
 * finds hard fails alone with "this page is too unusual to brief" instead of freezing the process.
 */
export class ThreadedLocalEngine implements BriefEngine {
  readonly name = 'local';
  private readonly pool: EnginePool;

  constructor(private readonly deps: ThreadedEngineDeps) {
    this.pool = new EnginePool(deps);
  }

  brief(article: Article, options: BriefOptions = {}): Promise<Brief> {
    return this.pool.run(article, options, this.deps.clock.now());
  }

  /** Stops the threads (graceful shutdown). */
  close(): Promise<void> {
    return this.pool.close();
  }
}
