/**
 * `@gerbang/module-aduan`: citizen reports (JAKI's "Lapor"). A citizen files a report with a
 * category, a description, photos and a location; it is sent at once, or kept on the device and
 * sent when the signal returns. The citizen follows it through the tenant's lifecycle, and can
 * support and rate reports.
 *
 * This entry holds only the manifest and a lazy loader, so that a home screen can import it for
 * the tile and search without loading the module's code.
 *
 * @packageDocumentation
 */
import { defineModule } from '@gerbang/core';
import { aduanManifest } from './manifest.ts';

export { ADUAN_MODULE_ID, aduanManifest } from './manifest.ts';

/**
 * The citizen-reports module. Register it with the host; its code loads when it is opened or
 * deep-linked (`/m/aduan/laporan/LPG-2026-000001`).
 *
 * @example
 * ```ts
 * import { aduanModule } from '@gerbang/module-aduan';
 *
 * const app = createWebApp({ element, brand: lampungIn, modules: [aduanModule], apiBaseUrl: '/api' });
 * ```
 */
export const aduanModule = /* @__PURE__ */ defineModule({ manifest: aduanManifest, load: () => import('./module.tsx') });

// The module contract asks for a default export too, for hosts that load modules by URL.
// eslint-disable-next-line no-restricted-exports
export default aduanModule;
