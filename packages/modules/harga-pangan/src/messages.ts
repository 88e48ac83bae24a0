/**
 * Every string of the food-price module, in Bahasa Indonesia (the default) and English.
 *
 * @internal
 * @module
 */

const id = {
  title: 'Harga Pangan Hari Ini',
  regency: 'Kabupaten/kota',
  market: 'Pasar',
  allMarkets: 'Semua pasar (rata-rata)',
  loading: 'Memuat harga…',
  loadingHistory: 'Memuat riwayat harga…',
  surveyDate: (date: string) => `Survei ${date}`,
  perUnit: (unit: string) => `per ${unit}`,
  units: { kg: 'kg', g: 'gram', litre: 'liter', piece: 'buah', bunch: 'ikat', pack: 'bungkus', tray: 'tray' } as Record<string, string>,
  trend: { up: 'naik', down: 'turun', flat: 'stabil' },
  noComparison: 'belum ada harga pembanding',
  trendText: (direction: 'up' | 'down' | 'flat', percent: string, date: string) =>
    direction === 'flat' ? `stabil sejak ${date}` : `${direction === 'up' ? 'naik' : 'turun'} ${percent} dari ${date}`,
  updated: (when: string) => `Diperbarui ${when}`,
  source: (source: string) => `Sumber: ${source}`,
  empty: 'Belum ada data harga untuk pilihan ini.',
  noRegions: 'Aplikasi ini belum mengatur kabupaten/kota.',
  retry: 'Coba lagi',
  historyTitle: (name: string) => `Riwayat Harga ${name}`,
  historyOf: (place: string, from: string, to: string) => `${place}, ${from} – ${to}`,
  back: 'Kembali ke harga hari ini',
  chartLabel: (name: string, days: number, min: string, max: string, latest: string, date: string) =>
    `Grafik harga ${name} selama ${days} hari: terendah ${min}, tertinggi ${max}, terbaru ${latest} pada ${date}.`,
  chartDesc: (from: string, to: string, first: string, last: string) => `Harga bergerak dari ${first} pada ${from} menjadi ${last} pada ${to}.`,
  axisPrice: 'Harga (Rp)',
  axisDate: 'Tanggal',
  tableToggle: 'Tampilkan tabel data',
  tableCaption: (name: string) => `Harga ${name} per tanggal`,
  date: 'Tanggal',
  price: 'Harga',
  stats: { min: 'Terendah', max: 'Tertinggi', average: 'Rata-rata', latest: 'Terbaru' },
  emptyHistory: 'Belum ada riwayat harga untuk komoditas ini.',
  notFound: 'Komoditas ini tidak dikenal.',
  errors: {
    offline: 'Anda sedang offline. Sambungkan internet lalu coba lagi.',
    timeout: 'Server terlalu lama menjawab.',
    network: 'Tidak dapat terhubung ke server.',
    server: (status: number) => `Server menjawab dengan kesalahan (${status}).`,
    other: 'Terjadi kesalahan saat memuat data.',
  },
};

/** The messages of one locale. */
export type Messages = typeof id;

const en: Messages = {
  title: "Today's Food Prices",
  regency: 'Regency/city',
  market: 'Market',
  allMarkets: 'All markets (average)',
  loading: 'Loading prices…',
  loadingHistory: 'Loading the price history…',
  surveyDate: (date) => `Survey of ${date}`,
  perUnit: (unit) => `per ${unit}`,
  units: { kg: 'kg', g: 'gram', litre: 'litre', piece: 'piece', bunch: 'bunch', pack: 'pack', tray: 'tray' },
  trend: { up: 'up', down: 'down', flat: 'stable' },
  noComparison: 'no earlier price to compare',
  trendText: (direction, percent, date) => (direction === 'flat' ? `stable since ${date}` : `${direction} ${percent} since ${date}`),
  updated: (when) => `Updated ${when}`,
  source: (source) => `Source: ${source}`,
  empty: 'There are no prices for this choice yet.',
  noRegions: 'This app has no regencies configured.',
  retry: 'Try again',
  historyTitle: (name) => `${name} Price History`,
  historyOf: (place, from, to) => `${place}, ${from} – ${to}`,
  back: "Back to today's prices",
  chartLabel: (name, days, min, max, latest, date) => `Price chart of ${name} over ${days} days: lowest ${min}, highest ${max}, latest ${latest} on ${date}.`,
  chartDesc: (from, to, first, last) => `The price moved from ${first} on ${from} to ${last} on ${to}.`,
  axisPrice: 'Price (Rp)',
  axisDate: 'Date',
  tableToggle: 'Show the data table',
  tableCaption: (name) => `${name} prices by date`,
  date: 'Date',
  price: 'Price',
  stats: { min: 'Lowest', max: 'Highest', average: 'Average', latest: 'Latest' },
  emptyHistory: 'There is no price history for this commodity yet.',
  notFound: 'This commodity is unknown.',
  errors: {
    offline: 'You are offline. Connect to the internet and try again.',
    timeout: 'The server took too long to answer.',
    network: 'Could not reach the server.',
    server: (status) => `The server answered with an error (${status}).`,
    other: 'Something went wrong while loading the data.',
  },
};

/**
 * The messages for a locale: English for `en`, Bahasa Indonesia otherwise.
 *
 * @param locale - The host's locale.
 */
export function messagesFor(locale: string): Messages {
  return locale === 'en' ? en : id;
}
