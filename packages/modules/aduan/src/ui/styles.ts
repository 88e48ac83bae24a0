/**
 * The module's styles, drawn only from the brand's CSS custom properties (with fallbacks), mobile
 * first. Each view renders them once, in its own root.
 *
 * @module
 */

const v = (name: string, fallback: string): string => `var(--gerbang-${name}, ${fallback})`;

const primary = v('color-primary', '#0a5c36');
const onPrimary = v('color-on-primary', '#ffffff');
const surface = v('color-surface', '#ffffff');
const onSurface = v('color-on-surface', '#1b1b1b');
const variant = v('color-surface-variant', '#eeeeee');
const onVariant = v('color-on-surface-variant', '#444444');
const outline = v('color-outline', '#767676');
const error = v('color-error', '#b3261e');
const sm = v('spacing-sm', '8px');
const md = v('spacing-md', '12px');
const lg = v('spacing-lg', '16px');
const xs = v('spacing-xs', '4px');
const radius = v('radius-md', '12px');
const radiusSm = v('radius-sm', '6px');

/** The module's CSS, every class prefixed with `gb-aduan-`. */
export const ADUAN_CSS = `
.gb-aduan{font:${v('text-body', '400 16px/1.5 system-ui, sans-serif')};font-family:${v('font-family-base', 'system-ui, sans-serif')};color:${onSurface};background:${surface};padding:${lg};max-width:40rem;margin:0 auto;box-sizing:border-box}
.gb-aduan *,.gb-aduan *::before,.gb-aduan *::after{box-sizing:inherit}
.gb-aduan h2{font:${v('text-headline', '700 24px/1.3 system-ui, sans-serif')};margin:0 0 ${md}}
.gb-aduan h3{font:${v('text-title', '700 18px/1.4 system-ui, sans-serif')};margin:${lg} 0 ${sm}}
.gb-aduan p{margin:0 0 ${sm}}
.gb-aduan a{color:${primary}}
.gb-aduan :focus-visible{outline:3px solid ${primary};outline-offset:2px}
.gb-aduan .gb-aduan-button{display:inline-flex;align-items:center;justify-content:center;gap:${xs};min-height:44px;padding:${sm} ${lg};border-radius:${v('radius-full', '9999px')};border:1px solid ${primary};background:${surface};color:${primary};font:${v('text-label', '600 14px/1.4 system-ui, sans-serif')};text-decoration:none;cursor:pointer}
.gb-aduan .gb-aduan-button[disabled]{opacity:.6;cursor:default}
.gb-aduan .gb-aduan-primary{background:${primary};color:${onPrimary}}
.gb-aduan .gb-aduan-block{display:flex;width:100%}
.gb-aduan-row{display:flex;flex-wrap:wrap;gap:${sm};align-items:center;margin:${sm} 0}
.gb-aduan-field{margin:0 0 ${lg};border:0;padding:0}
.gb-aduan-field>label,.gb-aduan-field>legend{display:block;font:${v('text-label', '600 14px/1.4 system-ui, sans-serif')};margin-bottom:${xs};padding:0}
.gb-aduan-field input[type=text],.gb-aduan-field select,.gb-aduan-field textarea{width:100%;min-height:44px;padding:${sm};border:1px solid ${outline};border-radius:${radiusSm};background:${surface};color:${onSurface};font:inherit}
.gb-aduan-field textarea{min-height:8rem;resize:vertical}
.gb-aduan-field [aria-invalid=true]{border-color:${error};border-width:2px}
.gb-aduan-hint{font:${v('text-caption', '400 12px/1.4 system-ui, sans-serif')};color:${onVariant};margin:${xs} 0 0}
.gb-aduan-error{color:${error};font:${v('text-label', '600 14px/1.4 system-ui, sans-serif')};margin:${xs} 0 0}
.gb-aduan-check{display:flex;gap:${sm};align-items:flex-start}
.gb-aduan-check input{width:24px;height:24px;margin:0}
.gb-aduan-photos{display:flex;flex-wrap:wrap;gap:${sm};list-style:none;padding:0;margin:${sm} 0}
.gb-aduan-photos li{position:relative}
.gb-aduan-photos img{width:96px;height:96px;object-fit:cover;border-radius:${radiusSm};display:block;background:${variant}}
.gb-aduan-notice{border-radius:${radius};padding:${md};margin:${md} 0;background:${variant};color:${onVariant}}
.gb-aduan-notice strong{display:block;color:${onSurface}}
.gb-aduan-alert{border-left:4px solid ${error}}
.gb-aduan-list{list-style:none;padding:0;margin:0}
.gb-aduan-card{border:1px solid ${variant};border-radius:${radius};padding:${md};margin:0 0 ${sm};background:${surface}}
.gb-aduan-card a{font-weight:600}
.gb-aduan-meta{font:${v('text-caption', '400 12px/1.4 system-ui, sans-serif')};color:${onVariant};margin:${xs} 0}
.gb-aduan-chip{display:inline-flex;align-items:center;gap:${xs};padding:2px ${sm};border-radius:${v('radius-full', '9999px')};border:1px solid ${outline};background:${surface};color:${onSurface};font:${v('text-label', '600 14px/1.4 system-ui, sans-serif')}}
.gb-aduan-dot{width:10px;height:10px;border-radius:50%;display:inline-block;flex:none}
.gb-aduan-timeline{list-style:none;margin:0;padding:0 0 0 ${md};border-left:2px solid ${variant}}
.gb-aduan-timeline li{margin:0 0 ${md};position:relative}
.gb-aduan-timeline li::before{content:"";position:absolute;left:calc(-1 * ${md} - 6px);top:.4em;width:10px;height:10px;border-radius:50%;background:var(--gb-aduan-step, ${outline})}
.gb-aduan-note{white-space:pre-wrap}
.gb-aduan-stars{display:flex;gap:${xs};border:0;padding:0;margin:0 0 ${sm}}
.gb-aduan-stars label{display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;border:1px solid ${outline};border-radius:${radiusSm};cursor:pointer}
.gb-aduan-stars input{position:absolute;opacity:0;width:1px;height:1px}
.gb-aduan-stars input:checked+span{font-weight:700;color:${primary}}
.gb-aduan-stars input:focus-visible+span{outline:3px solid ${primary};outline-offset:2px}
.gb-aduan-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
