/**
 * Rupiah, dates and times as the vehicle-tax screens write them.
 *
 * @internal
 * @module
 */

let rupiahFormat: Intl.NumberFormat | undefined;

/**
 * Writes whole rupiah the Indonesian way, `Rp 2.345.600`, in every UI language.
 *
 * @param amount - Whole rupiah.
 * @internal
 */
export function formatRupiah(amount: number): string {
  rupiahFormat ??= new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  return rupiahFormat.format(amount);
}

/** The abbreviations of Indonesia's time zones. */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * The brand's time zone (`locales.timeZone` of a full brand), or WIB.
 *
 * @param brand - `ctx.brand`.
 * @internal
 */
export function timeZoneOf(brand: unknown): string {
  const zone = (brand as { locales?: { timeZone?: unknown } } | undefined)?.locales?.timeZone;
  return typeof zone === 'string' && zone in ZONE_NAMES ? zone : 'Asia/Jakarta';
}

/**
 * Writes a calendar date (`2026-12-05`) as `5 Desember 2026` or `5 December 2026`.
 *
 * @param date - `YYYY-MM-DD`.
 * @param locale - `id` or `en`.
 * @internal
 */
export function formatDate(date: string, locale: string): string {
  // Noon UTC keeps the calendar day in every time zone.
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * Writes an instant in the brand's zone, with the zone's name: `23 November 2026 pukul 14.05 WIB`.
 *
 * @param timestamp - An RFC 3339 timestamp.
 * @param locale - `id` or `en`.
 * @param timeZone - An Indonesian IANA zone.
 * @internal
 */
export function formatDateTime(timestamp: string, locale: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(timestamp));
  return `${text} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

/**
 * Writes a duration as a clock, `1:59:08` or `4:05`.
 *
 * @param milliseconds - The time left; below 0 counts as 0.
 * @internal
 */
export function formatCountdown(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}
