/**
 * The brand's CSS variables, injected once per document. The shell's own rules are a style sheet,
 * `@gerbang/web/style.css`, which the app imports once (a bundler links it as a file).
 *
 * @module
 */
import type { Brand } from '@gerbang/brand';
import { toCssVariables } from '@gerbang/brand';

/**
 * Adds a style element to the document's head, once per `key`.
 *
 * @param key - What the element holds, kept in its `data-gerbang-style` attribute.
 * @param css - The rules.
 * @returns A function that removes the element again, when this call added it.
 */
export function injectStyle(key: string, css: string): () => void {
  const existing = document.head.querySelector(`style[data-gerbang-style="${key}"]`);
  if (existing !== null) return () => undefined;
  const style = document.createElement('style');
  style.dataset['gerbangStyle'] = key;
  style.textContent = css;
  document.head.append(style);
  return () => {
    style.remove();
  };
}

/**
 * The brand's CSS variables for both colour schemes: light on `:root`, dark when the device
 * prefers it.
 *
 * @param brand - The brand.
 */
export function brandCss(brand: Brand): string {
  const light = toCssVariables(brand).css;
  const dark = toCssVariables(brand, { scheme: 'dark' }).css;
  return `${light}@media (prefers-color-scheme:dark){${dark}}`;
}
