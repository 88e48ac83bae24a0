/**
 * The QRIS of a payment as an `<img>`: the payload drawn by {@link createQrImage}, with alt text
 * that gives the amount and the payload on `data-payload` for tests and support staff.
 *
 * @internal
 * @module
 */
import { useMemo } from 'preact/hooks';
import { createQrImage } from './qr.ts';

/** The props of {@link QrisImage}. @internal */
export interface QrisImageProps {
  /** The QRIS payload. */
  readonly payload: string;
  /** The alt text, such as `Kode QRIS untuk membayar Rp 2.345.600`. */
  readonly alt: string;
  /** The CSS size of each side, in pixels. */
  readonly size?: number;
}

/**
 * Renders a QRIS payload as a QR image.
 *
 * @internal
 */
export function QrisImage({ payload, alt, size = 240 }: QrisImageProps) {
  const image = useMemo(() => createQrImage(payload), [payload]);
  return <img class="gb-pajak-kendaraan-qris" data-testid="pkb-qris" data-payload={payload} src={image.src} alt={alt} width={size} height={size} />;
}
