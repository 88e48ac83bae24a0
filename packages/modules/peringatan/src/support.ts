/**
 * Small helpers of the alerts views: time formatting in the brand's time zone, error texts and
 * style injection.
 *
 * @internal
 * @module
 */
import type { HostBrand } from '@gerbang/core';
import type { Messages } from './messages.ts';

/** The Intl locale of the host's locale. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}

/**
 * An instant for people, in the brand's time zone: `23 Nov 2026, 10.15`.
 *
 * @param instant - An RFC 3339 timestamp or milliseconds since the epoch.
 * @param locale - The host's locale.
 * @param timeZone - An IANA time zone.
 */
export function formatInstant(instant: string | number, locale: string, timeZone: string): string {
  const time = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(time)) return String(instant);
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(time);
}

/** A time of day for people, in the brand's time zone: `10.15`. */
export function formatTime(instant: number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone }).format(instant);
}

/**
 * The brand's time zone. `HostBrand` does not carry it; a full brand from `@gerbang/brand` has it
 * as `locales.timeZone`.
 */
export function brandTimeZone(brand: HostBrand | undefined): string {
  const zone = (brand as { readonly locales?: { readonly timeZone?: unknown } } | undefined)?.locales?.timeZone;
  return typeof zone === 'string' && zone !== '' ? zone : 'Asia/Jakarta';
}

/**
 * The region to ask for: the brand's only region when it serves one, else its province (the
 * server includes the regions inside it). `undefined` without a brand: the server's whole area.
 */
export function brandRegion(brand: HostBrand | undefined): string | undefined {
  if (brand === undefined) return undefined;
  return brand.regions.length === 1 ? brand.regions[0] : brand.provinceCode;
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

/**
 * Adds a `<style>` to the element's root (the document's head, or a shadow root) once.
 *
 * @param element - The element a view is mounted in.
 * @param id - The style's id, such as `gb-peringatan`.
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
