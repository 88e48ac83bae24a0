/**
 * Indonesian vehicle plates (Perpol 7/2021): an area code of 1–2 letters, a number from 1 to 9999
 * without leading zeros, and a suffix of 0–3 letters, written `BE 1234 AB`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { textOf, type CodecResult } from '../identity/result.ts';
import { PROVINCES } from '../regions/data.ts';
import { quoteValue, rule } from '../validation.ts';
import { PLATE_AREAS, PLATE_REGENCY_NAMES } from './areas.ts';

/** A region an area code covers: a province, or a regency where the area covers only part of one. */
export interface PlateRegion {
  /** `province`, or `regency` for a regency outside the area's provinces. */
  readonly level: 'province' | 'regency';
  /** The Kemendagri code, such as `31` or `32.76`. */
  readonly code: string;
  /** The official name, such as `DKI Jakarta` or `Kota Depok`. */
  readonly name: string;
}

/** A parsed plate. */
export interface Plate {
  /** The area code, such as `BE`. */
  readonly area: string;
  /** The number, 1–9999. */
  readonly number: number;
  /** The suffix letters, 0–3 of them; `''` when there are none. */
  readonly suffix: string;
  /** The plate as it is written: `BE 1234 AB`, or `B 1` without a suffix. */
  readonly text: string;
  /** Where the area is, in Indonesian, such as `Lampung` or `Madiun, Ngawi, Magetan, Ponorogo, Pacitan`. */
  readonly areaDescription: string;
  /**
   * The regions the area code covers: one province for most codes, a set for others (`B` is DKI
   * Jakarta and also Depok, Bekasi and Tangerang).
   */
  readonly regions: readonly PlateRegion[];
  /** `true` for an older area code that is no longer issued. */
  readonly legacy: boolean;
}

/** Why a text is not a plate. */
export type PlateFailureReason =
  /** Nothing but blanks. */
  | 'empty'
  /** Not letters, digits, letters: characters other than letters, digits, blanks and `-`, or parts missing or out of order. */
  | 'format'
  /** The area letters are not an area code. */
  | 'unknown-area'
  /** The number has a leading zero, is 0, or has more than 4 digits. */
  | 'bad-number'
  /** More than 3 suffix letters. */
  | 'bad-suffix';

/** The failure of {@link parsePlate}. */
export interface PlateError {
  /** Why the text is not a plate. */
  readonly reason: PlateFailureReason;
  /** The part at fault, when one is. */
  readonly segment?: 'area' | 'number' | 'suffix';
  /** The text as given. */
  readonly input: string;
  /** A sentence for people. */
  readonly message: string;
}

const PLATE_SHAPE = /^([A-Z]+)(\d+)([A-Z]*)$/;

/**
 * Reads a plate number as people type it: any case, with or without blanks or dashes between the
 * parts (`BE 1234 AB`, `b1234xyz`, `B-1`). Never throws.
 *
 * @param text - The plate, such as `be 1234 ab`.
 * @returns The parts, the plate written `BE 1234 AB`, and the regions of its area code; or why it
 *   is not a plate.
 * @example
 * ```ts
 * const plate = parsePlate('be1234ab');
 * if (plate.ok) {
 *   plate.value.text; // 'BE 1234 AB'
 *   plate.value.regions; // [{ level: 'province', code: '18', name: 'Lampung' }]
 * }
 * parsePlate('BE 01234').error?.reason; // 'bad-number'
 * ```
 */
export function parsePlate(text: string): CodecResult<Plate, PlateError> {
  const input = textOf(text);
  const fail = (reason: PlateFailureReason, why: string, segment?: PlateError['segment']) =>
    ({
      ok: false,
      error: {
        reason,
        ...(segment === undefined ? {} : { segment }),
        input,
        message: `${quoteValue(input)} is not a vehicle plate: ${why} (expected a plate such as "BE 1234 AB")`,
      },
    }) as const;

  const compact = input.trim().toUpperCase();
  if (compact === '') return fail('empty', 'it is empty');
  const joined = compact.replace(/[\s-]+/g, '');
  const match = PLATE_SHAPE.exec(joined);
  // The blanks and dashes may only separate the parts, never split one.
  if (match === null || !/^[A-Z]+[\s-]*\d+(?:[\s-]*[A-Z]+)?$/.test(compact)) {
    return fail('format', 'it is not area letters, a number and optional suffix letters');
  }
  const [, area = '', digits = '', suffix = ''] = match;
  const entry = Object.hasOwn(PLATE_AREAS, area) ? PLATE_AREAS[area] : undefined;
  if (entry === undefined) return fail('unknown-area', `"${clip(area)}" is not an area code`, 'area');
  if (digits.length > 4 || digits.startsWith('0')) {
    return fail('bad-number', `the number "${clip(digits)}" must be 1 to 9999 without leading zeros`, 'number');
  }
  if (suffix.length > 3) return fail('bad-suffix', `the suffix "${clip(suffix)}" has more than 3 letters`, 'suffix');

  const regions: PlateRegion[] = entry.provinces.map((code) => ({
    level: 'province',
    code,
    name: PROVINCES.find((province) => province.code === code)?.name ?? code,
  }));
  for (const code of entry.regencies ?? []) regions.push({ level: 'regency', code, name: PLATE_REGENCY_NAMES[code] ?? code });
  return {
    ok: true,
    value: {
      area,
      number: Number(digits),
      suffix,
      text: suffix === '' ? `${area} ${digits}` : `${area} ${digits} ${suffix}`,
      areaDescription: entry.description,
      regions,
      legacy: entry.legacy === true,
    },
  };
}

/**
 * A vehicle plate in its written form, `BE 1234 AB`: upper case, one blank between the parts, a
 * known area code. The message of a plate written otherwise (`be1234ab`) names its written form,
 * so clients normalize with {@link parsePlate} before sending.
 *
 * @example
 * ```ts
 * validate(z.object({ plate: plateSchema }), { plate: 'BE 1234 AB' }).success; // true
 * ```
 */
export const plateSchema: z.ZodMiniString = /* @__PURE__ */ createPlateSchema();

/*@__NO_SIDE_EFFECTS__*/
function createPlateSchema(): z.ZodMiniString {
  return z.string().check(
    rule((value: string) => {
      const result = parsePlate(value);
      if (!result.ok) return result.error.message;
      return result.value.text === value ? undefined : `${quoteValue(value)} must be written ${quoteValue(result.value.text)}`;
    }),
  );
}

function clip(text: string): string {
  return text.length > 12 ? `${text.slice(0, 12)}…` : text;
}

