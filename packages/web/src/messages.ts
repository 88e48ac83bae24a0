/**
 * Every string the shell shows, in Bahasa Indonesia (first) and English.
 *
 * @module
 */

/** A language of the shell: Bahasa Indonesia or English. */
export type ShellLocale = 'id' | 'en';

/** The shell's strings in one language. */
export interface ShellMessages {
  /** The label of the main navigation landmark. */
  readonly navigation: string;
  /** The back button. */
  readonly back: string;
  /** The home link. */
  readonly home: string;
  /** The search field's label. */
  readonly search: string;
  /** The search field's placeholder. */
  readonly searchPlaceholder: string;
  /** How many services the search found. */
  readonly searchResults: (count: number) => string;
  /** The search found nothing. */
  readonly searchNothing: (query: string) => string;
  /** The title of the pinned section. */
  readonly pinned: string;
  /** The title of the featured section. */
  readonly featured: string;
  /** The title of the section with every other service. */
  readonly allServices: string;
  /** A service is being opened. */
  readonly opening: (name: string) => string;
  /** The title of the not-found card. */
  readonly notFoundTitle: string;
  /** The text of the not-found card. */
  readonly notFoundText: string;
  /** The title of an error card. */
  readonly errorTitle: (name: string) => string;
  /** The text of an error card, with the phase that failed. */
  readonly errorText: (phase: string) => string;
  /** The retry button of an error card. */
  readonly retry: string;
  /** The title of the sign-in card. */
  readonly loginTitle: string;
  /** The text of the sign-in card. */
  readonly loginText: (name: string) => string;
  /** The offline banner. */
  readonly offline: string;
  /** The title of a permission prompt. */
  readonly permissionTitle: (name: string) => string;
  /** What the module asks for. */
  readonly permissionAsk: (name: string, permission: string) => string;
  /** The allow button. */
  readonly allow: string;
  /** The deny button. */
  readonly deny: string;
  /** Entries waiting to be sent. */
  readonly outboxQueued: (count: number) => string;
  /** Entries being sent. */
  readonly outboxSending: (count: number) => string;
  /** An entry the server refused. */
  readonly outboxFailed: (label: string) => string;
  /** The label of an entry without one. */
  readonly outboxEntry: string;
  /** The retry button of a failed entry. */
  readonly outboxRetry: string;
  /** The discard button of a failed entry. */
  readonly outboxDiscard: string;
  /** The phases of a module's life, as the error card names them. */
  readonly phases: Readonly<Record<string, string>>;
}

const id: ShellMessages = {
  navigation: 'Navigasi utama',
  back: 'Kembali',
  home: 'Beranda',
  search: 'Cari layanan',
  searchPlaceholder: 'Contoh: lapor, pajak, harga',
  searchResults: (count) => (count === 0 ? 'Tidak ada layanan yang cocok.' : `${count} layanan ditemukan.`),
  searchNothing: (query) => `Tidak ada layanan untuk "${query}".`,
  pinned: 'Disematkan',
  featured: 'Unggulan',
  allServices: 'Semua layanan',
  opening: (name) => `Membuka ${name}…`,
  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundText: 'Tautan ini tidak menuju layanan mana pun di aplikasi ini.',
  errorTitle: (name) => `${name} sedang bermasalah`,
  errorText: (phase) => `Layanan ini gagal saat ${phase}. Layanan lain tetap dapat digunakan.`,
  retry: 'Coba lagi',
  loginTitle: 'Perlu masuk',
  loginText: (name) => `Masuk ke akun Anda untuk menggunakan ${name}.`,
  offline: 'Anda sedang luring. Laporan disimpan dan dikirim saat jaringan kembali.',
  permissionTitle: (name) => `Izin untuk ${name}`,
  permissionAsk: (name, permission) => `${name} meminta izin: ${permission}.`,
  allow: 'Izinkan',
  deny: 'Tolak',
  outboxQueued: (count) => `${count} kiriman menunggu jaringan`,
  outboxSending: (count) => `Mengirim ${count} kiriman…`,
  outboxFailed: (label) => `Gagal dikirim: ${label}`,
  outboxEntry: 'kiriman',
  outboxRetry: 'Kirim ulang',
  outboxDiscard: 'Buang',
  phases: {
    load: 'dimuat',
    activate: 'dijalankan',
    deactivate: 'dihentikan',
    handler: 'menangani peristiwa',
    service: 'menjalankan layanan',
    view: 'ditampilkan',
    timer: 'menjalankan pengatur waktu',
    open: 'dibuka',
  },
};

const en: ShellMessages = {
  navigation: 'Main navigation',
  back: 'Back',
  home: 'Home',
  search: 'Search services',
  searchPlaceholder: 'For example: report, tax, prices',
  searchResults: (count) => (count === 0 ? 'No service matches.' : `${count} ${count === 1 ? 'service' : 'services'} found.`),
  searchNothing: (query) => `No service for "${query}".`,
  pinned: 'Pinned',
  featured: 'Featured',
  allServices: 'All services',
  opening: (name) => `Opening ${name}…`,
  notFoundTitle: 'Page not found',
  notFoundText: 'This link does not lead to any service of this app.',
  errorTitle: (name) => `${name} has a problem`,
  errorText: (phase) => `This service failed while ${phase}. Other services still work.`,
  retry: 'Try again',
  loginTitle: 'Sign-in needed',
  loginText: (name) => `Sign in to your account to use ${name}.`,
  offline: 'You are offline. Reports are kept and sent when the network returns.',
  permissionTitle: (name) => `Permission for ${name}`,
  permissionAsk: (name, permission) => `${name} asks for permission: ${permission}.`,
  allow: 'Allow',
  deny: 'Deny',
  outboxQueued: (count) => `${count} waiting for the network`,
  outboxSending: (count) => `Sending ${count}…`,
  outboxFailed: (label) => `Not sent: ${label}`,
  outboxEntry: 'submission',
  outboxRetry: 'Send again',
  outboxDiscard: 'Discard',
  phases: {
    load: 'loading',
    activate: 'starting',
    deactivate: 'stopping',
    handler: 'handling an event',
    service: 'running a service',
    view: 'drawing its screen',
    timer: 'running a timer',
    open: 'opening',
  },
};

/**
 * The shell's strings in a language.
 *
 * @param locale - `'id'` or `'en'`.
 * @example
 * ```ts
 * shellMessages('en').retry; // "Try again"
 * ```
 */
export function shellMessages(locale: ShellLocale): ShellMessages {
  return locale === 'en' ? en : id;
}
