/**
 * The styles of the food-price views, injected once per view root. Every colour, font, space and
 * radius comes from the brand's CSS custom properties, with fallbacks.
 *
 * @internal
 * @module
 */

/** The style sheet, prefixed `gb-harga-`. */
export const STYLES = `
.gb-harga{font:var(--gerbang-text-body,400 16px/1.5 var(--gerbang-font-family-base,system-ui,sans-serif));color:var(--gerbang-color-on-surface,#1c1b1f);padding:var(--gerbang-spacing-md,16px);max-width:40rem;margin:0 auto}
.gb-harga h2{font:var(--gerbang-text-headline,700 24px/1.3 var(--gerbang-font-family-heading,system-ui,sans-serif));margin:0 0 var(--gerbang-spacing-md,16px)}
.gb-harga-filters{display:grid;gap:var(--gerbang-spacing-sm,8px);margin-bottom:var(--gerbang-spacing-md,16px)}
.gb-harga-field{display:grid;gap:var(--gerbang-spacing-xs,4px)}
.gb-harga-field label,.gb-harga-caption,.gb-harga-meta{font:var(--gerbang-text-label,600 14px/1.4 var(--gerbang-font-family-base,system-ui,sans-serif))}
.gb-harga-meta,.gb-harga-caption{font-weight:400;color:var(--gerbang-color-on-surface-variant,#49454f)}
.gb-harga select,.gb-harga button{font:inherit;min-height:48px;padding:0 var(--gerbang-spacing-sm,8px);border-radius:var(--gerbang-radius-sm,6px);border:1px solid var(--gerbang-color-outline,#79747e);background:var(--gerbang-color-surface,#fff);color:inherit}
.gb-harga button{background:var(--gerbang-color-primary,#0a5c36);color:var(--gerbang-color-on-primary,#fff);border-color:transparent;padding:0 var(--gerbang-spacing-md,16px);cursor:pointer}
.gb-harga a{color:var(--gerbang-color-primary,#0a5c36)}
.gb-harga :focus-visible{outline:3px solid var(--gerbang-color-primary,#0a5c36);outline-offset:2px}
.gb-harga-list{list-style:none;margin:0;padding:0;display:grid;gap:var(--gerbang-spacing-sm,8px)}
.gb-harga-row{display:grid;grid-template-columns:1fr auto;gap:2px var(--gerbang-spacing-sm,8px);padding:var(--gerbang-spacing-sm,8px) var(--gerbang-spacing-md,16px);border-radius:var(--gerbang-radius-md,12px);background:var(--gerbang-color-surface-variant,#f3edf7)}
.gb-harga-row p{margin:0}
.gb-harga-name{font-weight:700;display:inline-block;min-height:24px}
.gb-harga-price{text-align:right;white-space:nowrap}
.gb-harga-trend{grid-column:1/-1}
.gb-harga-trend-up .gb-harga-arrow{color:var(--gerbang-color-error,#b3261e)}
.gb-harga-trend-down .gb-harga-arrow{color:var(--gerbang-color-success,#146c2e)}
.gb-harga-row .gb-harga-meta{grid-column:1/-1}
.gb-harga-status{min-height:1.5em}
.gb-harga-error{padding:var(--gerbang-spacing-md,16px);border-radius:var(--gerbang-radius-md,12px);border:2px solid var(--gerbang-color-error,#b3261e)}
.gb-harga-error p{margin:0 0 var(--gerbang-spacing-sm,8px)}
.gb-harga-chart{display:block;width:100%;height:auto;margin:var(--gerbang-spacing-sm,8px) 0}
.gb-harga-chart text{fill:var(--gerbang-color-on-surface-variant,#49454f);font:400 10px var(--gerbang-font-family-base,system-ui,sans-serif)}
.gb-harga-chart .gb-harga-axis-title{font-weight:600}
.gb-harga-grid{stroke:var(--gerbang-color-outline,#79747e);stroke-opacity:.3;stroke-dasharray:2 3}
.gb-harga-axis{stroke:var(--gerbang-color-outline,#79747e)}
.gb-harga-line{fill:none;stroke:var(--gerbang-color-primary,#0a5c36);stroke-width:2;stroke-linejoin:round}
.gb-harga-point{fill:var(--gerbang-color-primary,#0a5c36)}
.gb-harga-stats{display:grid;grid-template-columns:repeat(2,1fr);gap:var(--gerbang-spacing-sm,8px);margin:0 0 var(--gerbang-spacing-md,16px)}
.gb-harga-stats div{padding:var(--gerbang-spacing-sm,8px);border-radius:var(--gerbang-radius-sm,6px);background:var(--gerbang-color-surface-variant,#f3edf7)}
.gb-harga-stats dt{font:var(--gerbang-text-caption,400 12px/1.4 var(--gerbang-font-family-base,system-ui,sans-serif))}
.gb-harga-stats dd{margin:0;font-weight:700}
.gb-harga details summary{cursor:pointer;min-height:48px;display:flex;align-items:center}
.gb-harga table{border-collapse:collapse;width:100%}
.gb-harga caption{text-align:left;font-weight:600;padding-bottom:var(--gerbang-spacing-xs,4px)}
.gb-harga th,.gb-harga td{padding:var(--gerbang-spacing-xs,4px) var(--gerbang-spacing-sm,8px);border-bottom:1px solid var(--gerbang-color-outline,#79747e);text-align:left}
.gb-harga td{text-align:right}
`;
