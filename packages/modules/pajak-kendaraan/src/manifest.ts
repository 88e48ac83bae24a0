/**
 * The manifest of the vehicle-tax module: what the host reads to draw its tile, route its deep
 * links and word its payment prompt, before any of its code loads.
 *
 * @module
 */
import { defineManifest } from '@gerbang/contracts';

/** The module id, `pajak-kendaraan`: deep links are `/m/pajak-kendaraan/<path>`. */
export const PAJAK_KENDARAAN_MODULE_ID = 'pajak-kendaraan';

// A car outline with a coin, single colour (`currentColor`), URL-encoded for the manifest.
const ICON =
  "data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%2024%2024%27%20fill=%27none%27%20stroke=%27currentColor%27%20stroke-width=%272%27%20stroke-linecap=%27round%27%20stroke-linejoin=%27round%27%3E%3Cpath%20d=%27M3%2013l2-5h10l2%205v4H3z%27/%3E%3Ccircle%20cx=%277%27%20cy=%2717%27%20r=%271.5%27/%3E%3Ccircle%20cx=%2714%27%20cy=%2717%27%20r=%271.5%27/%3E%3Ccircle%20cx=%2719%27%20cy=%277%27%20r=%273%27/%3E%3C/svg%3E";

/**
 * The manifest of `@gerbang/module-pajak-kendaraan`. Routes: `main` (`/`, the inquiry form),
 * `tagihan` (`/tagihan/:plate`, the bill) and `bayar` (`/bayar/:paymentId`, the payment code and
 * its QRIS).
 */
export const pajakKendaraanManifest = /* @__PURE__ */ defineManifest({
  spec: 1,
  id: PAJAK_KENDARAAN_MODULE_ID,
  version: '0.1.0',
  name: { id: 'Pajak Kendaraan', en: 'Vehicle Tax' },
  description: {
    id: 'Cek tagihan pajak kendaraan bermotor (PKB) dengan nomor polisi dan nomor rangka, lalu bayar dengan kode bayar atau QRIS.',
    en: 'Check the vehicle tax (PKB) bill by plate and chassis number, then pay with a payment code or QRIS.',
  },
  icon: ICON,
  category: 'pajak',
  keywords: {
    id: ['pajak', 'PKB', 'samsat', 'kendaraan', 'STNK', 'nomor polisi', 'QRIS', 'kode bayar'],
    en: ['tax', 'vehicle tax', 'car', 'motorbike', 'plate', 'payment'],
  },
  permissions: [
    {
      id: 'payments',
      rationale: {
        id: 'Untuk membuat kode bayar dan QRIS tagihan pajak kendaraan Anda.',
        en: 'To create a payment code and QRIS for your vehicle tax bill.',
      },
    },
  ],
  routes: [
    { name: 'main', path: '/', title: { id: 'Cek pajak kendaraan', en: 'Check vehicle tax' } },
    { name: 'tagihan', path: '/tagihan/:plate', title: { id: 'Tagihan PKB', en: 'Vehicle tax bill' } },
    { name: 'bayar', path: '/bayar/:paymentId', title: { id: 'Kode bayar', en: 'Payment code' } },
  ],
  engine: '^0.1.0',
  loginRequired: true,
});
