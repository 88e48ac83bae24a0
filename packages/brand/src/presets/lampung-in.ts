/**
 * The Lampung In preset.
 *
 * @module
 */
import type { BrandInput } from '../brand.ts';

/** A placeholder mark: a siger-like crown of gold peaks on tapis red. Not an official logo. */
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="Lampung In"><rect width="64" height="64" rx="14" fill="#8c1c13"/><path d="M10 42 16 24l6 12 5-18 5 14 5-14 5 18 6-12 6 18z" fill="#f2b705"/><rect x="10" y="45" width="44" height="5" rx="2" fill="#f2b705"/></svg>';

const LOGO_DARK =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="Lampung In"><rect width="64" height="64" rx="14" fill="#2b1f1a"/><path d="M10 42 16 24l6 12 5-18 5 14 5-14 5 18 6-12 6 18z" fill="#f2c14e"/><rect x="10" y="45" width="44" height="5" rx="2" fill="#f2c14e"/></svg>';

/**
 * Lampung In, the super app of Lampung province (Kemendagri code 18): its 15 regencies and cities,
 * WIB time, and a palette of tapis red, siger gold and forest green on warm ivory. The logo is a
 * placeholder, the call centre number is an example (parsing warns about it), and every URL is
 * under `example.id`: replace them in your own brand with `extendBrand`.
 *
 * @example
 * ```ts
 * const brand = defineBrand(lampungIn);
 * const metro = extendBrand(lampungIn, { id: 'metro-in', name: 'Metro In', shortName: 'Metro', regions: ['18.72'] });
 * ```
 */
export const lampungIn = {
  spec: 1,
  id: 'lampung-in',
  name: 'Lampung In',
  shortName: 'Lampung In',
  description: {
    id: 'Layanan publik Provinsi Lampung dalam satu aplikasi: laporan warga, harga pangan, pajak kendaraan, berita dan nomor darurat.',
    en: 'The public services of Lampung province in one app: citizen reports, food prices, vehicle tax, news and emergency numbers.',
  },
  provinceCode: '18',
  logo: { light: LOGO, dark: LOGO_DARK },
  icon: LOGO,
  splash: { image: LOGO, background: '#8c1c13', darkBackground: '#1a1411' },
  locales: { default: 'id-ID', supported: ['id-ID', 'en-US'], timeZone: 'Asia/Jakarta' },
  regions: [
    '18',
    '18.01',
    '18.02',
    '18.03',
    '18.04',
    '18.05',
    '18.06',
    '18.07',
    '18.08',
    '18.09',
    '18.10',
    '18.11',
    '18.12',
    '18.13',
    '18.71',
    '18.72',
  ],
  origins: ['https://lampungin.example.id'],
  tokens: {
    color: {
      light: {
        primary: '#8c1c13',
        onPrimary: '#ffffff',
        primaryContainer: '#ffdad4',
        onPrimaryContainer: '#410001',
        secondary: '#765a00',
        onSecondary: '#ffffff',
        background: '#fffbf5',
        onBackground: '#1f1b16',
        surface: '#fffbf5',
        onSurface: '#1f1b16',
        surfaceVariant: '#f1e0d0',
        onSurfaceVariant: '#50443a',
        outline: '#857468',
        error: '#ba1a1a',
        onError: '#ffffff',
        success: '#1b6b3a',
        onSuccess: '#ffffff',
        warning: '#f2b705',
        onWarning: '#2a1f00',
      },
      dark: {
        primary: '#ffb4a8',
        onPrimary: '#690002',
        primaryContainer: '#8c1c13',
        onPrimaryContainer: '#ffdad4',
        secondary: '#f2c14e',
        onSecondary: '#3f2e00',
        background: '#1a1411',
        onBackground: '#ede0dc',
        surface: '#211a17',
        onSurface: '#ede0dc',
        surfaceVariant: '#50443a',
        onSurfaceVariant: '#d5c3b5',
        outline: '#9e8e81',
        error: '#ffb4ab',
        onError: '#690005',
        success: '#8fd9a2',
        onSuccess: '#00391a',
        warning: '#f2c14e',
        onWarning: '#3f2e00',
      },
    },
    typography: {
      fontFamily: { base: ['Plus Jakarta Sans', 'system-ui', 'Roboto', 'sans-serif'], heading: ['Plus Jakarta Sans', 'system-ui', 'sans-serif'] },
      styles: {
        display: { size: 32, lineHeight: 1.25, weight: 800, family: 'heading' },
        headline: { size: 24, lineHeight: 1.3, weight: 700, family: 'heading' },
        title: { size: 18, lineHeight: 1.4, weight: 700, family: 'heading' },
        body: { size: 16, lineHeight: 1.5, weight: 400 },
        label: { size: 14, lineHeight: 1.4, weight: 600, letterSpacing: 0.1 },
        caption: { size: 12, lineHeight: 1.4, weight: 400 },
      },
    },
    radius: { none: 0, sm: 6, md: 12, lg: 20, full: 9999 },
  },
  home: {
    sections: [
      { id: 'layanan-utama', title: { id: 'Layanan Utama', en: 'Main services' }, modules: ['aduan', 'pajak-kendaraan', 'harga-pangan'] },
      { id: 'informasi', title: { id: 'Informasi', en: 'Information' }, modules: ['berita', 'peringatan', 'darurat'] },
    ],
    order: ['aduan', 'pajak-kendaraan', 'harga-pangan', 'berita', 'peringatan', 'darurat'],
    featured: ['aduan'],
    pinned: ['darurat'],
  },
  modules: { enabled: ['aduan', 'pajak-kendaraan', 'harga-pangan', 'berita', 'peringatan', 'darurat'] },
  featureFlags: {},
  permissionPolicy: { allow: ['location', 'camera', 'photos', 'notifications', 'identity.profile', 'payments'], deny: ['contacts'] },
  contact: {
    emergency: '112',
    callCenter: { number: '+62 721 000 0000', label: { id: 'Pusat Panggilan Lampung In', en: 'Lampung In call centre' }, example: true },
    email: 'layanan@lampungin.example.id',
  },
  legal: {
    privacyPolicy: 'https://lampungin.example.id/kebijakan-privasi',
    terms: 'https://lampungin.example.id/syarat-dan-ketentuan',
    accessibility: 'https://lampungin.example.id/aksesibilitas',
  },
  api: {
    development: 'http://localhost:8787',
    staging: 'https://api.staging.lampungin.example.id',
    production: 'https://api.lampungin.example.id',
  },
} as const satisfies BrandInput;
