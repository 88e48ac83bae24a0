/**
 * Indonesian phone numbers, mobile and fixed line, read as people write them and normalized to
 * E.164 (`+6281234567890`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { rule } from '../validation.ts';
import { textOf, type CodecResult } from './result.ts';

/** A normalized Indonesian phone number. */
export interface PhoneNumber {
  /** The number in E.164: `+62` and the national significant number, such as `+6281234567890`. */
  readonly e164: string;
  /** `mobile` (national number starting with 8) or `landline` (an area code such as 21 or 721). */
  readonly kind: 'mobile' | 'landline';
  /** The national significant number, without the trunk `0`: `81234567890`. */
  readonly nationalNumber: string;
}

/** Why a text is not an Indonesian phone number. */
export type PhoneNumberFailureReason =
  /** Nothing but blanks and separators. */
  | 'empty'
  /** Characters other than digits, blanks, `+`, `-`, `.`, `/` and parentheses, or a `+` not at the start. */
  | 'invalid-characters'
  /** An international number of another country than Indonesia (+62). */
  | 'foreign-country-code'
  /** The national number starts with neither 8 (mobile) nor an area code (2–7), such as a short code. */
  | 'unknown-prefix'
  /** Fewer digits than a mobile (9) or fixed-line (8) national number has. */
  | 'too-short'
  /** More digits than a mobile (12) or fixed-line (11) national number has. */
  | 'too-long';

/** The failure of {@link normalizePhoneNumber}. Its message never repeats the number. */
export interface PhoneNumberError {
  /** Why the text is not a phone number. */
  readonly reason: PhoneNumberFailureReason;
  /** A sentence for people, without the number itself. */
  readonly message: string;
}

const PHONE_SEPARATORS = /[\s\-./()]+/g;

/**
 * Reads an Indonesian phone number in any usual form and writes it in E.164: `0812-3456-7890`,
 * `+62 812 3456 7890`, `62812…`, `812…`, `+62 (0)812…`, `0062 812…`, and fixed lines with their
 * area code such as `(0721) 123456`. Never throws, and the error never repeats the number.
 *
 * A leading `62` is read as the country code (no Indonesian national number starts with 62 once
 * its trunk `0` is dropped, except a few 062x area codes, which must then keep their `0`).
 *
 * @param text - The number as typed.
 * @example
 * ```ts
 * normalizePhoneNumber('0812-3456-7890').value?.e164; // '+6281234567890'
 * normalizePhoneNumber('(0721) 123456').value; // { e164: '+62721123456', kind: 'landline', nationalNumber: '721123456' }
 * normalizePhoneNumber('+1 202 555 0100').error?.reason; // 'foreign-country-code'
 * ```
 */
export function normalizePhoneNumber(text: string): CodecResult<PhoneNumber, PhoneNumberError> {
  const fail = (reason: PhoneNumberFailureReason, message: string) =>
    ({ ok: false, error: { reason, message: `Not an Indonesian phone number: ${message}` } }) as const;
  let compact = textOf(text).trim().replace(/^\+\s*62\s*\(0\)/, '+62').replace(PHONE_SEPARATORS, '');
  if (compact === '') return fail('empty', 'it is empty');
  if (!/^\+?\d+$/.test(compact)) return fail('invalid-characters', 'it may only have digits, blanks, "+", "-", ".", "/" and parentheses');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;

  let national: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+62')) return fail('foreign-country-code', 'its country code is not +62');
    national = compact.slice(3);
    if (national.startsWith('0')) national = national.slice(1);
  } else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else national = compact;

  const kind = national.startsWith('8') ? 'mobile' : /^[2-7]/.test(national) ? 'landline' : undefined;
  if (kind === undefined) return fail('unknown-prefix', 'the number after the country code or trunk 0 starts with neither 8 (mobile) nor an area code');
  const [min, max] = kind === 'mobile' ? [9, 12] : [8, 11];
  if (national.length < min) return fail('too-short', `a ${kind} number has at least ${min} digits after the trunk 0, this has ${national.length}`);
  if (national.length > max) return fail('too-long', `a ${kind} number has at most ${max} digits after the trunk 0, this has ${national.length}`);
  return { ok: true, value: { e164: `+62${national}`, kind, nationalNumber: national } };
}

/**
 * Masks a phone number for logs: the country code, the first 3 digits of the national number and
 * the last 3 stay (`+62812*****890`). A text that is not a phone number keeps only its last 2
 * digits. Never throws.
 *
 * @param text - A phone number in any form {@link normalizePhoneNumber} reads.
 * @example
 * ```ts
 * maskPhoneNumber('0812-3456-7890'); // '+62812*****890'
 * ```
 */
export function maskPhoneNumber(text: string): string {
  const result = normalizePhoneNumber(text);
  if (result.ok) {
    const national = result.value.nationalNumber;
    return `+62${national.slice(0, 3)}${'*'.repeat(national.length - 6)}${national.slice(-3)}`;
  }
  const digits = textOf(text).replace(/\D/g, '');
  return `${'*'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}

/**
 * An Indonesian phone number in E.164, as {@link normalizePhoneNumber} writes it:
 * `+6281234567890`. The messages never repeat the number.
 *
 * @example
 * ```ts
 * validate(z.object({ phone: phoneNumberSchema }), { phone: '+6281234567890' }).success; // true
 * ```
 */
export const phoneNumberSchema: z.ZodMiniString = /* @__PURE__ */ createPhoneNumberSchema();

/*@__NO_SIDE_EFFECTS__*/
function createPhoneNumberSchema(): z.ZodMiniString {
  return z.string().check(
    rule((value: string) => {
      const result = normalizePhoneNumber(value);
      if (!result.ok) return result.error.message;
      return result.value.e164 === value ? undefined : 'must be written in E.164, such as "+6281234567890"';
    }),
  );
}
