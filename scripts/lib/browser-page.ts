/**
 * The page side of the browser tests: a page script bundled as an app's bundler would, and a
 * static server for it on 127.0.0.1 that records what the page asked for.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * Bundles a page script for the browser: ESM, ES2022, workspace packages from their sources
 * (`@gerbang/source`), JSX for Preact.
 *
 * @param entry - The script, usually `new URL('page.ts', import.meta.url)`.
 */
export async function bundlePageScript(entry: URL): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    conditions: ['@gerbang/source'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry.href}`);
  return output.text;
}

/** A file the page server answers with. */
export interface PageFile {
  /** The `Content-Type`. */
  readonly type: string;
  /** The body. */
  readonly body: string;
}

/** A running page server. */
export interface PageServer {
  /** Its origin, `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** The paths requested, in order. */
  readonly requests: readonly string[];
  /** Requests for anything it does not serve, as `METHOD path`; answered 404. */
  readonly unexpected: readonly string[];
  /** Stops it, dropping open connections. */
  close(): Promise<void>;
}

/**
 * Serves `files` on 127.0.0.1 at a free port, without caching. Other paths get `fallback` when
 * given (an app's own paths, such as deep links), else a 404 that `unexpected` records.
 *
 * @param files - The files by path.
 * @param options - The fallback page.
 */
export function servePage(files: ReadonlyMap<string, PageFile>, options: { readonly fallback?: PageFile } = {}): Promise<PageServer> {
  const requests: string[] = [];
  const unexpected: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const file = files.get(path) ?? options.fallback;
    if (file === undefined) {
      unexpected.push(`${request.method ?? 'GET'} ${path}`);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not served here');
      return;
    }
    response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
        requests,
        unexpected,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => {
              if (error === undefined) done();
              else fail(error);
            });
          }),
      });
    });
  });
}
