/**
 * The TLV layer of EMVCo QR codes: a 2-digit tag, a 2-digit length and the value, where the
 * length counts characters (Unicode code points), not bytes or UTF-16 units.
 *
 * @module
 */

/** One data object of a QRIS payload or template, as read: its tag and its value. */
export interface QrisField {
  /** The 2-digit tag, such as `59`. */
  readonly tag: string;
  /** The value, as written. */
  readonly value: string;
}

/** Why a TLV sequence could not be read. */
export interface TlvProblem {
  readonly reason: 'truncated' | 'non-numeric-length' | 'bad-tag';
  /** The tag being read, when its 2 digits were there. */
  readonly tag?: string;
  /** The position, in characters from the start of the sequence. */
  readonly at: number;
}

/** The number of characters (code points) of a text, as TLV lengths count them. */
export function characterCount(text: string): number {
  // Only astral characters take two UTF-16 units, and they are rare: count them apart.
  let surrogates = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogates++;
        index++;
      }
    }
  }
  return text.length - surrogates;
}

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Splits a TLV sequence into its fields, in order, or says where it breaks.
 *
 * @param text - The sequence: a whole payload, or the value of a template.
 */
export function readTlv(text: string): { readonly fields: QrisField[]; readonly problem?: undefined } | { readonly fields?: undefined; readonly problem: TlvProblem } {
  // ASCII text, the usual case, is read by index; other text by code point.
  const chars = ASCII.test(text) ? undefined : Array.from(text);
  const length = chars === undefined ? text.length : chars.length;
  const slice = chars === undefined ? (start: number, end: number) => text.slice(start, end) : (start: number, end: number) => chars.slice(start, end).join('');
  const fields: QrisField[] = [];
  let at = 0;
  while (at < length) {
    if (at + 2 > length) return { problem: { reason: 'truncated', at } };
    const tag = slice(at, at + 2);
    if (!isTwoDigits(tag)) return { problem: { reason: 'bad-tag', at } };
    if (at + 4 > length) return { problem: { reason: 'truncated', tag, at } };
    const lengthText = slice(at + 2, at + 4);
    if (!isTwoDigits(lengthText)) return { problem: { reason: 'non-numeric-length', tag, at: at + 2 } };
    const valueLength = Number(lengthText);
    if (at + 4 + valueLength > length) return { problem: { reason: 'truncated', tag, at: at + 4 } };
    fields.push({ tag, value: slice(at + 4, at + 4 + valueLength) });
    at += 4 + valueLength;
  }
  return { fields };
}

/**
 * Writes one field as TLV, or returns `undefined` when its value has more than 99 characters.
 *
 * @param tag - The 2-digit tag.
 * @param value - The value.
 */
export function writeTlv(tag: string, value: string): string | undefined {
  const count = characterCount(value);
  return count > 99 ? undefined : `${tag}${count < 10 ? '0' : ''}${count}${value}`;
}

function isTwoDigits(text: string): boolean {
  return text.length === 2 && text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57 && text.charCodeAt(1) >= 48 && text.charCodeAt(1) <= 57;
}
