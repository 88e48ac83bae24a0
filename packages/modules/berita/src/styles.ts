/**
 * The module's styles, written only with the brand's CSS custom properties (with fallbacks), and
 * added once to each document or shadow root a view renders into.
 *
 * @internal
 * @module
 */

const STYLE_ID = 'gb-berita-style';

const CSS = `
.gb-berita{font:var(--gerbang-text-body,400 16px/1.5 system-ui,sans-serif);font-family:var(--gerbang-font-family-base,system-ui,sans-serif);color:var(--gerbang-color-on-surface,#1b1b1f);background:var(--gerbang-color-surface,#fff);padding:var(--gerbang-spacing-md,16px);max-width:40rem;margin:0 auto;box-sizing:border-box}
.gb-berita *,.gb-berita *::before,.gb-berita *::after{box-sizing:inherit}
.gb-berita h2{font:var(--gerbang-text-headline,700 24px/1.3 system-ui,sans-serif);margin:0 0 var(--gerbang-spacing-sm,8px)}
.gb-berita h3{font:var(--gerbang-text-title,600 18px/1.4 system-ui,sans-serif);margin:0 0 var(--gerbang-spacing-xs,4px)}
.gb-berita a{color:var(--gerbang-color-primary,#0b57d0)}
.gb-berita :focus-visible{outline:3px solid var(--gerbang-color-primary,#0b57d0);outline-offset:2px}
.gb-berita-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:var(--gerbang-spacing-md,16px)}
.gb-berita-card{display:flex;flex-direction:column;gap:var(--gerbang-spacing-xs,4px);padding-bottom:var(--gerbang-spacing-md,16px);border-bottom:1px solid var(--gerbang-color-outline,#74777f)}
.gb-berita-card h3 a{text-decoration:none;color:inherit}
.gb-berita-card h3 a:hover,.gb-berita-card h3 a:focus-visible{text-decoration:underline}
.gb-berita-cover{display:block;width:100%;height:auto;aspect-ratio:16/9;object-fit:cover;border-radius:var(--gerbang-radius-md,8px);background:var(--gerbang-color-surface-variant,#f1f0f4)}
.gb-berita-meta{font:var(--gerbang-text-caption,400 13px/1.4 system-ui,sans-serif);color:var(--gerbang-color-on-surface-variant,#44474e);margin:0}
.gb-berita-badge{display:inline-block;padding:0 var(--gerbang-spacing-xs,4px);margin-right:var(--gerbang-spacing-xs,4px);border-radius:var(--gerbang-radius-sm,4px);background:var(--gerbang-color-primary-container,#d8e2ff);color:var(--gerbang-color-on-primary-container,#001a41);font-weight:600}
.gb-berita-summary{margin:0}
.gb-berita-button{font:var(--gerbang-text-label,500 16px/1.4 system-ui,sans-serif);min-height:48px;width:100%;margin-top:var(--gerbang-spacing-md,16px);padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-lg,24px);border:0;border-radius:var(--gerbang-radius-full,999px);background:var(--gerbang-color-primary,#0b57d0);color:var(--gerbang-color-on-primary,#fff);cursor:pointer}
.gb-berita-button[aria-disabled=true]{opacity:.7;cursor:progress}
.gb-berita-alert{padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-md,16px);border-left:4px solid var(--gerbang-color-error,#ba1a1a);background:var(--gerbang-color-surface-variant,#f1f0f4);margin:var(--gerbang-spacing-sm,8px) 0}
.gb-berita-body{overflow-wrap:anywhere;margin:var(--gerbang-spacing-md,16px) 0}
.gb-berita-body p,.gb-berita-body ul,.gb-berita-body ol,.gb-berita-body blockquote,.gb-berita-body pre{margin:0 0 var(--gerbang-spacing-md,16px)}
.gb-berita-body h3,.gb-berita-body h4,.gb-berita-body h5,.gb-berita-body h6{font:var(--gerbang-text-title,600 18px/1.4 system-ui,sans-serif);margin:var(--gerbang-spacing-lg,24px) 0 var(--gerbang-spacing-sm,8px)}
.gb-berita-body blockquote{padding-left:var(--gerbang-spacing-md,16px);border-left:4px solid var(--gerbang-color-outline,#74777f)}
.gb-berita-body pre{overflow-x:auto;padding:var(--gerbang-spacing-sm,8px);background:var(--gerbang-color-surface-variant,#f1f0f4);border-radius:var(--gerbang-radius-sm,4px)}
.gb-berita-body code{font-family:ui-monospace,monospace;font-size:.9em}
.gb-berita-body img{max-width:100%;height:auto}
.gb-berita-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
`;

/**
 * Adds the module's style sheet to the document or shadow root of `element`, once.
 *
 * @param element - The element a view renders into.
 * @internal
 */
export function injectStyles(element: Element): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ownerDocument = element.ownerDocument;
  const container: ParentNode = root.nodeType === 11 ? root : ownerDocument.head;
  if (container.querySelector(`style#${STYLE_ID}`) !== null) return;
  const style = ownerDocument.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  container.appendChild(style);
}
