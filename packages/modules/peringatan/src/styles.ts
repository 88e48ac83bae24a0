/**
 * The styles of the alerts views, injected once per view root. Every colour, font, space and
 * radius comes from the brand's CSS custom properties, with fallbacks. Severity and Siaga levels
 * are always written out in words; colour only repeats them.
 *
 * @internal
 * @module
 */

/** The style sheet, prefixed `gb-peringatan-`. */
export const STYLES = `
.gb-peringatan{font:var(--gerbang-text-body,400 16px/1.5 var(--gerbang-font-family-base,system-ui,sans-serif));color:var(--gerbang-color-on-surface,#1c1b1f);padding:var(--gerbang-spacing-md,16px);max-width:40rem;margin:0 auto}
.gb-peringatan h2{font:var(--gerbang-text-headline,700 24px/1.3 var(--gerbang-font-family-heading,system-ui,sans-serif));margin:0 0 var(--gerbang-spacing-sm,8px)}
.gb-peringatan h3{font:var(--gerbang-text-title,700 18px/1.4 var(--gerbang-font-family-heading,system-ui,sans-serif));margin:var(--gerbang-spacing-lg,24px) 0 var(--gerbang-spacing-sm,8px)}
.gb-peringatan h4{font:inherit;font-weight:700;margin:var(--gerbang-spacing-xs,4px) 0}
.gb-peringatan p{margin:var(--gerbang-spacing-xs,4px) 0}
.gb-peringatan a{color:var(--gerbang-color-primary,#0a5c36)}
.gb-peringatan :focus-visible{outline:3px solid var(--gerbang-color-primary,#0a5c36);outline-offset:2px}
.gb-peringatan button{font:inherit;min-height:48px;padding:0 var(--gerbang-spacing-md,16px);border-radius:var(--gerbang-radius-sm,6px);border:0;background:var(--gerbang-color-primary,#0a5c36);color:var(--gerbang-color-on-primary,#fff);cursor:pointer}
.gb-peringatan-toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:var(--gerbang-spacing-sm,8px)}
.gb-peringatan-meta{font:var(--gerbang-text-label,400 14px/1.4 var(--gerbang-font-family-base,system-ui,sans-serif));font-weight:400;color:var(--gerbang-color-on-surface-variant,#49454f)}
.gb-peringatan-list{list-style:none;margin:0;padding:0;display:grid;gap:var(--gerbang-spacing-sm,8px)}
.gb-peringatan-card{padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-md,16px);border-radius:var(--gerbang-radius-md,12px);background:var(--gerbang-color-surface-variant,#f3edf7);color:var(--gerbang-color-on-surface-variant,#1c1b1f);border-left:6px solid var(--gerbang-color-outline,#79747e)}
.gb-peringatan-card .gb-peringatan-meta{color:inherit}
.gb-peringatan-badge{display:inline-block;padding:2px var(--gerbang-spacing-sm,8px);border-radius:var(--gerbang-radius-full,999px);font:var(--gerbang-text-label,600 14px/1.4 var(--gerbang-font-family-base,system-ui,sans-serif));background:var(--gerbang-color-surface,#fff);color:var(--gerbang-color-on-surface,#1c1b1f);border:1px solid var(--gerbang-color-outline,#79747e)}
.gb-peringatan-severity-extreme,.gb-peringatan-severity-severe,.gb-peringatan-level-1 .gb-peringatan-level,.gb-peringatan-level-2 .gb-peringatan-level{background:var(--gerbang-color-error,#b3261e);color:var(--gerbang-color-on-error,#fff);border-color:transparent}
.gb-peringatan-severity-moderate,.gb-peringatan-level-3 .gb-peringatan-level,.gb-peringatan-stale{background:var(--gerbang-color-warning,#f2b705);color:var(--gerbang-color-on-warning,#2a1f00);border-color:transparent}
.gb-peringatan-card:has(.gb-peringatan-severity-extreme),.gb-peringatan-card:has(.gb-peringatan-severity-severe),.gb-peringatan-level-1,.gb-peringatan-level-2{border-left-color:var(--gerbang-color-error,#b3261e)}
.gb-peringatan-card:has(.gb-peringatan-severity-moderate),.gb-peringatan-level-3{border-left-color:var(--gerbang-color-warning,#f2b705)}
.gb-peringatan-stale-note{font-weight:600}
.gb-peringatan-error{padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-md,16px);border-radius:var(--gerbang-radius-md,12px);border:2px solid var(--gerbang-color-error,#b3261e);margin:var(--gerbang-spacing-sm,8px) 0}
.gb-peringatan-instruction{padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-md,16px);border-radius:var(--gerbang-radius-md,12px);background:var(--gerbang-color-primary-container,#d7f5e1);color:var(--gerbang-color-on-primary-container,#00210f)}
.gb-peringatan-instruction h3{margin-top:0}
.gb-peringatan-facts{display:grid;grid-template-columns:repeat(2,1fr);gap:var(--gerbang-spacing-sm,8px);margin:var(--gerbang-spacing-sm,8px) 0}
.gb-peringatan-facts dt{font:var(--gerbang-text-caption,400 12px/1.4 var(--gerbang-font-family-base,system-ui,sans-serif))}
.gb-peringatan-facts dd{margin:0;font-weight:600}
`;
