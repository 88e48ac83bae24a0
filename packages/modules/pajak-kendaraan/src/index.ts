/**
 * `@gerbang/module-pajak-kendaraan`: vehicle tax (PKB) for Gerbang apps. The citizen looks a bill
 * up by plate and the last 5 characters of the chassis number, sees every component (PKB pokok,
 * opsen, SWDKLLJ, fines, the 5-yearly fees) and pays with a payment code or its QRIS; the receipt
 * shows once the payment arrives.
 *
 * This entry holds only the manifest: the screens (Preact, `qrcode-generator`) load when the
 * module is opened.
 *
 * @packageDocumentation
 */
import { defineModule } from '@gerbang/core';
import { pajakKendaraanManifest } from './manifest.ts';

export { PAJAK_KENDARAAN_MODULE_ID, pajakKendaraanManifest } from './manifest.ts';

/**
 * The vehicle-tax module: register it with the host (`createWebApp({ modules: [pajakKendaraanModule] })`).
 * Its endpoints (`inquirePkb`, `createPkbPayment`, `getPkbPayment`, `getPkbReceipt`) need the
 * citizen's token, and paying asks for the `payments` permission.
 *
 * @example
 * ```ts
 * import { pajakKendaraanModule } from '@gerbang/module-pajak-kendaraan';
 *
 * const app = createWebApp({ element, brand, modules: [pajakKendaraanModule], apiBaseUrl: '/api', token });
 * await app.start();
 * app.navigate('/m/pajak-kendaraan/tagihan/BE1234ZZ');
 * ```
 */
export const pajakKendaraanModule = /* @__PURE__ */ defineModule({
  manifest: pajakKendaraanManifest,
  load: () => import('./module.tsx'),
});

// The module convention: the module is also the default export, for hosts that load packages by name.
// eslint-disable-next-line no-restricted-exports
export default pajakKendaraanModule;
