/**
 * The NIK (Nomor Induk Kependudukan), the 16-digit population number of every Indonesian
 * resident: `PP KK DD ddmmyy SSSS`, the Kemendagri district of issue, the date of birth (day + 40
 * for women), and a serial. There is no check digit.
 *
 * A NIK is personal data under UU 27/2022 (PDP): nothing here writes one into a message, and
 * {@link maskNik} is the way to show one in logs.
 *
 * @module
 */
import * as z from 'zod/mini';
import { parseRegionCode, type RegionCode } from '../regions/code.ts';
import { PROVINCES, REGENCIES, type Province, type Regency } from '../regions/data.ts';
import { rule } from '../validation.ts';
import { textOf, type CodecResult } from './result.ts';

/** The sex a NIK records: women's birth day is written plus 40. */
export type NikSex = 'female' | 'male';

/** A parsed NIK. */
export interface Nik {
  /** The 16 digits, without separators. */
  readonly text: string;
  /** The Kemendagri district of issue, such as `18.71.01` (a district-level region code). */
  readonly region: RegionCode<'kemendagri'>;
  /** The province of issue. */
  readonly province: Province;
  /** The regency or city of issue, when the regency table lists it (Lampung and DKI Jakarta). */
  readonly regency?: Regency;
  /** The date of birth, `YYYY-MM-DD`, its century resolved as {@link ParseNikOptions.now} says. */
  readonly birthDate: string;
  /** `female` when the birth day is written plus 40. */
  readonly sex: NikSex;
  /** The serial, `0001` to `9999`. */
  readonly serial: string;
}

/** The part of a NIK at fault. */
export type NikSegment = 'province' | 'regency' | 'district' | 'birthDate' | 'serial';

/** Why a text is not a NIK. */
export type NikFailureReason =
  /** Nothing but blanks and separators. */
  | 'empty'
  /** Characters other than digits, blanks, dots and dashes. */
  | 'non-digit'
  /** Not 16 digits. */
  | 'length'
  /** The first 2 digits name no province. */
  | 'unknown-province'
  /** Digits 3–4 are `00` or `70`. */
  | 'bad-regency'
  /** Digits 5–6 are `00`. */
  | 'bad-district'
  /** Digits 7–12 are not a date: day 0, 32–40 or above 71, month 0 or above 12, or a day the month lacks. */
  | 'bad-date'
  /** The serial is `0000`. */
  | 'bad-serial';

/**
 * The failure of {@link parseNik}. It never holds the NIK: the message names the segment and what
 * is wrong with it, not the digits.
 */
export interface NikError {
  /** Why the text is not a NIK. */
  readonly reason: NikFailureReason;
  /** The part at fault, when one is. */
  readonly segment?: NikSegment;
  /** A sentence for people, without the NIK itself. */
  readonly message: string;
}

/** Options of {@link parseNik}. */
export interface ParseNikOptions {
  /**
   * The moment the NIK is read at, which resolves the century of the 2-digit birth year: the year
   * is the latest one ending in those digits whose birth date is not after `now` (in UTC). So with
   * `now` in 2026, `25` is 2025 and `27` is 1927: a holder aged 100 or more reads as 100 years
   * younger.
   * @default new Date()
   */
  now?: Date | number;
}

/** Separators people put in a NIK: blanks, dots and dashes. */
const NIK_SEPARATORS = /[\s.-]+/g;

/**
 * Reads a NIK. Blanks, dots and dashes between digits are ignored (`1871 0101 0190 0001`). Never
 * throws, and the error never repeats the NIK.
 *
 * @param text - The NIK as typed.
 * @param options - `now`, which resolves the century of the birth year.
 * @example
 * ```ts
 * // A synthetic NIK: Bandar Lampung, district 01, born 1 May 1990, female, serial 1.
 * const nik = parseNik('1871 0141 0590 0001', { now: new Date('2026-01-01') });
 * if (nik.ok) {
 *   nik.value.birthDate; // '1990-05-01'
 *   nik.value.sex; // 'female'
 *   nik.value.regency?.name; // 'Kota Bandar Lampung'
 * }
 * parseNik('1871013102900001').error?.reason; // 'bad-date' (31 February)
 * ```
 */
export function parseNik(text: string, options: ParseNikOptions = {}): CodecResult<Nik, NikError> {
  const fail = (reason: NikFailureReason, message: string, segment?: NikSegment) =>
    ({ ok: false, error: { reason, ...(segment === undefined ? {} : { segment }), message: `Not a NIK: ${message}` } }) as const;
  const digits = textOf(text).replace(NIK_SEPARATORS, '');
  if (digits === '') return fail('empty', 'it is empty');
  if (!/^\d+$/.test(digits)) return fail('non-digit', 'a NIK has only digits (blanks, dots and dashes between them are ignored)');
  if (digits.length !== 16) return fail('length', `a NIK has 16 digits, this has ${digits.length}`);

  const region = parseRegionCode(digits.slice(0, 6));
  if (!region.ok) {
    const { reason, segment } = region.error;
    const at = segment === 'province' ? 'digits 1–2' : segment === 'regency' ? 'digits 3–4' : 'digits 5–6';
    if (reason === 'unknown-province') return fail('unknown-province', `${at} name no province`, 'province');
    if (reason === 'bad-regency') return fail('bad-regency', `${at} are not a regency or city code (01–69, 71–99)`, 'regency');
    return fail('bad-district', `${at} are not a district code`, 'district');
  }

  const rawDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  const sex: NikSex = rawDay > 40 ? 'female' : 'male';
  const day = sex === 'female' ? rawDay - 40 : rawDay;
  const dateAt = 'digits 7–12 (the birth date, day plus 40 for women)';
  if (rawDay === 0 || (rawDay > 31 && rawDay < 41) || rawDay > 71) {
    return fail('bad-date', `${dateAt} have day ${rawDay}, which is neither 1–31 nor 41–71`, 'birthDate');
  }
  if (month < 1 || month > 12) return fail('bad-date', `${dateAt} have month ${month}`, 'birthDate');
  const year = resolveBirthYear(yy, month, day, options.now);
  if (day > daysInMonth(year, month)) {
    return fail('bad-date', `${dateAt} have day ${day} of a month that has ${daysInMonth(year, month)} days in ${year}`, 'birthDate');
  }
  const serial = digits.slice(12);
  if (serial === '0000') return fail('bad-serial', 'digits 13–16 (the serial) are 0000', 'serial');

  const province = PROVINCES.find((candidate) => candidate.code === region.value.province)!;
  const regencyCode = `${region.value.province}.${region.value.regency!}`;
  const regency = REGENCIES.find((candidate) => candidate.code === regencyCode);
  return {
    ok: true,
    value: {
      text: digits,
      region: region.value,
      province,
      ...(regency === undefined ? {} : { regency }),
      birthDate: `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`,
      sex,
      serial,
    },
  };
}

/**
 * Masks a NIK for logs and screens: the first 4 and last 4 digits stay, the 8 between become `*`
 * (`1871********0001`). Separators are dropped first. A text of 8 characters or fewer is masked
 * whole. Never throws.
 *
 * @param text - A NIK, valid or not.
 * @example
 * ```ts
 * maskNik('1871 0141 0590 0001'); // '1871********0001'
 * ```
 */
export function maskNik(text: string): string {
  const compact = textOf(text).replace(NIK_SEPARATORS, '');
  if (compact.length <= 8) return '*'.repeat(compact.length);
  return `${compact.slice(0, 4)}${'*'.repeat(compact.length - 8)}${compact.slice(-4)}`;
}

/**
 * A NIK: 16 digits, no separators, that {@link parseNik} accepts. The messages never repeat the
 * NIK.
 *
 * @example
 * ```ts
 * validate(z.object({ nik: nikSchema }), { nik: '1871014105900001' }).success; // true
 * ```
 */
export const nikSchema: z.ZodMiniString = /* @__PURE__ */ createNikSchema();

/*@__NO_SIDE_EFFECTS__*/
function createNikSchema(): z.ZodMiniString {
  return z.string().check(
    rule((value: string) => {
      if (!/^\d{16}$/.test(value)) return 'must be 16 digits without separators';
      const result = parseNik(value);
      return result.ok ? undefined : result.error.message;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// internals

function resolveBirthYear(yy: number, month: number, day: number, now: Date | number | undefined): number {
  const at = now === undefined ? new Date() : new Date(now);
  const valid = !Number.isNaN(at.getTime());
  const nowYear = valid ? at.getUTCFullYear() : new Date().getUTCFullYear();
  const nowKey = valid ? (at.getUTCMonth() + 1) * 100 + at.getUTCDate() : 1231;
  let year = nowYear - (((nowYear % 100) - yy + 100) % 100);
  // Born later in the year than `now`, in `now`'s own year: the previous century.
  if (year === nowYear && month * 100 + day > nowKey) year -= 100;
  return year;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
