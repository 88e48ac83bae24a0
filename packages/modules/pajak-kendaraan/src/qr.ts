/**
 * QR codes as images: a payload (such as a QRIS string) drawn with `qrcode-generator` as an SVG
 * data URL, black modules on white with the 4-module quiet zone scanners need. No UI library, so
 * that it can be bundled and checked on its own.
 *
 * @internal
 * @module
 */
import qrcode from 'qrcode-generator';

/** The quiet zone around the code, in modules, as ISO/IEC 18004 asks. */
const QUIET_ZONE = 4;

/** A QR code drawn as an image. @internal */
export interface QrImage {
  /** A `data:image/svg+xml` URL of the code. */
  readonly src: string;
  /** The number of modules per side, quiet zone included. */
  readonly modules: number;
}

/**
 * Draws a text as a QR code (byte mode, error correction M, the smallest version that fits).
 *
 * @param text - The payload, ASCII (QRIS payloads are).
 * @throws `Error` from `qrcode-generator` when the text is too long for any QR version.
 * @internal
 */
export function createQrImage(text: string): QrImage {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const size = count + 2 * QUIET_ZONE;
  let path = '';
  for (let row = 0; row < count; row += 1) {
    let column = 0;
    while (column < count) {
      if (!code.isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < count && code.isDark(row, column)) column += 1;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`;
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
  return { src: `data:image/svg+xml,${encodeURIComponent(svg)}`, modules: size };
}
