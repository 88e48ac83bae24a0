/**
 * CRC-16/CCITT-FALSE, the checksum of EMVCo QR codes and so of QRIS: polynomial 0x1021, initial
 * value 0xFFFF, no reflection, no final XOR, over the UTF-8 bytes of the text.
 *
 * @module
 */

let table: Uint16Array | undefined;

function crcTable(): Uint16Array {
  if (table !== undefined) return table;
  const built = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    built[byte] = crc;
  }
  return (table = built);
}

/**
 * Computes the CRC-16/CCITT-FALSE of a text's UTF-8 bytes, as 4 uppercase hex digits: the value of
 * a QRIS tag 63, computed over everything before it up to and including `6304`. The text is
 * encoded as it is read, without allocating its bytes; a lone surrogate is encoded as U+FFFD, as
 * `TextEncoder` does.
 *
 * @param text - The text to check.
 * @returns 4 uppercase hex digits.
 * @example
 * ```ts
 * crc16CcittFalse('123456789'); // '29B1'
 * crc16CcittFalse(''); // 'FFFF'
 * ```
 */
export function crc16CcittFalse(text: string): string {
  const lookup = crcTable();
  let crc = 0xffff;
  const update = (byte: number): void => {
    crc = ((crc << 8) ^ lookup[((crc >>> 8) ^ byte) & 0xff]!) & 0xffff;
  };
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code < 0x80) {
      update(code);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(index + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        index++;
      } else code = 0xfffd;
    }
    if (code < 0x800) {
      update(0xc0 | (code >> 6));
    } else if (code < 0x10000) {
      update(0xe0 | (code >> 12));
      update(0x80 | ((code >> 6) & 0x3f));
    } else {
      update(0xf0 | (code >> 18));
      update(0x80 | ((code >> 12) & 0x3f));
      update(0x80 | ((code >> 6) & 0x3f));
    }
    update(0x80 | (code & 0x3f));
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
