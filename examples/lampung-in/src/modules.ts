import { defineManifest } from '@gerbang/contracts';

const engine = '^0.1.0';
const lampung = ['18'];

/** The manifests of Lampung In's reference modules: the JAKI service set. */
export const lampungInManifests = [
  defineManifest({
    spec: 1,
    id: 'aduan',
    version: '0.1.0',
    name: { id: 'Lapor', en: 'Report' },
    description: { id: 'Laporkan jalan rusak, pohon tumbang, dan masalah lain di sekitar Anda.', en: 'Report broken roads, fallen trees and other problems.' },
    icon: '/icons/aduan.svg',
    category: 'pengaduan',
    keywords: { id: ['laporan', 'jalan rusak', 'keluhan'], en: ['complaint', 'pothole'] },
    permissions: [
      { id: 'location', rationale: { id: 'Untuk menandai lokasi masalah yang Anda laporkan.', en: 'To pin where the problem is.' } },
      { id: 'camera', rationale: { id: 'Untuk memotret masalah sebagai bukti.', en: 'To photograph the problem as evidence.' } },
    ],
    routes: [
      { name: 'home', path: '/' },
      { name: 'new', path: '/reports/new' },
      { name: 'detail', path: '/reports/:ticket' },
    ],
    engine,
    regions: lampung,
    loginRequired: true,
  }),
  defineManifest({
    spec: 1,
    id: 'harga-pangan',
    version: '0.1.0',
    name: { id: 'Harga Pangan', en: 'Food Prices' },
    description: { id: 'Harga bahan pokok per pasar di kabupaten dan kota Anda.', en: 'Staple food prices per market.' },
    icon: '/icons/harga-pangan.svg',
    category: 'ekonomi',
    routes: [
      { name: 'home', path: '/' },
      { name: 'commodity', path: '/commodities/:commodity' },
    ],
    engine,
  }),
  defineManifest({
    spec: 1,
    id: 'pajak-kendaraan',
    version: '0.1.0',
    name: { id: 'Pajak Kendaraan', en: 'Vehicle Tax' },
    description: { id: 'Cek dan bayar pajak kendaraan bermotor (PKB).', en: 'Check and pay motor vehicle tax.' },
    icon: '/icons/pajak-kendaraan.svg',
    category: 'pajak',
    permissions: [{ id: 'payments', rationale: { id: 'Untuk membuat kode pembayaran pajak Anda.', en: 'To create your tax payment code.' } }],
    routes: [
      { name: 'home', path: '/' },
      { name: 'bill', path: '/bills/:plate' },
    ],
    engine,
    regions: lampung,
    loginRequired: true,
  }),
  defineManifest({
    spec: 1,
    id: 'berita',
    version: '0.1.0',
    name: { id: 'Berita', en: 'News' },
    description: { id: 'Berita dan pengumuman resmi pemerintah provinsi.', en: 'Official news and announcements.' },
    icon: '/icons/berita.svg',
    category: 'informasi',
    routes: [
      { name: 'home', path: '/' },
      { name: 'article', path: '/articles/:slug' },
    ],
    engine,
  }),
  defineManifest({
    spec: 1,
    id: 'peringatan',
    version: '0.1.0',
    name: { id: 'Peringatan Dini', en: 'Alerts' },
    description: { id: 'Peringatan cuaca dan tinggi muka air pintu air.', en: 'Weather warnings and flood gauges.' },
    icon: '/icons/peringatan.svg',
    category: 'informasi',
    permissions: [{ id: 'notifications', rationale: { id: 'Untuk mengabari Anda saat ada peringatan di wilayah Anda.' } }],
    routes: [{ name: 'home', path: '/' }],
    activation: ['onOpen', 'onDeepLink', 'onEvent:host.online'],
    engine,
  }),
  defineManifest({
    spec: 1,
    id: 'darurat',
    version: '0.1.0',
    name: { id: 'Darurat', en: 'Emergency' },
    description: { id: 'Nomor telepon darurat: 112, polisi, ambulans, pemadam kebakaran.', en: 'Emergency numbers.' },
    icon: '/icons/darurat.svg',
    category: 'darurat',
    routes: [{ name: 'home', path: '/' }],
    engine,
  }),
] as const;
