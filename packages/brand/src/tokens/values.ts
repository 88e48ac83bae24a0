/**
 * Shape checks for the values of each DTCG type, written by hand: a token file can hold tens of
 * thousands of tokens, and each check returns findings at sub-paths instead of stopping at the
 * first.
 *
 * @module
 */
import { quoteValue, type PathSegment } from '@gerbang/contracts';
import { DTCG_COLOR_SPACES, DTCG_FONT_WEIGHT_NAMES, type DtcgType } from './types.ts';

/** One problem in a value, at a path inside it. */
export interface ValueFinding {
  /** Where, from the value's root. */
  readonly path: readonly PathSegment[];
  /** What is wrong. */
  readonly message: string;
}

/**
 * Checks a value and pushes findings to `out`. `at` is the path to the value, shared and mutable:
 * a check pushes a key before checking a member and pops it after, and copies the path only when
 * it reports, so that valid values, the common case, allocate nothing.
 */
type Check = (value: unknown, at: PathSegment[], out: ValueFinding[]) => void;

/** Reports a finding at `at`, or at `at` plus `key`. */
function report(out: ValueFinding[], at: readonly PathSegment[], message: string, key?: PathSegment): void {
  out.push({ path: key === undefined ? [...at] : [...at, key], message });
}

/** Runs `check` on a member of a value, with `key` on the path. */
function member(check: Check, value: unknown, key: PathSegment, at: PathSegment[], out: ValueFinding[]): void {
  at.push(key);
  check(value, at, out);
  at.pop();
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** [min, max, max exclusive] of each component, per colour space (DTCG 2025.10 colour module). */
type Range = readonly [number, number, boolean?];
const UNIT: Range = [0, 1];
const PERCENT: Range = [0, 100];
const HUE: Range = [0, 360, true];
const ANY: Range = [-Infinity, Infinity];
const POSITIVE: Range = [0, Infinity];
const COMPONENT_RANGES: Record<(typeof DTCG_COLOR_SPACES)[number], readonly [Range, Range, Range]> = {
  srgb: [UNIT, UNIT, UNIT],
  'srgb-linear': [UNIT, UNIT, UNIT],
  hsl: [HUE, PERCENT, PERCENT],
  hwb: [HUE, PERCENT, PERCENT],
  lab: [PERCENT, ANY, ANY],
  lch: [PERCENT, POSITIVE, HUE],
  oklab: [UNIT, ANY, ANY],
  oklch: [UNIT, POSITIVE, HUE],
  'display-p3': [UNIT, UNIT, UNIT],
  'a98-rgb': [UNIT, UNIT, UNIT],
  'prophoto-rgb': [UNIT, UNIT, UNIT],
  rec2020: [UNIT, UNIT, UNIT],
  'xyz-d65': [POSITIVE, POSITIVE, POSITIVE],
  'xyz-d50': [POSITIVE, POSITIVE, POSITIVE],
};

function describeRange([min, max, exclusive]: Range): string {
  if (max === Infinity) return min === -Infinity ? 'any number' : `a number from ${min}`;
  return `a number from ${min} to ${max}${exclusive === true ? ' (exclusive)' : ''}`;
}

/** Reports keys other than `allowed` (misspellings, `__proto__`). */
function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], at: PathSegment[], out: ValueFinding[]): void {
  for (const key in value) {
    if (Object.hasOwn(value, key) && !allowed.includes(key)) report(out, at, `unknown property ${quoteValue(key)}; expected ${allowed.join(', ')}`, key);
  }
}

/** An object with the given properties, each with its check (optional ones end with `?`). */
function object(shape: Record<string, Check>): Check {
  const fields = Object.entries(shape).map(([key, check]) => ({ name: key.replace(/\?$/, ''), optional: key.endsWith('?'), check }));
  const names = fields.map((field) => field.name);
  return (value, at, out) => {
    if (!isObject(value)) {
      report(out, at, `expected an object with ${names.join(', ')}, received ${quoteValue(value)}`);
      return;
    }
    onlyKeys(value, names, at, out);
    for (const { name, optional, check } of fields) {
      if (Object.hasOwn(value, name)) member(check, value[name], name, at, out);
      else if (!optional) report(out, at, 'is required', name);
    }
  };
}

const number: Check = (value, at, out) => {
  if (!isNumber(value)) report(out, at, `expected a number, received ${quoteValue(value)}`);
};

const oneOf =
  (allowed: readonly string[], what: string): Check =>
  (value, at, out) => {
    if (typeof value !== 'string' || !allowed.includes(value)) report(out, at, `${what} must be one of ${allowed.join(', ')}, received ${quoteValue(value)}`);
  };

const inRange =
  (min: number, max: number): Check =>
  (value, at, out) => {
    if (!isNumber(value) || value < min || value > max) report(out, at, `expected a number from ${min} to ${max}, received ${quoteValue(value)}`);
  };

const COLOR_KEYS = ['colorSpace', 'components', 'alpha', 'hex'];
const unitRange = inRange(0, 1);

const color: Check = (value, at, out) => {
  if (!isObject(value)) {
    report(out, at, `a colour must be an object { colorSpace, components, alpha?, hex? }, received ${quoteValue(value)}`);
    return;
  }
  onlyKeys(value, COLOR_KEYS, at, out);
  const space = value.colorSpace;
  const ranges = typeof space === 'string' && Object.hasOwn(COMPONENT_RANGES, space) ? COMPONENT_RANGES[space as keyof typeof COMPONENT_RANGES] : undefined;
  if (ranges === undefined) report(out, at, `colour space must be one of ${DTCG_COLOR_SPACES.join(', ')}, received ${quoteValue(space)}`, 'colorSpace');
  const components = value.components;
  if (!Array.isArray(components) || components.length !== 3) {
    report(out, at, `components must be an array of 3 numbers (or "none"), received ${quoteValue(components)}`, 'components');
  } else {
    for (let index = 0; index < 3; index++) {
      const component: unknown = components[index];
      if (component === 'none') continue;
      const range = ranges?.[index];
      if (!isNumber(component)) {
        report(out, [...at, 'components'], `expected a number or "none", received ${quoteValue(component)}`, index);
      } else if (range !== undefined && (component < range[0] || (range[2] === true ? component >= range[1] : component > range[1]))) {
        report(out, [...at, 'components'], `component ${index} of a ${String(space)} colour must be ${describeRange(range)}, received ${component}`, index);
      }
    }
  }
  if (Object.hasOwn(value, 'alpha')) member(unitRange, value.alpha, 'alpha', at, out);
  if (Object.hasOwn(value, 'hex') && (typeof value.hex !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(value.hex))) {
    report(out, at, `hex must be a 6-digit colour such as "#0a5c36", received ${quoteValue(value.hex)}`, 'hex');
  }
};

const dimension: Check = object({ value: number, unit: oneOf(['px', 'rem'], 'unit') });
const duration: Check = object({ value: number, unit: oneOf(['ms', 's'], 'unit') });

const cubicBezier: Check = (value, at, out) => {
  if (!Array.isArray(value) || value.length !== 4 || !value.every(isNumber)) {
    report(out, at, `a cubic Bézier must be an array of 4 numbers [x1, y1, x2, y2], received ${quoteValue(value)}`);
    return;
  }
  for (const index of [0, 2]) {
    const x = value[index] as number;
    if (x < 0 || x > 1) report(out, at, `x${index === 0 ? 1 : 2} must be from 0 to 1, received ${x}`, index);
  }
};

const fontFamily: Check = (value, at, out) => {
  const names = Array.isArray(value) ? value : [value];
  if (names.length === 0 || !names.every((name) => typeof name === 'string' && name.trim() !== '')) {
    report(out, at, `a font family must be a name or a non-empty array of names, received ${quoteValue(value)}`);
  }
};

const fontWeight: Check = (value, at, out) => {
  if (isNumber(value) ? value < 1 || value > 1000 : typeof value !== 'string' || !(DTCG_FONT_WEIGHT_NAMES as readonly string[]).includes(value)) {
    report(out, at, `a font weight must be a number from 1 to 1000 or a name such as "bold", received ${quoteValue(value)}`);
  }
};

const STROKE_KEYWORDS = ['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'outset', 'inset'];
const strokeStyle: Check = (value, at, out) => {
  if (typeof value === 'string') {
    oneOf(STROKE_KEYWORDS, 'a stroke style')(value, at, out);
    return;
  }
  object({
    dashArray: (dashes, where, found) => {
      if (!Array.isArray(dashes) || dashes.length === 0) report(found, where, 'dashArray must be a non-empty array of dimensions');
      else dashes.forEach((dash: unknown, index) => { member(dimension, dash, index, where, found); });
    },
    lineCap: oneOf(['round', 'butt', 'square'], 'lineCap'),
  })(value, at, out);
};

const shadowLayer: Check = object({ color, offsetX: dimension, offsetY: dimension, blur: dimension, spread: dimension, 'inset?': (value, at, out) => {
  if (typeof value !== 'boolean') report(out, at, `inset must be true or false, received ${quoteValue(value)}`);
} });

const gradientStop: Check = object({ color, position: inRange(0, 1) });

/** The shape check of each DTCG type. */
export const VALUE_CHECKS: Readonly<Record<DtcgType, Check>> = {
  color,
  dimension,
  fontFamily,
  fontWeight,
  duration,
  cubicBezier,
  number,
  strokeStyle,
  border: object({ color, width: dimension, style: strokeStyle }),
  transition: object({ duration, delay: duration, timingFunction: cubicBezier }),
  shadow: (value, at, out) => {
    if (!Array.isArray(value)) shadowLayer(value, at, out);
    else if (value.length === 0) report(out, at, 'a shadow must be one layer or a non-empty array of layers');
    else value.forEach((layer: unknown, index) => { member(shadowLayer, layer, index, at, out); });
  },
  gradient: (value, at, out) => {
    if (!Array.isArray(value) || value.length === 0) report(out, at, `a gradient must be a non-empty array of stops { color, position }, received ${quoteValue(value)}`);
    else value.forEach((stop: unknown, index) => { member(gradientStop, stop, index, at, out); });
  },
  typography: object({ fontFamily, fontSize: dimension, fontWeight, letterSpacing: dimension, lineHeight: number }),
};
