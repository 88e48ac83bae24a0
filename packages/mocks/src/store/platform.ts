/**
 * Seed data of the platform endpoints: the health check and the remote module catalogue with the
 * kill switch.
 *
 * @internal
 * @module
 */
import type { Health, ModuleCatalogue } from '@gerbang/contracts';
import { toWib } from './time.ts';

/** The version the mock back end reports in its health check. */
export const MOCK_BACKEND_VERSION = '0.1.0-mock';

/** The platform state: the health the back end reports, and its module catalogue. */
export interface PlatformData {
  /** What `GET /health` answers, except `time`, which is the store's clock. */
  health: { status: Health['status']; version: string };
  /** What `GET /modules/catalogue` answers, except `generatedAt`, which is the store's clock. */
  catalogue: Omit<ModuleCatalogue, 'generatedAt'>;
}

const manifest = (id: string, name: [string, string], description: string, category: string, permissions: ModuleCatalogue['modules'][number]['permissions'] = []) =>
  ({
    spec: 1,
    id,
    version: '1.0.0',
    name: { id: name[0], en: name[1] },
    description: { id: description },
    icon: `/icons/${id.split('.').at(-1) ?? id}.svg`,
    category,
    permissions,
    requires: {},
    provides: [],
    routes: [],
    activation: ['onOpen', 'onDeepLink'],
    engine: '^0.1.0',
    regions: ['18'],
    loginRequired: false,
  }) satisfies ModuleCatalogue['modules'][number];

/** The platform seed: a healthy back end and the Lampung In module set, one module switched off. */
export function seedPlatform(): PlatformData {
  return {
    health: { status: 'ok', version: MOCK_BACKEND_VERSION },
    catalogue: {
      spec: 1,
      modules: [
        manifest('lampung.aduan', ['Lapor', 'Report'], 'Laporkan masalah di sekitar Anda dan pantau tindak lanjutnya.', 'pengaduan', [
          { id: 'location', rationale: { id: 'Untuk menandai lokasi laporan.', en: 'To mark where the problem is.' } },
          { id: 'camera', rationale: { id: 'Untuk memotret masalah yang dilaporkan.', en: 'To photograph the problem.' } },
        ]),
        manifest('lampung.harga-pangan', ['Harga Pangan', 'Food Prices'], 'Harga bahan pokok di pasar-pasar Lampung.', 'ekonomi'),
        manifest('lampung.pajak', ['Pajak Kendaraan', 'Vehicle Tax'], 'Cek dan bayar pajak kendaraan bermotor (PKB).', 'pajak'),
        manifest('lampung.siaga-banjir', ['Siaga Banjir', 'Flood Watch'], 'Peringatan dini banjir dan tinggi muka air.', 'kebencanaan'),
        manifest('lampung.berita', ['Berita', 'News'], 'Kabar terbaru dari Pemerintah Provinsi Lampung.', 'informasi'),
        manifest('lampung.darurat', ['Darurat', 'Emergency'], 'Nomor telepon darurat di Lampung.', 'darurat'),
      ],
      disabled: [{ id: 'lampung.survei', versions: '<1.2.0', reason: 'Celah keamanan pada formulir survei; perbarui ke 1.2.0.' }],
    },
  };
}

/** The health answer at an instant. */
export function healthAt(platform: PlatformData, instant: number): Health {
  return { ...platform.health, time: toWib(instant) };
}
