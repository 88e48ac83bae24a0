/**
 * CSS custom properties from a brand, for web hosts: `--gerbang-color-primary` and friends.
 *
 * @module
 */
import { ValidationError } from '@gerbang/contracts';
import { hexToRgb } from './color.ts';
import type { Brand } from './brand.ts';

/** Options of {@link toCssVariables}. */
export interface CssVariablesOptions {
  /**
   * The colour scheme to emit.
   * @default 'light'
   */
  scheme?: 'light' | 'dark';
  /**
   * The selector of the rule the variables are declared in.
   * @default ':root'
   * @example '[data-theme="dark"]'
   */
  selector?: string;
  /**
   * The first word of every variable name: `--<prefix>-color-primary`.
   * @default 'gerbang'
   */
  prefix?: string;
}

/** CSS custom properties of a brand, as one rule and as a record. */
export interface CssVariables {
  /** One CSS rule: `:root{color-scheme:light;--gerbang-color-primary:#0a5c36;...}`. */
  readonly css: string;
  /** The same variables, by name (`--gerbang-color-primary`), for `element.style.setProperty`. */
  readonly variables: Readonly<Record<string, string>>;
}

/** The generic font families of CSS Fonts 4, which must not be quoted. */
const GENERIC_FONT = /^(?:serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-(?:serif|sans-serif|monospace|rounded)|emoji|math|fangsong)$/;

/**
 * Writes a font stack as a CSS `font-family` value, quoting every family name but the generic
 * ones. (Brand schemas only allow letters, digits, spaces, `-` and `_` in names, so quoting is
 * enough to keep the value inside its declaration.)
 *
 * @param families - The stack, first choice first.
 */
export function cssFontFamily(families: readonly string[]): string {
  return families.map((family) => (GENERIC_FONT.test(family) ? family : `"${family}"`)).join(', ');
}

/** `onPrimaryContainer` → `on-primary-container`. */
const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Writes the design tokens of a brand as CSS custom properties, for one colour scheme: colours
 * (`--gerbang-color-on-primary`), font stacks (`--gerbang-font-family-base`), text styles as `font`
 * shorthands (`--gerbang-text-body`) with their letter spacing, spacing, radius and shadows.
 *
 * @param brand - A brand from `parseBrand` or `defineBrand`.
 * @param options - The scheme, selector and prefix.
 * @throws `ValidationError` (from `@gerbang/contracts`) when the selector or prefix could break out of the rule.
 * @example
 * ```ts
 * const style = document.createElement('style');
 * style.textContent = toCssVariables(brand).css + toCssVariables(brand, { scheme: 'dark', selector: '[data-theme="dark"]' }).css;
 * document.head.append(style);
 * ```
 */
export function toCssVariables(brand: Brand, options: CssVariablesOptions = {}): CssVariables {
  const scheme = options.scheme ?? 'light';
  const selector = options.selector ?? ':root';
  const prefix = options.prefix ?? 'gerbang';
  if (/[{};<]/.test(selector) || selector.trim() === '' || !/^[a-z][a-z0-9-]*$/.test(prefix)) {
    throw new ValidationError('CSS variables options', [
      {
        code: 'custom',
        path: [/^[a-z][a-z0-9-]*$/.test(prefix) ? 'selector' : 'prefix'],
        received: 'string',
        message: 'must be a selector without "{", "}", ";" or "<", and a lowercase prefix',
      },
    ]);
  }
  const { color, typography, spacing, radius, elevation } = brand.tokens;
  const variables: Record<string, string> = {};
  const set = (name: string, value: string): void => {
    variables[`--${prefix}-${name}`] = value;
  };
  for (const [role, value] of Object.entries(color[scheme])) set(`color-${kebab(role)}`, value);
  set('font-family-base', cssFontFamily(typography.fontFamily.base));
  set('font-family-heading', cssFontFamily(typography.fontFamily.heading ?? typography.fontFamily.base));
  for (const [name, style] of Object.entries(typography.styles)) {
    set(`text-${name}`, `${style.weight} ${style.size}px/${style.lineHeight} var(--${prefix}-font-family-${style.family ?? 'base'})`);
    set(`text-${name}-letter-spacing`, `${style.letterSpacing ?? 0}px`);
  }
  for (const [step, value] of Object.entries(spacing)) set(`spacing-${step}`, `${value}px`);
  for (const [step, value] of Object.entries(radius)) set(`radius-${step}`, `${value}px`);
  for (const [level, shadow] of Object.entries(elevation)) {
    const [red, green, blue] = hexToRgb(shadow.color);
    set(`shadow-${level}`, `${shadow.offsetX}px ${shadow.offsetY}px ${shadow.blur}px ${shadow.spread}px rgb(${red} ${green} ${blue} / ${shadow.opacity})`);
  }
  let css = `${selector}{color-scheme:${scheme};`;
  for (const [name, value] of Object.entries(variables)) css += `${name}:${value};`;
  return { css: `${css}}`, variables };
}
