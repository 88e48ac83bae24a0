/**
 * `@gerbang/module-harga-pangan`: food prices for Gerbang apps. Today's staple prices by regency
 * and market with their trend, and each commodity's price history as an accessible chart and table.
 *
 * This entry holds the manifest only; the implementation loads when the module is first opened.
 *
 * @packageDocumentation
 */
import { defineModule } from '@gerbang/core';

/** The module id, also its folder and its URL segment: `/m/harga-pangan/...`. */
export const HARGA_PANGAN_MODULE_ID = 'harga-pangan';

/**
 * The food-price module: register it with a host (`createWebApp({ modules: [hargaPanganModule] })`).
 *
 * Routes:
 * - `main`, `/`: today's prices of a regency (the `wilayah` query, else the citizen's last choice,
 *   else the brand's first city) and optionally one market (`pasar`), with the trend of each commodity;
 * - `komoditas`, `/komoditas/:commodity`: the price history of one commodity, as a chart and a table.
 *
 * @example
 * ```ts
 * import { hargaPanganModule } from '@gerbang/module-harga-pangan';
 * const app = createWebApp({ element, brand, modules: [hargaPanganModule], apiBaseUrl: '/api' });
 * await app.start();
 * app.navigate('/m/harga-pangan/komoditas/beras-medium?wilayah=18.71');
 * ```
 */
export const hargaPanganModule = /* @__PURE__ */ defineModule({
  manifest: {
    spec: 1,
    id: HARGA_PANGAN_MODULE_ID,
    version: '0.1.0',
    name: { id: 'Harga Pangan', en: 'Food Prices' },
    description: {
      id: 'Harga bahan pokok hari ini per kabupaten/kota dan pasar, dengan tren dan riwayat harga.',
      en: "Today's staple food prices by regency and market, with trends and price history.",
    },
    icon: 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2024%2024%22%20fill=%22none%22%20stroke=%22currentColor%22%20stroke-width=%222%22%20stroke-linecap=%22round%22%20stroke-linejoin=%22round%22%3E%3Cpath%20d=%22M3%206h18l-2%2013H5z%22/%3E%3Cpath%20d=%22M8%206a4%204%200%200%201%208%200%22/%3E%3Cpath%20d=%22M9%2015l2-2%202%202%203-4%22/%3E%3C/svg%3E',
    category: 'ekonomi',
    keywords: {
      id: ['harga', 'pangan', 'sembako', 'beras', 'cabai', 'bawang', 'minyak goreng', 'pasar'],
      en: ['prices', 'food', 'staples', 'rice', 'chilli', 'market'],
    },
    permissions: [],
    requires: {},
    routes: [
      { name: 'main', path: '/', title: { id: 'Harga Pangan Hari Ini', en: "Today's Food Prices" } },
      { name: 'komoditas', path: '/komoditas/:commodity', title: { id: 'Riwayat Harga', en: 'Price History' } },
    ],
    engine: '^0.1.0',
  },
  load: () => import('./module.tsx'),
});

// Hosts may import the module as the package's default export.
// eslint-disable-next-line no-restricted-exports
export default hargaPanganModule;
