import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/** Bundles one entry with its dependencies, as an app's bundler would, and returns the code. */
async function bundle(entry: string, platform: 'node' | 'browser'): Promise<string> {
  const result = await build({
    entryPoints: [source(entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    minify: false,
    logLevel: 'silent',
    conditions: ['@gerbang/source'],
  });
  return result.outputFiles[0]!.text;
}

// The packaging check (treeshake.json) covers the main entry; the /node entry needs Node's
// built-ins, which that check's platform-neutral bundle cannot resolve, so it is checked here.
describe('entry points stay apart', () => {
  it('the /node entry holds msw’s Node interceptors but not its service worker client', async () => {
    const code = await bundle('node/index.ts', 'node');
    expect(code).toContain('setupServer');
    expect(code).not.toContain('setupWorker');
    expect(code).not.toContain('navigator.serviceWorker');
  }, 60_000);

  it('the /browser entry holds the service worker client but not msw’s Node interceptors', async () => {
    const code = await bundle('browser/index.ts', 'browser');
    expect(code).toContain('navigator.serviceWorker');
    expect(code).not.toContain('ClientRequestInterceptor');
    expect(code).not.toContain('node:http');
  }, 60_000);
});
