/**
 * Dates as the news screens write them: in the brand's time zone, with its name.
 *
 * @internal
 * @module
 */

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
 * Writes an instant in a zone, with the zone's name: `23 November 2026 pukul 14.05 WIB`.
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
