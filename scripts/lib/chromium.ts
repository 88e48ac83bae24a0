/**
 * The one way the browser tests start Chromium: Debian's `chromium` (or the one `CHROMIUM_PATH`
 * names) through playwright-core, with the flags it needs as root and without its background
 * connections.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** The flags every browser test passes to Chromium. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`There is no Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return executablePath;
}

/**
 * Launches headless Chromium.
 *
 * @param options - More launch options; `args` are added to {@link CHROMIUM_ARGS}.
 */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ ...options, executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
