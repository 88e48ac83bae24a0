/**
 * Every string of the emergency-numbers module, in Bahasa Indonesia (the default) and English.
 *
 * @internal
 * @module
 */

const id = {
  title: 'Nomor Darurat',
  intro: 'Sentuh nomor untuk menelepon. Dalam keadaan darurat, hubungi 112.',
  call: (name: string, number: string) => `Telepon ${name}, ${number}`,
  emergency: 'Panggilan Darurat',
  callCentre: 'Pusat Panggilan',
  loading: 'Memuat nomor daerah…',
  fallback: 'Nomor daerah tidak dapat dimuat. Nomor di bawah tersimpan di aplikasi dan tetap bisa ditelepon.',
  offline: 'Anda sedang offline. Nomor di bawah tersimpan di aplikasi dan tetap bisa ditelepon.',
  retry: 'Muat ulang nomor daerah',
  allDay: '24 jam',
  tollFree: 'Bebas pulsa',
  example: 'Nomor contoh, belum nomor sebenarnya',
};

/** The messages of one locale. */
export type Messages = typeof id;

const en: Messages = {
  title: 'Emergency Numbers',
  intro: 'Tap a number to call it. In an emergency, call 112.',
  call: (name, number) => `Call ${name}, ${number}`,
  emergency: 'Emergency call',
  callCentre: 'Call centre',
  loading: 'Loading the regional numbers…',
  fallback: 'The regional numbers could not be loaded. The numbers below are kept in the app and can still be called.',
  offline: 'You are offline. The numbers below are kept in the app and can still be called.',
  retry: 'Reload the regional numbers',
  allDay: '24 hours',
  tollFree: 'Toll-free',
  example: 'Example number, not a real one yet',
};

/**
 * The messages for a locale: English for `en`, Bahasa Indonesia otherwise.
 *
 * @param locale - The host's locale.
 */
export function messagesFor(locale: string): Messages {
  return locale === 'en' ? en : id;
}
