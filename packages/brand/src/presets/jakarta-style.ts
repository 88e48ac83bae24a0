/**
 * The Jakarta-style preset.
 *
 * @module
 */
import type { BrandInput } from '../brand.ts';

/** A placeholder mark: a monument on a blue tile. Not an official logo. */
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="Jakarta Kini"><rect width="64" height="64" rx="14" fill="#0057a8"/><path d="M32 8l3 8h-6zM29 17h6l2 27H27z" fill="#ffb95c"/><path d="M18 44h28v5H18zM14 50h36v4H14z" fill="#ffffff"/></svg>';

/**
 * A JAKI-like preset for DKI Jakarta (Kemendagri code 31) and its six regions: Kepulauan Seribu and
 * the five cities. Blue and Jakarta orange on cool white, WIB time. The logo is a placeholder, the
 * call centre number is an example (parsing warns about it), and every URL is under `example.id`.
 *
 * @example
 * ```ts
 * const brand = defineBrand(jakartaStyle);
 * ```
 */
export const jakartaStyle = {
  spec: 1,
  id: 'jakarta-kini',
  name: 'Jakarta Kini',
  shortName: 'JAKI',
  description: {
    id: 'Aplikasi layanan publik warga Jakarta.',
    en: "The public services app of Jakarta's citizens.",
  },
  provinceCode: '31',
  logo: { light: LOGO },
  icon: LOGO,
  splash: { image: LOGO, background: '#0057a8', darkBackground: '#111318' },
  locales: { default: 'id-ID', supported: ['id-ID', 'en-US'], timeZone: 'Asia/Jakarta' },
  regions: ['31', '31.01', '31.71', '31.72', '31.73', '31.74', '31.75'],
  origins: ['https://jaki.example.id'],
  tokens: {
    color: {
      light: {
        primary: '#0057a8',
        onPrimary: '#ffffff',
        primaryContainer: '#d5e3ff',
        onPrimaryContainer: '#001b3c',
        secondary: '#a13f00',
        onSecondary: '#ffffff',
        background: '#f8f9ff',
        onBackground: '#191c20',
        surface: '#f8f9ff',
        onSurface: '#191c20',
        surfaceVariant: '#dfe2eb',
        onSurfaceVariant: '#43474e',
        outline: '#73777f',
        error: '#ba1a1a',
        onError: '#ffffff',
        success: '#006d3b',
        onSuccess: '#ffffff',
        warning: '#ffb95c',
        onWarning: '#2a1700',
      },
      dark: {
        primary: '#a6c8ff',
        onPrimary: '#003061',
        primaryContainer: '#00468a',
        onPrimaryContainer: '#d5e3ff',
        secondary: '#ffb692',
        onSecondary: '#571f00',
        background: '#111318',
        onBackground: '#e2e2e9',
        surface: '#111318',
        onSurface: '#e2e2e9',
        surfaceVariant: '#43474e',
        onSurfaceVariant: '#c3c6cf',
        outline: '#8d9199',
        error: '#ffb4ab',
        onError: '#690005',
        success: '#7fdb9e',
        onSuccess: '#00391c',
        warning: '#ffb95c',
        onWarning: '#462a00',
      },
    },
  },
  home: {
    sections: [
      { id: 'layanan', title: { id: 'Layanan', en: 'Services' }, modules: ['aduan', 'pajak-kendaraan', 'harga-pangan', 'darurat'] },
      { id: 'kabar', title: { id: 'Kabar Jakarta', en: 'Jakarta news' }, modules: ['berita', 'peringatan'] },
    ],
    order: ['aduan', 'peringatan', 'harga-pangan', 'pajak-kendaraan', 'berita', 'darurat'],
    featured: ['aduan', 'peringatan'],
    pinned: ['darurat'],
  },
  modules: { disabled: [] },
  featureFlags: { 'module.aduan': true },
  permissionPolicy: { allow: ['location', 'camera', 'photos', 'notifications', 'identity.profile', 'identity.nik', 'payments'] },
  contact: {
    emergency: '112',
    callCenter: { number: '+62 21 000 0000', label: { id: 'Pusat Panggilan', en: 'Call centre' }, example: true },
  },
  legal: {
    privacyPolicy: 'https://jaki.example.id/kebijakan-privasi',
    terms: 'https://jaki.example.id/syarat-dan-ketentuan',
  },
  api: {
    development: 'http://127.0.0.1:8787',
    staging: 'https://api.staging.jaki.example.id',
    production: 'https://api.jaki.example.id',
  },
} as const satisfies BrandInput;
