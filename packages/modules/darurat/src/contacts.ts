/**
 * The numbers the module shows: the API's, then the brand's own and the national numbers that the
 * API did not list, so that the list works offline from the brand alone.
 *
 * @internal
 * @module
 */
import { NATIONAL_EMERGENCY_CONTACTS, type LocalizedText } from '@gerbang/contracts';
import type { HostBrand } from '@gerbang/core';
import { messagesFor } from './messages.ts';

/** A number shown as a `tel:` link. `EmergencyContact` from `@gerbang/contracts` is one. */
export interface DialContact {
  /** A stable id, used in `data-testid="darurat-number-<id>"`. */
  readonly id: string;
  /** The number as written, such as `0721 000 112`. */
  readonly number: string;
  /** The service's name. */
  readonly name: LocalizedText;
  /** Whether it answers around the clock, when known. */
  readonly available24h?: boolean | undefined;
  /** Whether calling is free, when known. */
  readonly tollFree?: boolean | undefined;
  /** A short note, such as opening hours. */
  readonly note?: LocalizedText | undefined;
}

const DIALABLE = /^\+?\d[\d -]{1,23}$/;

/**
 * The number for a `tel:` URI: its digits, with the leading `+` kept (`+62 721-000 0000` →
 * `+627210000000`).
 *
 * @param number - The number as written.
 */
export function dialString(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/** Both locales' text of one message, as localized text. */
function both(pick: (messages: ReturnType<typeof messagesFor>) => string): LocalizedText {
  return { id: pick(messagesFor('id')), en: pick(messagesFor('en')) };
}

/** What a full brand (from `@gerbang/brand`) says under `contact`; `HostBrand` does not type it. */
interface BrandContact {
  readonly emergency?: unknown;
  readonly callCenter?: { readonly number?: unknown; readonly label?: unknown; readonly example?: unknown };
}

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as { readonly id?: unknown; readonly en?: unknown } | null | undefined;
  return typeof text?.id === 'string' && (text.en === undefined || typeof text.en === 'string');
}

/**
 * The numbers the app has without any network: the brand's emergency number (112 by default),
 * its call centre, and the national numbers of `NATIONAL_EMERGENCY_CONTACTS`.
 *
 * @param brand - `ctx.brand`; its `contact` is read when it is a full brand.
 */
export function offlineContacts(brand: HostBrand | undefined): DialContact[] {
  const contact = (brand as { readonly contact?: BrandContact } | undefined)?.contact;
  const list: DialContact[] = [];
  const emergency = typeof contact?.emergency === 'string' && DIALABLE.test(contact.emergency) ? contact.emergency : '112';
  if (!NATIONAL_EMERGENCY_CONTACTS.some((national) => dialString(national.number) === dialString(emergency))) {
    list.push({ id: 'brand-emergency', number: emergency, name: both((messages) => messages.emergency), available24h: true });
  }
  const callCentre = contact?.callCenter;
  if (typeof callCentre?.number === 'string' && DIALABLE.test(callCentre.number)) {
    list.push({
      id: 'brand-call-centre',
      number: callCentre.number,
      name: isLocalizedText(callCentre.label) ? callCentre.label : both((messages) => messages.callCentre),
      ...(callCentre.example === true ? { note: both((messages) => messages.example) } : {}),
    });
  }
  // 112 first, then the brand's numbers, then the other national numbers.
  const [general, ...others] = NATIONAL_EMERGENCY_CONTACTS;
  return merge(general === undefined ? list : [general, ...list], others);
}

/**
 * `first`, then every contact of `then` whose number and id `first` does not have.
 *
 * @param first - The contacts that lead, such as the API's.
 * @param then - The contacts added after them, such as the offline ones.
 */
export function merge(first: readonly DialContact[], then: readonly DialContact[]): DialContact[] {
  const numbers = new Set(first.map((contact) => dialString(contact.number)));
  const ids = new Set(first.map((contact) => contact.id));
  const merged = [...first];
  for (const contact of then) {
    const number = dialString(contact.number);
    if (numbers.has(number) || ids.has(contact.id)) continue;
    numbers.add(number);
    ids.add(contact.id);
    merged.push(contact);
  }
  return merged;
}

/**
 * The region to ask for: the brand's only region when it serves one, else its province.
 * `undefined` without a brand: the server's default.
 */
export function brandRegion(brand: HostBrand | undefined): string | undefined {
  if (brand === undefined) return undefined;
  return brand.regions.length === 1 ? brand.regions[0] : brand.provinceCode;
}
