import { mergeConfig } from 'vitest/config';
import { definePackageTests } from '../../vitest.shared.ts';

// The browser tests share one production build and one `vite preview` server (test/global-setup.ts),
// and run one file at a time: each drives its own headless Chromium.
export default mergeConfig(definePackageTests('@gerbang-examples/lampung-in'), {
  test: {
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
