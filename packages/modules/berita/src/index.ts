/**
 * `@gerbang/module-berita`: news and announcements for Gerbang apps. A list with titles, dates in
 * the brand's time zone, summaries and cover images, and article screens whose bodies (restricted
 * Markdown or plain text) are rendered to HTML and sanitized with DOMPurify before they reach the
 * page, so that a hostile article runs nothing.
 *
 * This entry holds only the manifest: the screens (Preact, DOMPurify) load when the module is
 * opened.
 *
 * @packageDocumentation
 */
import { defineModule } from '@gerbang/core';
import { beritaManifest } from './manifest.ts';

export { BERITA_MODULE_ID, beritaManifest } from './manifest.ts';

/**
 * The news module: register it with the host (`createWebApp({ modules: [beritaModule] })`).
 *
 * @example
 * ```ts
 * import { beritaModule } from '@gerbang/module-berita';
 *
 * const app = createWebApp({ element, brand, modules: [beritaModule], apiBaseUrl: '/api' });
 * await app.start();
 * app.navigate('/m/berita/artikel/waspada-banjir-bandar-lampung');
 * ```
 */
export const beritaModule = /* @__PURE__ */ defineModule({
  manifest: beritaManifest,
  load: () => import('./module.tsx'),
});

// The module convention: the module is also the default export, for hosts that load packages by name.
// eslint-disable-next-line no-restricted-exports
export default beritaModule;
