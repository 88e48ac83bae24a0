/**
 * Time helpers of the store: RFC 3339 timestamps in Western Indonesian Time (WIB, UTC+7), as the
 * Lampung back end writes them, and calendar dates in WIB.
 *
 * @internal
 * @module
 */

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An instant as an RFC 3339 timestamp in WIB, to the second: `2026-11-23T19:52:51+07:00`. */
export function toWib(instant: number): string {
  return `${new Date(Math.floor(instant / 1000) * 1000 + WIB_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The WIB calendar date of an instant: `2026-11-23`. */
export function wibDate(instant: number): string {
  return new Date(instant + WIB_OFFSET_MS).toISOString().slice(0, 10);
}
