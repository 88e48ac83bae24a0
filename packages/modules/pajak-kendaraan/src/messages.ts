/**
 * Every text the vehicle-tax screens show, in Bahasa Indonesia (the default) and English.
 *
 * @internal
 * @module
 */
import type { PkbComponentKind, PlateFailureReason } from '@gerbang/contracts';

/** The texts of the module in one language. @internal */
export interface PkbMessages {
  readonly inquiryTitle: string;
  readonly inquiryIntro: string;
  readonly inquiryForPlate: string;
  readonly plateLabel: string;
  readonly plateHint: string;
  readonly plateArea: (area: string) => string;
  readonly plateLegacy: string;
  readonly plateErrors: Readonly<Record<PlateFailureReason, string>>;
  readonly chassisLabel: string;
  readonly chassisHint: string;
  readonly chassisInvalid: string;
  readonly submit: string;
  readonly submitting: string;
  readonly notFound: string;
  readonly offline: string;
  readonly network: string;
  readonly rateLimited: string;
  readonly unavailable: string;
  readonly loginNeeded: string;
  readonly failed: string;
  readonly billTitle: string;
  readonly billCaption: (plate: string, year: number) => string;
  readonly vehicle: string;
  readonly owner: string;
  readonly taxYear: string;
  readonly dueDate: string;
  readonly overdue: string;
  readonly validUntilAfterPayment: string;
  readonly amountsValidUntil: string;
  readonly fiveYearRenewal: string;
  readonly componentColumn: string;
  readonly yearColumn: string;
  readonly amountColumn: string;
  readonly components: Readonly<Record<PkbComponentKind, string>>;
  readonly arrears: string;
  readonly total: string;
  readonly pay: string;
  readonly paying: string;
  readonly paymentDenied: string;
  readonly alreadyPaid: string;
  readonly billChanged: string;
  readonly otherVehicle: string;
  readonly paymentTitle: string;
  readonly paymentCode: string;
  readonly amountToPay: string;
  readonly copy: string;
  readonly copied: string;
  readonly expiresIn: string;
  readonly expiresInMinutes: (minutes: number) => string;
  readonly expired: string;
  readonly qrisAlt: (amount: string) => string;
  readonly qrisHelp: string;
  readonly qrisUnusable: string;
  readonly howToPay: string;
  readonly checkStatus: string;
  readonly checking: string;
  readonly waiting: string;
  readonly paymentNotFound: string;
  readonly backToBill: string;
  readonly newInquiry: string;
  readonly loading: string;
  readonly receiptTitle: string;
  readonly paidNotice: string;
  readonly receiptNumber: string;
  readonly ntpd: string;
  readonly paidVia: string;
  readonly paidAt: string;
  readonly validUntil: string;
  readonly verify: string;
  readonly externalLink: string;
  readonly statuses: Readonly<Record<'cancelled' | 'failed', string>>;
}

const id: PkbMessages = {
  inquiryTitle: 'Cek pajak kendaraan',
  inquiryIntro: 'Masukkan nomor polisi dan 5 karakter terakhir nomor rangka seperti tertulis di STNK.',
  inquiryForPlate: 'Untuk melihat tagihan ini, masukkan lagi 5 karakter terakhir nomor rangka.',
  plateLabel: 'Nomor polisi',
  plateHint: 'Contoh: BE 1234 AB',
  plateArea: (area) => `Wilayah: ${area}`,
  plateLegacy: 'kode wilayah lama',
  plateErrors: {
    empty: 'Isi nomor polisi.',
    format: 'Tulis huruf wilayah, angka, lalu huruf akhir, misalnya BE 1234 AB.',
    'unknown-area': 'Kode wilayah ini tidak dikenal.',
    'bad-number': 'Angka nomor polisi 1 sampai 9999, tanpa nol di depan.',
    'bad-suffix': 'Huruf akhir paling banyak 3.',
  },
  chassisLabel: '5 karakter terakhir nomor rangka',
  chassisHint: 'Huruf dan angka, lihat STNK. Contoh: A1234',
  chassisInvalid: 'Isi tepat 5 huruf atau angka terakhir nomor rangka.',
  submit: 'Cek tagihan',
  submitting: 'Mencari tagihan…',
  notFound: 'Kendaraan tidak ditemukan. Periksa nomor polisi dan 5 karakter terakhir nomor rangka.',
  offline: 'Anda sedang offline. Isian Anda tetap tersimpan; coba lagi saat tersambung.',
  network: 'Layanan tidak dapat dihubungi. Isian Anda tetap tersimpan; coba lagi.',
  rateLimited: 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.',
  unavailable: 'Layanan Samsat sedang tidak tersedia. Coba lagi nanti.',
  loginNeeded: 'Masuk ke akun Anda terlebih dahulu.',
  failed: 'Terjadi kesalahan. Coba lagi.',
  billTitle: 'Tagihan pajak kendaraan',
  billCaption: (plate, year) => `Rincian tagihan ${plate}, tahun pajak ${year}`,
  vehicle: 'Kendaraan',
  owner: 'Pemilik',
  taxYear: 'Tahun pajak',
  dueDate: 'Jatuh tempo',
  overdue: 'lewat jatuh tempo',
  validUntilAfterPayment: 'Berlaku sampai (setelah dibayar)',
  amountsValidUntil: 'Jumlah berlaku sampai',
  fiveYearRenewal: 'Termasuk pengesahan 5 tahunan: ganti STNK dan pelat nomor.',
  componentColumn: 'Komponen',
  yearColumn: 'Tahun',
  amountColumn: 'Jumlah',
  components: {
    pkb: 'PKB pokok',
    opsen_pkb: 'Opsen PKB',
    swdkllj: 'SWDKLLJ (Jasa Raharja)',
    pkb_fine: 'Denda PKB',
    opsen_pkb_fine: 'Denda opsen PKB',
    swdkllj_fine: 'Denda SWDKLLJ',
    stnk_fee: 'Biaya STNK',
    plate_fee: 'Biaya TNKB (pelat nomor)',
  },
  arrears: 'tunggakan',
  total: 'Total',
  pay: 'Bayar dengan QRIS',
  paying: 'Membuat kode bayar…',
  paymentDenied: 'Izin pembayaran tidak diberikan, jadi kode bayar tidak dibuat.',
  alreadyPaid: 'Tagihan ini sudah dibayar.',
  billChanged: 'Tagihan sudah berubah. Cek ulang tagihan Anda.',
  otherVehicle: 'Cek kendaraan lain',
  paymentTitle: 'Kode bayar',
  paymentCode: 'Kode bayar',
  amountToPay: 'Jumlah yang dibayar',
  copy: 'Salin kode',
  copied: 'Kode bayar disalin.',
  expiresIn: 'Berlaku',
  expiresInMinutes: (minutes) =>
    minutes >= 60
      ? `Kode bayar berlaku ${Math.floor(minutes / 60)} jam ${minutes % 60} menit lagi.`
      : `Kode bayar berlaku ${minutes} menit lagi.`,
  expired: 'Kode bayar sudah kedaluwarsa. Buat kode bayar baru dari tagihan.',
  qrisAlt: (amount) => `Kode QRIS untuk membayar ${amount}`,
  qrisHelp: 'Pindai QRIS ini dengan aplikasi bank atau dompet digital, atau bayar dengan kode bayar di atas.',
  qrisUnusable: 'QRIS tidak dapat ditampilkan. Bayar dengan kode bayar di atas.',
  howToPay: 'Bayar melalui bank, dompet digital, atau gerai yang melayani pembayaran Samsat.',
  checkStatus: 'Periksa status pembayaran',
  checking: 'Memeriksa…',
  waiting: 'Menunggu pembayaran.',
  paymentNotFound: 'Kode bayar ini tidak ditemukan.',
  backToBill: 'Kembali ke tagihan',
  newInquiry: 'Cek tagihan lagi',
  loading: 'Memuat…',
  receiptTitle: 'Bukti pembayaran',
  paidNotice: 'Pembayaran diterima. Terima kasih!',
  receiptNumber: 'Nomor bukti',
  ntpd: 'NTPD',
  paidVia: 'Dibayar melalui',
  paidAt: 'Waktu bayar',
  validUntil: 'Pajak berlaku sampai',
  verify: 'Periksa keaslian bukti',
  externalLink: '(tautan eksternal)',
  statuses: { cancelled: 'Kode bayar dibatalkan.', failed: 'Pembayaran gagal. Buat kode bayar baru dari tagihan.' },
};

const en: PkbMessages = {
  inquiryTitle: 'Check vehicle tax',
  inquiryIntro: 'Enter the plate number and the last 5 characters of the chassis number, as written on the STNK.',
  inquiryForPlate: 'To see this bill, enter the last 5 characters of the chassis number again.',
  plateLabel: 'Plate number',
  plateHint: 'For example: BE 1234 AB',
  plateArea: (area) => `Area: ${area}`,
  plateLegacy: 'old area code',
  plateErrors: {
    empty: 'Enter the plate number.',
    format: 'Write the area letters, the number, then the suffix letters, such as BE 1234 AB.',
    'unknown-area': 'This area code is unknown.',
    'bad-number': 'The number is 1 to 9999, without leading zeros.',
    'bad-suffix': 'The suffix has at most 3 letters.',
  },
  chassisLabel: 'Last 5 characters of the chassis number',
  chassisHint: 'Letters and digits, see the STNK. For example: A1234',
  chassisInvalid: 'Enter exactly the last 5 letters or digits of the chassis number.',
  submit: 'Check the bill',
  submitting: 'Looking up the bill…',
  notFound: 'No vehicle found. Check the plate number and the last 5 characters of the chassis number.',
  offline: 'You are offline. What you typed is kept; try again once connected.',
  network: 'The service could not be reached. What you typed is kept; try again.',
  rateLimited: 'Too many requests. Wait a moment, then try again.',
  unavailable: 'The Samsat service is unavailable. Try again later.',
  loginNeeded: 'Sign in to your account first.',
  failed: 'Something went wrong. Try again.',
  billTitle: 'Vehicle tax bill',
  billCaption: (plate, year) => `Bill of ${plate}, tax year ${year}`,
  vehicle: 'Vehicle',
  owner: 'Owner',
  taxYear: 'Tax year',
  dueDate: 'Due date',
  overdue: 'overdue',
  validUntilAfterPayment: 'Valid until (once paid)',
  amountsValidUntil: 'Amounts valid until',
  fiveYearRenewal: 'Includes the 5-yearly renewal: new STNK and plates.',
  componentColumn: 'Component',
  yearColumn: 'Year',
  amountColumn: 'Amount',
  components: {
    pkb: 'Vehicle tax (PKB)',
    opsen_pkb: 'PKB surcharge (opsen)',
    swdkllj: 'Road-accident fund (SWDKLLJ)',
    pkb_fine: 'PKB fine',
    opsen_pkb_fine: 'PKB surcharge fine',
    swdkllj_fine: 'SWDKLLJ fine',
    stnk_fee: 'STNK fee',
    plate_fee: 'Plate (TNKB) fee',
  },
  arrears: 'arrears',
  total: 'Total',
  pay: 'Pay with QRIS',
  paying: 'Creating the payment code…',
  paymentDenied: 'The payment permission was not given, so no payment code was created.',
  alreadyPaid: 'This bill is already paid.',
  billChanged: 'The bill has changed. Check your bill again.',
  otherVehicle: 'Check another vehicle',
  paymentTitle: 'Payment code',
  paymentCode: 'Payment code',
  amountToPay: 'Amount to pay',
  copy: 'Copy code',
  copied: 'Payment code copied.',
  expiresIn: 'Valid for',
  expiresInMinutes: (minutes) =>
    minutes >= 60
      ? `The payment code is valid for ${Math.floor(minutes / 60)} h ${minutes % 60} min.`
      : `The payment code is valid for ${minutes} min.`,
  expired: 'The payment code has expired. Create a new one from the bill.',
  qrisAlt: (amount) => `QRIS code to pay ${amount}`,
  qrisHelp: 'Scan this QRIS with a banking or e-wallet app, or pay with the payment code above.',
  qrisUnusable: 'The QRIS cannot be shown. Pay with the payment code above.',
  howToPay: 'Pay at a bank, an e-wallet or an outlet that takes Samsat payments.',
  checkStatus: 'Check the payment status',
  checking: 'Checking…',
  waiting: 'Waiting for the payment.',
  paymentNotFound: 'This payment code was not found.',
  backToBill: 'Back to the bill',
  newInquiry: 'Check a bill again',
  loading: 'Loading…',
  receiptTitle: 'Receipt',
  paidNotice: 'Payment received. Thank you!',
  receiptNumber: 'Receipt number',
  ntpd: 'NTPD',
  paidVia: 'Paid via',
  paidAt: 'Paid at',
  validUntil: 'Tax valid until',
  verify: 'Verify the receipt',
  externalLink: '(external link)',
  statuses: { cancelled: 'The payment code was cancelled.', failed: 'The payment failed. Create a new payment code from the bill.' },
};

/**
 * The texts for a locale: English for `en`, Bahasa Indonesia otherwise.
 *
 * @param locale - The host's locale.
 * @internal
 */
export function messagesFor(locale: string): PkbMessages {
  return locale === 'en' ? en : id;
}
