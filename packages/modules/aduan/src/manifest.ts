/**
 * The manifest of the citizen-reports module: what the host reads before any of the module's
 * code loads (home tile, search, permission prompts, deep links).
 *
 * @module
 */
import { defineManifest } from '@gerbang/contracts';

/** The module id of citizen reports: `aduan`. */
export const ADUAN_MODULE_ID = 'aduan';

/**
 * The manifest of the citizen-reports module: routes `main` (`/`), `baru` (`/baru`), `saya`
 * (`/saya`), `laporan` (`/laporan/:ticket`) and `publik` (`/publik`); the `location` and `camera`
 * permissions; and the host's offline outbox (`gerbang.outbox`).
 */
export const aduanManifest = /* @__PURE__ */ defineManifest({
  spec: 1,
  id: ADUAN_MODULE_ID,
  version: '0.1.0',
  name: { id: 'Lapor', en: 'Report' },
  description: {
    id: 'Laporkan masalah di sekitar Anda dengan foto dan lokasi, lalu pantau tindak lanjutnya sampai selesai.',
    en: 'Report a problem around you with a photo and a location, then follow it until it is resolved.',
  },
  icon:
    'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2024%2024%22%20fill=%22currentColor%22%3E%3Cpath%20d=%22M6%203h12a2%202%200%200%201%202%202v10a2%202%200%200%201-2%202H9l-5%204V5a2%202%200%200%201%202-2zm5%203h2v6h-2zm0%208h2v2h-2z%22/%3E%3C/svg%3E',
  category: 'pengaduan',
  keywords: {
    id: ['aduan', 'laporan warga', 'keluhan', 'jalan rusak', 'pohon tumbang', 'parkir liar', 'sampah'],
    en: ['report', 'complaint', 'pothole', 'fallen tree', 'illegal parking', 'rubbish'],
  },
  permissions: [
    {
      id: 'location',
      rationale: {
        id: 'Untuk menandai lokasi masalah yang Anda laporkan agar petugas dapat menemukannya.',
        en: 'To pin the place of the problem you report, so that officers can find it.',
      },
    },
    {
      id: 'camera',
      rationale: {
        id: 'Untuk memotret masalah yang Anda laporkan sebagai bukti.',
        en: 'To take a photo of the problem you report, as evidence.',
      },
    },
  ],
  requires: { 'gerbang.outbox': '^1.0.0' },
  routes: [
    { name: 'main', path: '/' },
    { name: 'baru', path: '/baru' },
    { name: 'saya', path: '/saya' },
    { name: 'laporan', path: '/laporan/:ticket' },
    { name: 'publik', path: '/publik' },
  ],
  engine: '^0.1.0',
});
