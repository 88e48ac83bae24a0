/**
 * `@gerbang/module-peringatan`: early warnings for Gerbang apps. The CAP 1.2 alerts in effect,
 * sorted by severity, with their instructions and areas, and the flood gauges with their water
 * level and Siaga status; every dataset shows when it was updated and says when it is stale.
 *
 * This entry holds the manifest and the freshness constants only; the implementation loads when
 * the module is first opened.
 *
 * @packageDocumentation
 */
import { defineModule } from '@gerbang/core';

export { ALERTS_STALE_AFTER_MS, GAUGES_STALE_AFTER_MS, PERINGATAN_POLL_INTERVAL_MS } from './constants.ts';

/** The module id, also its folder and its URL segment: `/m/peringatan/...`. */
export const PERINGATAN_MODULE_ID = 'peringatan';

/**
 * The alerts module: register it with a host (`createWebApp({ modules: [peringatanModule] })`).
 *
 * Routes:
 * - `main`, `/`: the active alerts, most severe first (then newest first), and the flood gauges;
 * - `peringatan`, `/peringatan/:id`: one alert (by its CAP `identifier`) with its instruction and areas.
 *
 * @example
 * ```ts
 * import { peringatanModule } from '@gerbang/module-peringatan';
 * const app = createWebApp({ element, brand, modules: [peringatanModule], apiBaseUrl: '/api' });
 * await app.start();
 * app.navigate('/m/peringatan');
 * ```
 */
export const peringatanModule = /* @__PURE__ */ defineModule({
  manifest: {
    spec: 1,
    id: PERINGATAN_MODULE_ID,
    version: '0.1.0',
    name: { id: 'Peringatan Dini', en: 'Alerts' },
    description: {
      id: 'Peringatan bencana dan cuaca yang berlaku, serta tinggi muka air di pintu air dan pos duga air.',
      en: 'Disaster and weather warnings in effect, and water levels at flood gates and river gauges.',
    },
    icon: 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2024%2024%22%20fill=%22none%22%20stroke=%22currentColor%22%20stroke-width=%222%22%20stroke-linecap=%22round%22%20stroke-linejoin=%22round%22%3E%3Cpath%20d=%22M12%203%202%2020h20z%22/%3E%3Cpath%20d=%22M12%2010v4%22/%3E%3Cpath%20d=%22M12%2017h.01%22/%3E%3C/svg%3E',
    category: 'kebencanaan',
    keywords: {
      id: ['peringatan', 'bencana', 'banjir', 'cuaca', 'hujan', 'siaga', 'pintu air', 'bmkg'],
      en: ['alerts', 'warning', 'disaster', 'flood', 'weather', 'water level'],
    },
    permissions: [],
    requires: {},
    routes: [
      { name: 'main', path: '/', title: { id: 'Peringatan Dini', en: 'Alerts' } },
      { name: 'peringatan', path: '/peringatan/:id', title: { id: 'Detail Peringatan', en: 'Alert Details' } },
    ],
    engine: '^0.1.0',
  },
  load: () => import('./module.tsx'),
});

// Hosts may import the module as the package's default export.
// eslint-disable-next-line no-restricted-exports
export default peringatanModule;
