/**
 * Every text the citizen-reports module shows, in Bahasa Indonesia (first) and English.
 *
 * @module
 */

/** The texts of the module, in one language. */
export interface AduanMessages {
  readonly title: string;
  readonly intro: string;
  readonly newReport: string;
  readonly myReports: string;
  readonly publicFeed: string;
  readonly seeAll: string;
  readonly back: string;
  readonly loading: string;
  readonly loadMore: string;
  readonly refresh: string;
  readonly retry: string;
  readonly discard: string;
  readonly empty: string;
  readonly emptyPublic: string;
  // form
  readonly formTitle: string;
  readonly category: string;
  readonly categoryPlaceholder: string;
  readonly categoryPhotoRequired: string;
  readonly description: string;
  readonly descriptionHint: (max: number) => string;
  readonly descriptionCount: (length: number, max: number) => string;
  readonly photos: string;
  readonly photosHint: (max: number, megabytes: number) => string;
  readonly addPhoto: string;
  readonly removePhoto: (index: number) => string;
  readonly photoAlt: (index: number) => string;
  readonly cameraDenied: string;
  readonly location: string;
  readonly useMyLocation: string;
  readonly locating: string;
  readonly located: (lat: string, lng: string, accuracy: string | undefined) => string;
  readonly locationDenied: string;
  readonly locationUnavailable: string;
  readonly landmark: string;
  readonly landmarkHint: string;
  readonly region: string;
  readonly regionPlaceholder: string;
  readonly visibility: string;
  readonly visibilityPrivate: string;
  readonly visibilityPublic: string;
  readonly visibilityHint: string;
  readonly anonymous: string;
  readonly anonymousHint: string;
  readonly submit: string;
  readonly submitting: string;
  readonly draftKept: string;
  readonly fixErrors: (count: number) => string;
  // field errors
  readonly errorCategory: string;
  readonly errorDescriptionEmpty: string;
  readonly errorDescriptionLong: (max: number) => string;
  readonly errorPhotoRequired: string;
  readonly errorPhotoType: string;
  readonly errorPhotoSize: (megabytes: number) => string;
  readonly errorPhotoCount: (max: number) => string;
  readonly errorLocationPoint: string;
  readonly errorLandmark: string;
  readonly errorRegion: string;
  readonly errorInvalid: string;
  // outbox
  readonly queuedTitle: string;
  readonly queuedBody: string;
  readonly queuedState: string;
  readonly sendingState: string;
  readonly failedState: string;
  readonly sentNow: (ticket: string) => string;
  readonly openReport: string;
  readonly pendingReport: string;
  // reports
  readonly ticket: string;
  readonly reportTitle: (ticket: string) => string;
  readonly filedOn: (date: string) => string;
  readonly status: string;
  readonly timeline: string;
  readonly updatedAt: (date: string) => string;
  readonly deadline: (date: string) => string;
  readonly handledBy: (agency: string) => string;
  readonly evidence: string;
  readonly photosOf: string;
  readonly support: string;
  readonly supported: string;
  readonly supportCount: (count: number) => string;
  readonly rateTitle: string;
  readonly rateHint: string;
  readonly rateStars: (stars: number) => string;
  readonly rated: (stars: number) => string;
  readonly rateComment: string;
  readonly rateSend: string;
  readonly anonymousReporter: string;
  readonly privateReport: string;
  readonly publicReport: string;
  readonly actorCitizen: string;
  readonly actorOfficer: string;
  readonly actorSystem: string;
  // errors
  readonly errorOffline: string;
  readonly errorNetwork: string;
  readonly errorTimeout: string;
  readonly errorNotFound: string;
  readonly errorSignIn: string;
  readonly errorForbidden: string;
  readonly errorConflict: string;
  readonly errorRateLimited: string;
  readonly errorServer: string;
  readonly errorUnknown: string;
  readonly savedCopy: string;
}

const id: AduanMessages = {
  title: 'Lapor',
  intro: 'Laporkan masalah di sekitar Anda. Laporan dikirim otomatis saat ada sinyal.',
  newReport: 'Buat laporan baru',
  myReports: 'Laporan saya',
  publicFeed: 'Laporan publik',
  seeAll: 'Lihat semua',
  back: 'Kembali',
  loading: 'Memuat…',
  loadMore: 'Muat lebih banyak',
  refresh: 'Perbarui',
  retry: 'Coba lagi',
  discard: 'Buang',
  empty: 'Anda belum membuat laporan.',
  emptyPublic: 'Belum ada laporan publik.',
  formTitle: 'Laporan baru',
  category: 'Kategori',
  categoryPlaceholder: 'Pilih kategori',
  categoryPhotoRequired: 'Kategori ini memerlukan foto.',
  description: 'Uraian masalah',
  descriptionHint: (max) => `Jelaskan apa yang terjadi, sejak kapan, dan dampaknya. Paling banyak ${max} karakter.`,
  descriptionCount: (length, max) => `${length} dari ${max} karakter`,
  photos: 'Foto',
  photosHint: (max, megabytes) => `Paling banyak ${max} foto, JPEG, PNG, WebP atau HEIC, masing-masing paling besar ${megabytes} MB.`,
  addPhoto: 'Ambil atau pilih foto',
  removePhoto: (index) => `Hapus foto ${index}`,
  photoAlt: (index) => `Foto ${index} yang akan dikirim`,
  cameraDenied: 'Izin kamera ditolak. Anda masih dapat memilih foto dari galeri.',
  location: 'Lokasi',
  useMyLocation: 'Gunakan lokasi saya',
  locating: 'Mencari lokasi Anda…',
  located: (lat, lng, accuracy) => `Lokasi ditandai: ${lat}, ${lng}${accuracy === undefined ? '' : ` (akurasi ±${accuracy} m)`}.`,
  locationDenied: 'Izin lokasi ditolak. Lokasi diperlukan agar petugas dapat menemukan tempatnya; izinkan lokasi di pengaturan, lalu coba lagi.',
  locationUnavailable: 'Lokasi tidak dapat ditemukan. Coba lagi di tempat terbuka.',
  landmark: 'Patokan',
  landmarkHint: 'Contoh: depan SDN 2 Rajabasa, dekat tiang listrik nomor 12.',
  region: 'Kabupaten/kota',
  regionPlaceholder: 'Pilih kabupaten/kota',
  visibility: 'Siapa yang dapat melihat laporan ini',
  visibilityPrivate: 'Pribadi: hanya Anda dan petugas',
  visibilityPublic: 'Publik: tampil di laporan publik',
  visibilityHint: 'Laporan publik dapat didukung warga lain.',
  anonymous: 'Sembunyikan nama saya',
  anonymousHint: 'Nama Anda tidak ditampilkan kepada petugas maupun publik.',
  submit: 'Kirim laporan',
  submitting: 'Mengirim…',
  draftKept: 'Isian Anda tersimpan di perangkat ini.',
  fixErrors: (count) => (count === 1 ? 'Ada 1 isian yang perlu diperbaiki.' : `Ada ${count} isian yang perlu diperbaiki.`),
  errorCategory: 'Pilih kategori laporan.',
  errorDescriptionEmpty: 'Tuliskan uraian masalahnya.',
  errorDescriptionLong: (max) => `Uraian paling banyak ${max} karakter.`,
  errorPhotoRequired: 'Kategori ini memerlukan paling sedikit 1 foto.',
  errorPhotoType: 'Foto harus berupa JPEG, PNG, WebP atau HEIC.',
  errorPhotoSize: (megabytes) => `Setiap foto paling besar ${megabytes} MB.`,
  errorPhotoCount: (max) => `Paling banyak ${max} foto.`,
  errorLocationPoint: 'Tandai lokasi dengan “Gunakan lokasi saya”, atau tulis patokan, agar petugas dapat menemukan tempatnya.',
  errorLandmark: 'Patokan paling banyak 300 karakter.',
  errorRegion: 'Pilih kabupaten/kota.',
  errorInvalid: 'Isian ini tidak valid.',
  queuedTitle: 'Menunggu sinyal',
  queuedBody: 'Laporan Anda tersimpan di perangkat dan akan dikirim otomatis saat ada sinyal.',
  queuedState: 'Menunggu sinyal',
  sendingState: 'Sedang dikirim',
  failedState: 'Gagal dikirim',
  sentNow: (ticket) => `Laporan terkirim dengan nomor tiket ${ticket}.`,
  openReport: 'Lihat laporan',
  pendingReport: 'Laporan belum terkirim',
  ticket: 'Nomor tiket',
  reportTitle: (ticket) => `Laporan ${ticket}`,
  filedOn: (date) => `Dilaporkan ${date}`,
  status: 'Status',
  timeline: 'Riwayat status',
  updatedAt: (date) => `Diperbarui ${date}`,
  deadline: (date) => `Batas penanganan ${date}`,
  handledBy: (agency) => `Ditangani oleh ${agency}`,
  evidence: 'Bukti',
  photosOf: 'Foto laporan',
  support: 'Dukung',
  supported: 'Didukung',
  supportCount: (count) => `${count} dukungan`,
  rateTitle: 'Nilai penanganan',
  rateHint: 'Seberapa puas Anda dengan tindak lanjut laporan ini?',
  rateStars: (stars) => `${stars} bintang`,
  rated: (stars) => `Penilaian Anda: ${stars} dari 5 bintang.`,
  rateComment: 'Komentar (opsional)',
  rateSend: 'Kirim penilaian',
  anonymousReporter: 'Pelapor anonim',
  privateReport: 'Pribadi',
  publicReport: 'Publik',
  actorCitizen: 'Pelapor',
  actorOfficer: 'Petugas',
  actorSystem: 'Sistem',
  errorOffline: 'Anda sedang offline. Coba lagi saat ada sinyal.',
  errorNetwork: 'Tidak dapat terhubung ke server. Periksa koneksi Anda.',
  errorTimeout: 'Server terlalu lama menjawab. Coba lagi.',
  errorNotFound: 'Laporan tidak ditemukan, atau laporan ini pribadi.',
  errorSignIn: 'Silakan masuk terlebih dahulu.',
  errorForbidden: 'Anda tidak dapat melakukan ini untuk laporan ini.',
  errorConflict: 'Laporan ini belum dapat dinilai: penanganannya belum selesai.',
  errorRateLimited: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
  errorServer: 'Server sedang bermasalah. Coba lagi nanti.',
  errorUnknown: 'Terjadi kesalahan. Coba lagi.',
  savedCopy: 'Menampilkan data yang tersimpan di perangkat.',
};

const en: AduanMessages = {
  title: 'Report',
  intro: 'Report a problem around you. Reports are sent automatically when there is signal.',
  newReport: 'New report',
  myReports: 'My reports',
  publicFeed: 'Public reports',
  seeAll: 'See all',
  back: 'Back',
  loading: 'Loading…',
  loadMore: 'Load more',
  refresh: 'Refresh',
  retry: 'Try again',
  discard: 'Discard',
  empty: 'You have not filed a report yet.',
  emptyPublic: 'There are no public reports yet.',
  formTitle: 'New report',
  category: 'Category',
  categoryPlaceholder: 'Choose a category',
  categoryPhotoRequired: 'This category needs a photo.',
  description: 'What is wrong',
  descriptionHint: (max) => `Say what happened, since when, and who it affects. At most ${max} characters.`,
  descriptionCount: (length, max) => `${length} of ${max} characters`,
  photos: 'Photos',
  photosHint: (max, megabytes) => `At most ${max} photos, JPEG, PNG, WebP or HEIC, each at most ${megabytes} MB.`,
  addPhoto: 'Take or choose a photo',
  removePhoto: (index) => `Remove photo ${index}`,
  photoAlt: (index) => `Photo ${index} to send`,
  cameraDenied: 'Camera permission was denied. You can still choose a photo from your gallery.',
  location: 'Location',
  useMyLocation: 'Use my location',
  locating: 'Finding your location…',
  located: (lat, lng, accuracy) => `Location pinned: ${lat}, ${lng}${accuracy === undefined ? '' : ` (accuracy ±${accuracy} m)`}.`,
  locationDenied: 'Location permission was denied. The location lets officers find the place; allow it in the settings, then try again.',
  locationUnavailable: 'Your location could not be found. Try again in the open.',
  landmark: 'Landmark',
  landmarkHint: 'For example: in front of SDN 2 Rajabasa, near power pole number 12.',
  region: 'Regency or city',
  regionPlaceholder: 'Choose a regency or city',
  visibility: 'Who can see this report',
  visibilityPrivate: 'Private: only you and officers',
  visibilityPublic: 'Public: shown in the public reports',
  visibilityHint: 'Other citizens can support a public report.',
  anonymous: 'Hide my name',
  anonymousHint: 'Your name is shown neither to officers nor to the public.',
  submit: 'Send report',
  submitting: 'Sending…',
  draftKept: 'What you typed is kept on this device.',
  fixErrors: (count) => (count === 1 ? '1 field needs fixing.' : `${count} fields need fixing.`),
  errorCategory: 'Choose a category.',
  errorDescriptionEmpty: 'Describe the problem.',
  errorDescriptionLong: (max) => `The description can be at most ${max} characters.`,
  errorPhotoRequired: 'This category needs at least 1 photo.',
  errorPhotoType: 'Photos must be JPEG, PNG, WebP or HEIC.',
  errorPhotoSize: (megabytes) => `Each photo can be at most ${megabytes} MB.`,
  errorPhotoCount: (max) => `At most ${max} photos.`,
  errorLocationPoint: 'Pin the location with “Use my location”, or write a landmark, so that officers can find the place.',
  errorLandmark: 'The landmark can be at most 300 characters.',
  errorRegion: 'Choose the regency or city.',
  errorInvalid: 'This value is not valid.',
  queuedTitle: 'Waiting for signal',
  queuedBody: 'Your report is kept on this device and will be sent automatically when there is signal.',
  queuedState: 'Waiting for signal',
  sendingState: 'Sending',
  failedState: 'Could not be sent',
  sentNow: (ticket) => `Report sent, ticket number ${ticket}.`,
  openReport: 'Open the report',
  pendingReport: 'Report not sent yet',
  ticket: 'Ticket number',
  reportTitle: (ticket) => `Report ${ticket}`,
  filedOn: (date) => `Filed ${date}`,
  status: 'Status',
  timeline: 'Status history',
  updatedAt: (date) => `Updated ${date}`,
  deadline: (date) => `To be handled by ${date}`,
  handledBy: (agency) => `Handled by ${agency}`,
  evidence: 'Evidence',
  photosOf: 'Photos of the report',
  support: 'Support',
  supported: 'Supported',
  supportCount: (count) => (count === 1 ? '1 supporter' : `${count} supporters`),
  rateTitle: 'Rate the follow-up',
  rateHint: 'How satisfied are you with how this report was handled?',
  rateStars: (stars) => (stars === 1 ? '1 star' : `${stars} stars`),
  rated: (stars) => `Your rating: ${stars} of 5 stars.`,
  rateComment: 'Comment (optional)',
  rateSend: 'Send rating',
  anonymousReporter: 'Anonymous reporter',
  privateReport: 'Private',
  publicReport: 'Public',
  actorCitizen: 'Reporter',
  actorOfficer: 'Officer',
  actorSystem: 'System',
  errorOffline: 'You are offline. Try again when there is signal.',
  errorNetwork: 'Cannot reach the server. Check your connection.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorNotFound: 'The report was not found, or it is private.',
  errorSignIn: 'Please sign in first.',
  errorForbidden: 'You cannot do this for this report.',
  errorConflict: 'This report cannot be rated yet: it has not been resolved.',
  errorRateLimited: 'Too many requests. Wait a moment and try again.',
  errorServer: 'The server has a problem. Try again later.',
  errorUnknown: 'Something went wrong. Try again.',
  savedCopy: 'Showing the copy saved on this device.',
};

/**
 * The texts for a locale: English for `en`, Bahasa Indonesia otherwise.
 *
 * @param locale - The host's locale.
 */
export function messagesFor(locale: string): AduanMessages {
  return locale === 'en' ? en : id;
}
