/**
 * Every string of the alerts module, in Bahasa Indonesia (the default) and English.
 *
 * @internal
 * @module
 */
import type { CapInfo, FloodAlertLevel, FloodGauge } from '@gerbang/contracts';

type Severity = CapInfo['severity'];
type Urgency = CapInfo['urgency'];
type Certainty = CapInfo['certainty'];
type PumpStatus = NonNullable<FloodGauge['pumps']>[number]['status'];

const id = {
  title: 'Peringatan Dini',
  refresh: 'Perbarui',
  refreshing: 'Memperbarui…',
  refreshed: (time: string) => `Diperbarui pukul ${time}`,
  loading: 'Memuat…',
  alertsTitle: 'Peringatan yang berlaku',
  gaugesTitle: 'Tinggi muka air',
  noAlerts: 'Tidak ada peringatan yang berlaku saat ini.',
  noGauges: 'Belum ada data pos pantau air.',
  updated: (when: string) => `Diperbarui ${when}`,
  stale: 'Data lama',
  staleAlerts: (minutes: number) => `Daftar ini terakhir diperbarui lebih dari ${minutes} menit lalu; peringatan terbaru mungkin belum tampil.`,
  staleGauge: (minutes: number) => `Pembacaan ini lebih dari ${minutes} menit lalu; tinggi air sekarang mungkin berbeda.`,
  loadFailed: (what: string, reason: string) => `Gagal memuat ${what}. ${reason}`,
  alertsNoun: 'peringatan',
  gaugesNoun: 'data tinggi muka air',
  keptData: 'Data yang tampil adalah data terakhir yang berhasil dimuat.',
  retry: 'Coba lagi',
  severityLabel: 'Tingkat bahaya',
  severity: { Extreme: 'Ekstrem', Severe: 'Parah', Moderate: 'Sedang', Minor: 'Ringan', Unknown: 'Tidak diketahui' } satisfies Record<Severity, string>,
  urgencyLabel: 'Urgensi',
  urgency: { Immediate: 'Segera', Expected: 'Dalam waktu dekat', Future: 'Akan datang', Past: 'Sudah lewat', Unknown: 'Tidak diketahui' } satisfies Record<Urgency, string>,
  certaintyLabel: 'Kepastian',
  certainty: { Observed: 'Teramati', Likely: 'Kemungkinan besar', Possible: 'Mungkin terjadi', Unlikely: 'Kecil kemungkinan', Unknown: 'Tidak diketahui' } satisfies Record<Certainty, string>,
  areas: 'Wilayah',
  effective: 'Berlaku',
  onset: 'Mulai',
  expires: 'Berakhir',
  sent: 'Dikirim',
  sender: 'Pengirim',
  expired: 'Sudah berakhir',
  instruction: 'Yang harus dilakukan',
  description: 'Keterangan',
  moreInfo: 'Informasi lebih lanjut',
  details: 'Lihat detail',
  back: 'Kembali ke daftar peringatan',
  notFound: 'Peringatan ini tidak ditemukan atau sudah tidak berlaku.',
  kind: { water_gate: 'Pintu air', river_gauge: 'Pos duga air' } satisfies Record<FloodGauge['kind'], string>,
  waterLevel: (cm: string) => `Tinggi air ${cm} cm`,
  level: { 1: 'Siaga 1 · Bahaya', 2: 'Siaga 2 · Siaga', 3: 'Siaga 3 · Waspada', 4: 'Siaga 4 · Normal' } satisfies Record<FloodAlertLevel, string>,
  thresholds: (siaga3: string, siaga2: string, siaga1: string) => `Batas siaga: 3 pada ${siaga3} cm, 2 pada ${siaga2} cm, 1 pada ${siaga1} cm`,
  pumps: 'Pompa',
  pump: { on: 'menyala', off: 'mati', fault: 'rusak' } satisfies Record<PumpStatus, string>,
  source: (source: string) => `Sumber: ${source}`,
  errors: {
    offline: 'Anda sedang offline.',
    timeout: 'Server terlalu lama menjawab.',
    network: 'Tidak dapat terhubung ke server.',
    server: (status: number) => `Server menjawab dengan kesalahan (${status}).`,
    other: 'Terjadi kesalahan.',
  },
};

/** The messages of one locale. */
export type Messages = typeof id;

const en: Messages = {
  title: 'Alerts',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  refreshed: (time) => `Refreshed at ${time}`,
  loading: 'Loading…',
  alertsTitle: 'Alerts in effect',
  gaugesTitle: 'Water levels',
  noAlerts: 'There are no alerts in effect right now.',
  noGauges: 'There is no water level data yet.',
  updated: (when) => `Updated ${when}`,
  stale: 'Stale data',
  staleAlerts: (minutes) => `This list was last updated more than ${minutes} minutes ago; newer alerts may be missing.`,
  staleGauge: (minutes) => `This reading is more than ${minutes} minutes old; the water level may have changed.`,
  loadFailed: (what, reason) => `Could not load the ${what}. ${reason}`,
  alertsNoun: 'alerts',
  gaugesNoun: 'water levels',
  keptData: 'What is shown is the last data that loaded.',
  retry: 'Try again',
  severityLabel: 'Severity',
  severity: { Extreme: 'Extreme', Severe: 'Severe', Moderate: 'Moderate', Minor: 'Minor', Unknown: 'Unknown' },
  urgencyLabel: 'Urgency',
  urgency: { Immediate: 'Immediate', Expected: 'Expected soon', Future: 'In the future', Past: 'Past', Unknown: 'Unknown' },
  certaintyLabel: 'Certainty',
  certainty: { Observed: 'Observed', Likely: 'Likely', Possible: 'Possible', Unlikely: 'Unlikely', Unknown: 'Unknown' },
  areas: 'Areas',
  effective: 'In effect from',
  onset: 'Begins',
  expires: 'Expires',
  sent: 'Sent',
  sender: 'Sender',
  expired: 'Expired',
  instruction: 'What to do',
  description: 'Details',
  moreInfo: 'More information',
  details: 'See details',
  back: 'Back to the alerts',
  notFound: 'This alert was not found or is no longer in effect.',
  kind: { water_gate: 'Water gate', river_gauge: 'River gauge' },
  waterLevel: (cm) => `Water level ${cm} cm`,
  level: { 1: 'Level 1 · Danger', 2: 'Level 2 · Standby', 3: 'Level 3 · Alert', 4: 'Level 4 · Normal' },
  thresholds: (siaga3, siaga2, siaga1) => `Thresholds: level 3 at ${siaga3} cm, 2 at ${siaga2} cm, 1 at ${siaga1} cm`,
  pumps: 'Pumps',
  pump: { on: 'on', off: 'off', fault: 'out of order' },
  source: (source) => `Source: ${source}`,
  errors: {
    offline: 'You are offline.',
    timeout: 'The server took too long to answer.',
    network: 'Could not reach the server.',
    server: (status) => `The server answered with an error (${status}).`,
    other: 'Something went wrong.',
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
