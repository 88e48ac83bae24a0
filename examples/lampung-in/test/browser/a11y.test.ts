/**
 * axe-core on the production build: the home screen and every module's first screen, under both
 * brands.
 */
import type * as Axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, MODULE_IDS, openApp } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations axe finds on the page, as `rule: targets` lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  return violations;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each(['lampung-in', 'jakarta-style'])('accessibility under the %s brand', (brand) => {
  it('has no axe violations on the home screen', async () => {
    const { context, page } = await openApp(browser, `/?brand=${brand}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(MODULE_IDS)('has no axe violations on the %s screen', async (id) => {
    const { context, page } = await openApp(browser, `/m/${id}?brand=${brand}`, `gb-module-${id}`);
    await page.getByTestId(`gb-module-${id}`).locator('section').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
