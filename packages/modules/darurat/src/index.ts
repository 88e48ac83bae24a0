/**
 * `@gerbang/module-darurat`: emergency numbers for Gerbang apps. Every number is a `tel:` link
 * with a large touch target; the list comes from the API, merged with the brand's own numbers and
 * the national ones, so that it works offline from the brand alone.
 *
 * This entry holds the manifest only; the implementation loads when the module is first opened.
 *
 * @packageDocumentation
 */
import { defineModule } from '@gerbang/core';

/** The module id, also its folder and its URL segment: `/m/darurat`. */
export const DARURAT_MODULE_ID = 'darurat';

/**
 * The emergency-numbers module: register it with a host (`createWebApp({ modules: [daruratModule] })`).
 *
 * Route `main`, `/`: 112 first, then the province's and the brand's numbers and the other national
 * ones, each a `tel:` link named "Telepon <service>, <number>".
 *
 * @example
 * ```ts
 * import { daruratModule } from '@gerbang/module-darurat';
 * const app = createWebApp({ element, brand, modules: [daruratModule], apiBaseUrl: '/api' });
 * await app.start();
 * app.navigate('/m/darurat');
 * ```
 */
export const daruratModule = /* @__PURE__ */ defineModule({
  manifest: {
    spec: 1,
    id: DARURAT_MODULE_ID,
    version: '0.1.0',
    name: { id: 'Nomor Darurat', en: 'Emergency Numbers' },
    description: {
      id: 'Telepon 112, ambulans, polisi, pemadam kebakaran dan layanan darurat daerah dengan satu sentuhan, juga saat offline.',
      en: 'Call 112, ambulances, police, the fire brigade and regional emergency services with one tap, even offline.',
    },
    icon: 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2024%2024%22%20fill=%22none%22%20stroke=%22currentColor%22%20stroke-width=%222%22%20stroke-linecap=%22round%22%20stroke-linejoin=%22round%22%3E%3Cpath%20d=%22M5%204h4l2%205-3%202a11%2011%200%200%200%205%205l2-3%205%202v4a2%202%200%200%201-2%202A16%2016%200%200%201%203%206a2%202%200%200%201%202-2z%22/%3E%3C/svg%3E',
    category: 'darurat',
    keywords: {
      id: ['darurat', '112', 'ambulans', 'polisi', 'pemadam kebakaran', 'damkar', 'bencana', 'sar', 'telepon'],
      en: ['emergency', '112', 'ambulance', 'police', 'fire', 'rescue', 'call'],
    },
    permissions: [],
    requires: {},
    routes: [{ name: 'main', path: '/', title: { id: 'Nomor Darurat', en: 'Emergency Numbers' } }],
    engine: '^0.1.0',
  },
  load: () => import('./module.tsx'),
});

// Hosts may import the module as the package's default export.
// eslint-disable-next-line no-restricted-exports
export default daruratModule;
