/**
 * Small helpers of the food-price views: rupiah and date formatting, the regencies a brand
 * serves, error texts and style injection.
 *
 * @internal
 * @module
 */
import { getRegencies, getRegency } from '@gerbang/contracts';
import type { HostBrand } from '@gerbang/core';
import type { Messages } from './messages.ts';

const rupiah = /* @__PURE__ */ new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
const plain = /* @__PURE__ */ new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** `13500` → `Rp 13.500` (Intl, `id-ID`). */
export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

/** `13500` → `13.500`, for axis labels. */
export function formatNumber(amount: number): string {
  return plain.format(amount);
}

/** The Intl locale of the host's locale. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}

/**
 * A calendar date (`2025-03-01`) for people: `1 Mar 2025`, or `1 Mar` when `short`.
 *
 * @param date - `YYYY-MM-DD`.
 * @param locale - The host's locale.
 * @param short - Leave out the year.
 */
export function formatCalendarDate(date: string, locale: string, short = false): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(instant)) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', ...(short ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(instant);
}

/**
 * A timestamp for people, in the brand's time zone: `23 Nov 2026, 10.15`.
 *
 * @param timestamp - An RFC 3339 timestamp.
 * @param locale - The host's locale.
 * @param timeZone - An IANA time zone.
 */
export function formatTimestamp(timestamp: string, locale: string, timeZone: string): string {
  const instant = Date.parse(timestamp);
  if (Number.isNaN(instant)) return timestamp;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}

/** The day before a calendar date: `2025-03-01` → `2025-02-28`. */
export function previousDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The brand's time zone. `HostBrand` does not carry it; a full brand from `@gerbang/brand` has it
 * as `locales.timeZone`.
 */
export function brandTimeZone(brand: HostBrand | undefined): string {
  const zone = (brand as { readonly locales?: { readonly timeZone?: unknown } } | undefined)?.locales?.timeZone;
  return typeof zone === 'string' && zone !== '' ? zone : 'Asia/Jakarta';
}

/** A regency or city the citizen can pick. */
export interface RegencyOption {
  /** The Kemendagri code, such as `18.71`. */
  readonly code: string;
  /** The name shown, such as `Kota Bandar Lampung`. */
  readonly name: string;
  /** Whether it is a city (kota), code 71–99. */
  readonly city: boolean;
}

/**
 * The regencies and cities a brand serves: the regency-level codes of `brand.regions`, or else
 * every regency of its province that the region tables list.
 */
export function brandRegencies(brand: HostBrand | undefined): RegencyOption[] {
  if (brand === undefined) return [];
  const codes = brand.regions.filter((code) => /^\d{2}\.\d{2}$/.test(code));
  const listed = codes.length > 0 ? codes : (getRegencies(brand.provinceCode) ?? []).map((regency) => regency.code);
  return listed.map((code) => ({ code, name: getRegency(code)?.name ?? code, city: Number(code.slice(3)) >= 71 }));
}

/**
 * The regency shown first: the province's capital is in practice its first city (Bandar Lampung
 * for Lampung), so the first city of the brand's list, else its first regency.
 */
export function defaultRegency(options: readonly RegencyOption[]): string | undefined {
  return (options.find((option) => option.city) ?? options[0])?.code;
}

/**
 * A sentence for a failed request, told apart by the client's stable error codes.
 *
 * @param error - What `ctx.api.call` threw.
 * @param messages - The locale's messages.
 */
export function describeError(error: unknown, messages: Messages): string {
  const { code, status } = (error ?? {}) as { readonly code?: unknown; readonly status?: unknown };
  if (code === 'offline') return messages.errors.offline;
  if (code === 'timeout') return messages.errors.timeout;
  if (code === 'network-error' || code === 'circuit-open') return messages.errors.network;
  if (code === 'http-error' && typeof status === 'number') return messages.errors.server(status);
  return messages.errors.other;
}

/** Whether a failed request was a 404. */
export function isNotFound(error: unknown): boolean {
  const { code, status } = (error ?? {}) as { readonly code?: unknown; readonly status?: unknown };
  return code === 'http-error' && status === 404;
}

/**
 * Adds a `<style>` to the element's root (the document's head, or a shadow root) once.
 *
 * @param element - The element a view is mounted in.
 * @param id - The style's id, such as `gb-harga`.
 * @param css - The rules.
 */
export function injectStyles(element: Element, id: string, css: string): void {
  const root = element.getRootNode();
  // A shadow root keeps its own styles; anything else (the document, a detached tree) uses the head.
  const parent = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : element.ownerDocument.head;
  if (parent.querySelector(`style[data-gerbang-style="${id}"]`) !== null) return;
  const style = element.ownerDocument.createElement('style');
  style.dataset.gerbangStyle = id;
  style.textContent = css;
  parent.append(style);
}
