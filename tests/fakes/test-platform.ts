import { registerPlatform } from '../../src/core/destination';

// The `test` platform exists only in tests: RecordingChatPort and the worker child post as it.
declare module '../../src/core/destination' {
  interface PlatformNames {
    test: true;
  }
}

registerPlatform('test');
