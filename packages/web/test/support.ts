/**
 * Shared helpers of the shell tests, in Node and in the browser: a brand that enables the test
 * modules, and waiting for the shell to settle.
 */
import { defineBrand, lampungIn } from '@gerbang/brand';
import type { Brand } from '@gerbang/brand';

/** Lampung In, with the test modules enabled and laid out. */
export function testBrand(modules: readonly string[], home: Record<string, unknown> = {}): Brand {
  return defineBrand({
    ...lampungIn,
    modules: { enabled: [...modules] },
    home: { sections: [], order: [...modules], featured: [], pinned: [], ...home },
  });
}

/** Waits until `check` passes, failing with `what` after about a second. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The element with a `data-testid`, or `null`. */
export function byTestId(id: string, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
}
