/**
 * Builds and serves the app with Vite's JavaScript API, for the browser tests and `pnpm bench`.
 * Packages resolve to their sources (the `@gerbang/source` condition), so nothing else needs a
 * build first.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions, preview, type Manifest, type PreviewServer } from 'vite';
import viteConfig from '../vite.config.ts';

/** The example's directory. */
export const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The options of {@link buildApp}. */
export interface BuildAppOptions {
  /** Where the build goes, relative to the example (default `dist`). */
  readonly outDir?: string;
  /** Build settings (`VITE_BRAND`, `VITE_EAGER_MODULES`, ...), set for this build only. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Builds the app for production; resolves with the output directory. */
export async function buildApp(options: BuildAppOptions = {}): Promise<string> {
  const outDir = join(APP_ROOT, options.outDir ?? 'dist');
  const saved = new Map(Object.keys(options.env ?? {}).map((key) => [key, process.env[key]]));
  Object.assign(process.env, options.env);
  try {
    const config = viteConfig({ command: 'build', mode: 'production', isSsrBuild: false, isPreview: false });
    await build({
      ...config,
      configFile: false,
      root: APP_ROOT,
      logLevel: 'warn',
      resolve: { conditions: ['@gerbang/source', ...defaultClientConditions] },
      build: { ...config.build, outDir, emptyOutDir: true },
    });
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
  return outDir;
}

/** A port nobody listens on, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Serves a build with `vite preview` on 127.0.0.1 and a free port. */
export async function serveApp(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root: APP_ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}`, server };
}

/** The JavaScript files of a build, as the Vite manifest names them. */
export interface AppChunks {
  /** The entry and its static imports: what the home screen loads. */
  readonly home: readonly string[];
  /** The lazy implementation chunk of each module, by module id. */
  readonly modules: ReadonlyMap<string, string>;
  /** The mock back end's chunk, in mock mode. */
  readonly mock: string | undefined;
  /**
   * What the shell loads right after drawing the first screen (the offline outbox), with the
   * chunks it needs beyond the home screen's.
   */
  readonly deferred: readonly string[];
}

const MODULE_SOURCE = /(?:^|\/)modules\/([a-z0-9-]+)\/(?:src|dist)\//;
const DEFERRED_SOURCE = /(?:^|\/)web\/(?:src|dist)\/outbox-setup\./;

/**
 * Reads the chunks of a build from its Vite manifest (`.vite/manifest.json`).
 *
 * @param manifest - The parsed manifest.
 */
export function appChunks(manifest: Manifest): AppChunks {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry === true);
  if (entry === undefined) throw new Error('The build manifest has no entry chunk.');
  const home = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined || home.has(chunk.file)) return;
    home.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key] === entry)!;
  visit(entryKey);
  const modules = new Map<string, string>();
  let mock: string | undefined;
  const deferred = new Set<string>();
  const visitDeferred = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined || home.has(chunk.file) || deferred.has(chunk.file)) return;
    deferred.add(chunk.file);
    for (const imported of chunk.imports ?? []) visitDeferred(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isDynamicEntry !== true || chunk.src === undefined) continue;
    const id = MODULE_SOURCE.exec(chunk.src)?.[1];
    if (id !== undefined) modules.set(id, chunk.file);
    else if (chunk.src.endsWith('src/mock.ts')) mock = chunk.file;
    else if (DEFERRED_SOURCE.test(chunk.src)) visitDeferred(key);
  }
  return { home: [...home], modules, mock, deferred: [...deferred] };
}
