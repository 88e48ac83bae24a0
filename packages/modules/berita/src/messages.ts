/**
 * Every text the news screens show, in Bahasa Indonesia (the default) and English.
 *
 * @internal
 * @module
 */

/** The texts of the module in one language. @internal */
export interface BeritaMessages {
  readonly listTitle: string;
  readonly listLabel: string;
  readonly empty: string;
  readonly more: string;
  readonly loadingMore: string;
  readonly loading: string;
  readonly announcement: string;
  readonly published: string;
  readonly updated: string;
  readonly by: (name: string, unit: string | undefined) => string;
  readonly back: string;
  readonly notFound: string;
  readonly offline: string;
  readonly network: string;
  readonly rateLimited: string;
  readonly broken: string;
  readonly failed: string;
  readonly retry: string;
  readonly externalLink: string;
  readonly articleFallbackTitle: string;
}

const id: BeritaMessages = {
  listTitle: 'Berita',
  listLabel: 'Daftar berita dan pengumuman',
  empty: 'Belum ada berita.',
  more: 'Muat berita lainnya',
  loadingMore: 'Memuat berita lainnya…',
  loading: 'Memuat…',
  announcement: 'Pengumuman',
  published: 'Terbit',
  updated: 'Diperbarui',
  by: (name, unit) => (unit === undefined ? `Oleh ${name}` : `Oleh ${name}, ${unit}`),
  back: 'Kembali ke daftar berita',
  notFound: 'Artikel ini tidak ditemukan. Mungkin sudah dihapus.',
  offline: 'Anda sedang offline. Coba lagi saat tersambung.',
  network: 'Berita tidak dapat dimuat. Coba lagi.',
  rateLimited: 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.',
  broken: 'Artikel ini tidak dapat ditampilkan karena isinya tidak sesuai format yang aman.',
  failed: 'Terjadi kesalahan. Coba lagi.',
  retry: 'Coba lagi',
  externalLink: '(tautan eksternal, terbuka di tab baru)',
  articleFallbackTitle: 'Artikel',
};

const en: BeritaMessages = {
  listTitle: 'News',
  listLabel: 'News and announcements',
  empty: 'No news yet.',
  more: 'Load more news',
  loadingMore: 'Loading more news…',
  loading: 'Loading…',
  announcement: 'Announcement',
  published: 'Published',
  updated: 'Updated',
  by: (name, unit) => (unit === undefined ? `By ${name}` : `By ${name}, ${unit}`),
  back: 'Back to the news',
  notFound: 'This article was not found. It may have been removed.',
  offline: 'You are offline. Try again once connected.',
  network: 'The news could not be loaded. Try again.',
  rateLimited: 'Too many requests. Wait a moment, then try again.',
  broken: 'This article cannot be shown: its content is not in the safe format.',
  failed: 'Something went wrong. Try again.',
  retry: 'Try again',
  externalLink: '(external link, opens in a new tab)',
  articleFallbackTitle: 'Article',
};

/**
 * The texts for a locale: English for `en`, Bahasa Indonesia otherwise.
 *
 * @param locale - The host's locale.
 * @internal
 */
export function messagesFor(locale: string): BeritaMessages {
  return locale === 'en' ? en : id;
}

/**
 * What to say about a failed call, told apart by the client error's `code` and `status`.
 *
 * @param error - What `ctx.api.call` threw.
 * @param t - The texts.
 * @internal
 */
export function describeFailure(error: unknown, t: BeritaMessages): { readonly notFound: boolean; readonly message: string } {
  const { code, status } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; status?: unknown };
  if (code === 'http-error' && status === 404) return { notFound: true, message: t.notFound };
  const message =
    code === 'offline'
      ? t.offline
      : code === 'network-error' || code === 'timeout' || code === 'circuit-open'
        ? t.network
        : code === 'http-error' && status === 429
          ? t.rateLimited
          : code === 'contract-violation'
            ? t.broken
            : t.failed;
  return { notFound: false, message };
}
