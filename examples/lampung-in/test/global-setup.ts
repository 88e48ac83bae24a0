/**
 * Builds the app for production once (from the packages' sources) and serves `dist/` with
 * `vite preview` on 127.0.0.1, for every test file: `inject('appUrl')`, `inject('distDir')`.
 */
import type { TestProject } from 'vitest/node';
import { buildApp, serveApp } from '../scripts/app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The origin the production build is served from, such as `http://127.0.0.1:41234`. */
    appUrl: string;
    /** The directory of the production build. */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The shipped configuration, whatever the environment says: mock mode, Lampung In, lazy modules.
  const distDir = await buildApp({ env: { VITE_BRAND: 'lampung-in', VITE_API_URL: '', VITE_EAGER_MODULES: '0' } });
  const { url, server } = await serveApp(distDir);
  project.provide('appUrl', url);
  project.provide('distDir', distDir);
  return () => server.close();
}
