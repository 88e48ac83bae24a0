/**
 * What the module remembers while it is active: the bills looked up, the payment codes issued and
 * the last inquiry typed. Only in memory: a bill names a vehicle and its owner, so nothing of it
 * is written to storage.
 *
 * @internal
 * @module
 */
import { parsePlate, type PkbBill, type PkbPayment } from '@gerbang/contracts';
import type { ModuleContext } from '@gerbang/core';
import type { PkbMessages } from './messages.ts';

/** The module's memory, shared by its views. @internal */
export interface PkbState {
  /** Bills by compact plate (`BE1234ZZ`). */
  readonly bills: Map<string, PkbBill>;
  /** Payments by payment code. */
  readonly payments: Map<string, PkbPayment>;
  /** The last payment code issued for a bill, by bill id. */
  readonly paymentOfBill: Map<string, string>;
  /** What the citizen last typed in the inquiry form. */
  draft: { plate: string; chassis: string };
}

/** What every view gets. @internal */
export interface PkbEnv {
  readonly ctx: ModuleContext;
  readonly state: PkbState;
  readonly t: PkbMessages;
  readonly locale: string;
  readonly timeZone: string;
}

/** Creates an empty state. @internal */
export function createState(): PkbState {
  return { bills: new Map(), payments: new Map(), paymentOfBill: new Map(), draft: { plate: '', chassis: '' } };
}

/**
 * A plate as it goes in a URL: `BE 1234 ZZ` → `BE1234ZZ` (links may not hold blanks).
 *
 * @param text - A plate as typed or written.
 * @internal
 */
export function compactPlate(text: string): string {
  const plate = parsePlate(text);
  return (plate.ok ? plate.value.text : text.toUpperCase()).replace(/[\s-]+/g, '');
}

/**
 * The app path of a screen of this module: `/m/pajak-kendaraan/<path>`.
 *
 * @param moduleId - The module id.
 * @param path - The route path without the leading `/`, or `''` for the inquiry form.
 * @internal
 */
export function modulePath(moduleId: string, path = ''): string {
  return path === '' ? `/m/${moduleId}` : `/m/${moduleId}/${path}`;
}
