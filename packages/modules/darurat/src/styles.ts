/**
 * The styles of the emergency-numbers view, injected once per view root. Every colour, font,
 * space and radius comes from the brand's CSS custom properties, with fallbacks. Each number is a
 * touch target at least 64 pixels high and as wide as the screen.
 *
 * @internal
 * @module
 */

/** The style sheet, prefixed `gb-darurat-`. */
export const STYLES = `
.gb-darurat{font:var(--gerbang-text-body,400 16px/1.5 var(--gerbang-font-family-base,system-ui,sans-serif));color:var(--gerbang-color-on-surface,#1c1b1f);padding:var(--gerbang-spacing-md,16px);max-width:40rem;margin:0 auto}
.gb-darurat h2{font:var(--gerbang-text-headline,700 24px/1.3 var(--gerbang-font-family-heading,system-ui,sans-serif));margin:0 0 var(--gerbang-spacing-xs,4px)}
.gb-darurat p{margin:var(--gerbang-spacing-xs,4px) 0}
.gb-darurat-status{font:var(--gerbang-text-label,400 14px/1.4 var(--gerbang-font-family-base,system-ui,sans-serif));color:var(--gerbang-color-on-surface-variant,#49454f);min-height:1.4em}
.gb-darurat button{font:inherit;min-height:48px;padding:0 var(--gerbang-spacing-md,16px);border-radius:var(--gerbang-radius-sm,6px);border:1px solid var(--gerbang-color-outline,#79747e);background:var(--gerbang-color-surface,#fff);color:var(--gerbang-color-primary,#0a5c36);cursor:pointer;margin-bottom:var(--gerbang-spacing-sm,8px)}
.gb-darurat-list{list-style:none;margin:var(--gerbang-spacing-md,16px) 0 0;padding:0;display:grid;gap:var(--gerbang-spacing-sm,8px)}
.gb-darurat-number{display:grid;grid-template-columns:1fr auto;align-items:center;gap:0 var(--gerbang-spacing-md,16px);min-height:64px;box-sizing:border-box;padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-md,16px);border-radius:var(--gerbang-radius-md,12px);background:var(--gerbang-color-surface-variant,#f3edf7);color:var(--gerbang-color-on-surface-variant,#1c1b1f);text-decoration:none;touch-action:manipulation}
.gb-darurat-number:focus-visible{outline:3px solid var(--gerbang-color-primary,#0a5c36);outline-offset:2px}
.gb-darurat-name{font-weight:700}
.gb-darurat-dial{font:var(--gerbang-text-title,700 20px/1.3 var(--gerbang-font-family-heading,system-ui,sans-serif));font-variant-numeric:tabular-nums;grid-row:span 2}
.gb-darurat-detail{margin:4px 4px 0;font:var(--gerbang-text-caption,400 12px/1.4 var(--gerbang-font-family-base,system-ui,sans-serif))}
.gb-darurat-primary{background:var(--gerbang-color-error,#b3261e);color:var(--gerbang-color-on-error,#fff);min-height:80px}
.gb-darurat-primary .gb-darurat-dial{font:var(--gerbang-text-display,800 32px/1.25 var(--gerbang-font-family-heading,system-ui,sans-serif))}
`;
