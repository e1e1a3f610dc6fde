import { publicPlatforms, registerPlatform, type Platform } from '../../src/core/destination';

// The `test` platform exists only in tests: RecordingChatPort and the worker child post as it.
declare module '../../src/core/destination' {
  interface PlatformNames {
    test: true;
  }
}

registerPlatform('test');

/** What a test's HTTP API accepts: the public platforms and `test` (production's API refuses `test`). */
export const apiPlatformsWithTest: readonly Platform[] = [...publicPlatforms, 'test'];
