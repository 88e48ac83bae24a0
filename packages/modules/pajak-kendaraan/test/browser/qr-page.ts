/**
 * The script of the page that `qris.test.ts` opens in Chromium: it renders the module's QRIS
 * image component, alone, for a payload the test passes in.
 */
import { h, render } from 'preact';
import { QrisImage } from '../../src/qris-image.tsx';

declare global {
  interface Window {
    /** Renders the QRIS image of a payload and resolves once the image has loaded. */
    renderQris(payload: string, alt: string): Promise<void>;
  }
}

window.renderQris = (payload, alt) => {
  const root = document.getElementById('root')!;
  render(h(QrisImage, { payload, alt }), root);
  const image = root.querySelector('img')!;
  return image.complete && image.naturalWidth > 0
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        image.addEventListener('load', () => {
          resolve();
        });
        image.addEventListener('error', () => {
          reject(new Error('the QR image did not load'));
        });
      });
};
