/**
 * The module's styles, written only with the brand's CSS custom properties (with fallbacks), and
 * added once to each document or shadow root a view renders into.
 *
 * @internal
 * @module
 */

const STYLE_ID = 'gb-pajak-kendaraan-style';

const CSS = `
.gb-pajak-kendaraan{font:var(--gerbang-text-body,400 16px/1.5 system-ui,sans-serif);font-family:var(--gerbang-font-family-base,system-ui,sans-serif);color:var(--gerbang-color-on-surface,#1b1b1f);background:var(--gerbang-color-surface,#fff);padding:var(--gerbang-spacing-md,16px);max-width:40rem;margin:0 auto;box-sizing:border-box}
.gb-pajak-kendaraan *,.gb-pajak-kendaraan *::before,.gb-pajak-kendaraan *::after{box-sizing:inherit}
.gb-pajak-kendaraan h2{font:var(--gerbang-text-headline,700 24px/1.3 system-ui,sans-serif);margin:0 0 var(--gerbang-spacing-md,16px)}
.gb-pajak-kendaraan h3{font:var(--gerbang-text-title,600 18px/1.4 system-ui,sans-serif);margin:var(--gerbang-spacing-lg,24px) 0 var(--gerbang-spacing-sm,8px)}
.gb-pajak-kendaraan p{margin:0 0 var(--gerbang-spacing-sm,8px)}
.gb-pajak-kendaraan-field{display:flex;flex-direction:column;gap:var(--gerbang-spacing-xs,4px);margin-bottom:var(--gerbang-spacing-md,16px)}
.gb-pajak-kendaraan-field label{font:var(--gerbang-text-label,500 14px/1.4 system-ui,sans-serif)}
.gb-pajak-kendaraan-field input{font:inherit;font-size:1.125rem;letter-spacing:.05em;text-transform:uppercase;min-height:48px;padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-md,16px);border:1px solid var(--gerbang-color-outline,#74777f);border-radius:var(--gerbang-radius-sm,4px);background:var(--gerbang-color-surface,#fff);color:inherit;width:100%}
.gb-pajak-kendaraan-field input[aria-invalid=true]{border:2px solid var(--gerbang-color-error,#ba1a1a)}
.gb-pajak-kendaraan-hint{font:var(--gerbang-text-caption,400 13px/1.4 system-ui,sans-serif);color:var(--gerbang-color-on-surface-variant,#44474e);margin:0}
.gb-pajak-kendaraan-error{font:var(--gerbang-text-label,500 14px/1.4 system-ui,sans-serif);color:var(--gerbang-color-error,#ba1a1a);margin:0}
.gb-pajak-kendaraan-area{font:var(--gerbang-text-label,500 14px/1.4 system-ui,sans-serif);color:var(--gerbang-color-success,#146c2e);margin:0}
.gb-pajak-kendaraan-button{font:var(--gerbang-text-label,500 16px/1.4 system-ui,sans-serif);min-height:48px;width:100%;padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-lg,24px);border:0;border-radius:var(--gerbang-radius-full,999px);background:var(--gerbang-color-primary,#0b57d0);color:var(--gerbang-color-on-primary,#fff);cursor:pointer}
.gb-pajak-kendaraan-button[aria-disabled=true]{opacity:.7;cursor:progress}
.gb-pajak-kendaraan-button--quiet{background:transparent;color:var(--gerbang-color-primary,#0b57d0);border:1px solid var(--gerbang-color-outline,#74777f);margin-top:var(--gerbang-spacing-sm,8px)}
.gb-pajak-kendaraan a{color:var(--gerbang-color-primary,#0b57d0)}
.gb-pajak-kendaraan :focus-visible{outline:3px solid var(--gerbang-color-primary,#0b57d0);outline-offset:2px}
.gb-pajak-kendaraan-alert{padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-md,16px);border-left:4px solid var(--gerbang-color-error,#ba1a1a);background:var(--gerbang-color-surface-variant,#f1f0f4);margin:var(--gerbang-spacing-sm,8px) 0}
.gb-pajak-kendaraan-alert:empty{display:none}
.gb-pajak-kendaraan-ok{border-left-color:var(--gerbang-color-success,#146c2e)}
.gb-pajak-kendaraan-facts{display:grid;grid-template-columns:auto 1fr;gap:var(--gerbang-spacing-xs,4px) var(--gerbang-spacing-md,16px);margin:0 0 var(--gerbang-spacing-md,16px)}
.gb-pajak-kendaraan-facts dt{color:var(--gerbang-color-on-surface-variant,#44474e)}
.gb-pajak-kendaraan-facts dd{margin:0;font-weight:600}
.gb-pajak-kendaraan-table{width:100%;border-collapse:collapse;margin-bottom:var(--gerbang-spacing-md,16px)}
.gb-pajak-kendaraan-table caption{text-align:left;font:var(--gerbang-text-label,500 14px/1.4 system-ui,sans-serif);color:var(--gerbang-color-on-surface-variant,#44474e);padding-bottom:var(--gerbang-spacing-xs,4px)}
.gb-pajak-kendaraan-table th,.gb-pajak-kendaraan-table td{padding:var(--gerbang-spacing-xs,4px) var(--gerbang-spacing-xs,4px);border-bottom:1px solid var(--gerbang-color-outline,#74777f);text-align:left;font-weight:400;vertical-align:top}
.gb-pajak-kendaraan-table thead th{font-weight:600}
.gb-pajak-kendaraan-table .gb-pajak-kendaraan-amount{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.gb-pajak-kendaraan-table tfoot th,.gb-pajak-kendaraan-table tfoot td{font-weight:700;border-bottom:0}
.gb-pajak-kendaraan-code{font:700 1.5rem/1.3 ui-monospace,monospace;letter-spacing:.08em;word-break:break-all;margin:0}
.gb-pajak-kendaraan-countdown{font-variant-numeric:tabular-nums;font-weight:700}
.gb-pajak-kendaraan-qris{display:block;width:240px;max-width:100%;height:auto;margin:var(--gerbang-spacing-md,16px) auto;background:#fff;image-rendering:pixelated}
.gb-pajak-kendaraan-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
`;

/**
 * Adds the module's style sheet to the document or shadow root of `element`, once.
 *
 * @param element - The element a view renders into.
 * @internal
 */
export function injectStyles(element: Element): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  const isShadow = root.nodeType === 11;
  const ownerDocument = element.ownerDocument;
  const container: ParentNode = isShadow ? root : ownerDocument.head;
  if (container.querySelector(`style#${STYLE_ID}`) !== null) return;
  const style = ownerDocument.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  container.appendChild(style);
}
