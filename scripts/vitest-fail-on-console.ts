import { afterEach, beforeEach, vi } from 'vitest';

// A test that writes to the console unexpectedly fails, so noise never hides a real problem.
// Tests that expect console output spy on it themselves (`vi.spyOn(console, 'warn')`).
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const unexpected: string[] = [];

beforeEach(() => {
  unexpected.length = 0;
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      unexpected.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (unexpected.length > 0) {
    throw new Error(`Unexpected console output:\n${unexpected.join('\n')}`);
  }
});
