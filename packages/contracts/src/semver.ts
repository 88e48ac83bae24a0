/**
 * A small, dependency-free implementation of [Semantic Versioning 2.0.0](https://semver.org) and of
 * npm's range syntax, used to match service providers and consumers and a module's engine range.
 *
 * Matching follows node-semver 7 with its default options (not loose, prereleases excluded), and a
 * differential test holds it to that. Parsing is stricter: the following forms, which node-semver
 * accepts, are rejected here, because in a manifest they are far more likely to be typos.
 *
 * - A `v` prefix or surrounding whitespace in a version: `v1.2.3`, `" 1.2.3"`. (`=1.2.3` is no
 *   version in node-semver either.)
 * - `v` or `=` prefixes inside ranges: `v1.2.3`, `>=v1.2`, `~=1.2`, `~>=1`. The `=` operator itself
 *   is accepted (`=1.2.3`), and so is whitespace after an operator (`>= 1.2.3`, `~ 1.2`, `^ 1`).
 * - x-ranges in the wrong order, even after `~`, `^` or in hyphen ranges: `1.x.3`, `~1.x.3`, `^*.2`.
 * - Build metadata on a partial version (`^1.2+build`), and `*` glued to a version (`1.2.3*`).
 *
 * Numeric prerelease identifiers beyond `Number.MAX_SAFE_INTEGER` are compared exactly here; node-semver
 * compares them as floating-point numbers. No regular expression here can backtrack
 * catastrophically, and versions longer than 256 characters are rejected, as in node-semver.
 *
 * @module
 */
import { describeKind, quoteValue, ValidationError } from './validation.ts';

/**
 * A parsed Semantic Versioning 2.0.0 version. Plain, immutable data.
 *
 * @example
 * ```ts
 * parseVersion('1.2.0-rc.1+build.5');
 * // { major: 1, minor: 2, patch: 0, prerelease: ['rc', 1], build: ['build', '5'], text: '1.2.0-rc.1' }
 * ```
 */
export interface SemVer {
  /** The major version. */
  readonly major: number;
  /** The minor version. */
  readonly minor: number;
  /** The patch version. */
  readonly patch: number;
  /** The prerelease identifiers; numeric ones (up to `Number.MAX_SAFE_INTEGER`) as numbers. */
  readonly prerelease: readonly (string | number)[];
  /** The build metadata identifiers, which never affect precedence. */
  readonly build: readonly string[];
  /** The normalized version, without build metadata: `1.2.0-rc.1`. */
  readonly text: string;
}

/**
 * A parsed version range: a union (`||`) of sets of comparators that must all hold. Tilde, caret,
 * x- and hyphen ranges are already expanded into plain comparators, so tools can inspect the bounds.
 *
 * @example
 * ```ts
 * parseRange('^1.2.0')?.set;
 * // [[{ operator: '>=', version: 1.2.0 }, { operator: '<', version: 2.0.0-0 }]]
 * ```
 */
export interface SemverRange {
  /** The range as written. */
  readonly text: string;
  /**
   * The alternatives (`||`). A version matches when every comparator of one alternative holds; an
   * empty alternative matches any release. Prereleases follow node-semver's rule (see {@link satisfies}).
   */
  readonly set: readonly (readonly {
    /** How the version under test compares with {@link SemVer | version}. */
    readonly operator: '<' | '<=' | '>' | '>=' | '=';
    /** The bound. */
    readonly version: SemVer;
  }[])[];
}

type Comparator = SemverRange['set'][number][number];
type Operator = Comparator['operator'];
type Identifiers = readonly (string | number)[];

const MAX_LENGTH = 256;
const IDENTIFIERS = '([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)';
const PART = '(0|[1-9]\\d*|[xX*])';
/** A version with x-ranges and missing parts allowed. Unambiguous, so it matches in linear time. */
const PARTIAL = new RegExp(`^${PART}(?:\\.${PART}(?:\\.${PART}(?:-${IDENTIFIERS})?(?:\\+${IDENTIFIERS})?)?)?$`);
const DIGITS = /^\d+$/;
const OPERATOR = /^(?:[<>]=?|=|~>?|\^)/;

interface PartialVersion {
  /** The numbers given, x-ranges and missing parts left out: `1.x` gives `[1]`. */
  readonly parts: readonly number[];
  readonly prerelease: Identifiers;
  readonly build: readonly string[];
}

function parsePartial(text: string): PartialVersion | undefined {
  const match = PARTIAL.exec(text);
  if (!match) return undefined;
  const parts: number[] = [];
  for (let i = 1; i < 4; i++) {
    const part = match[i];
    if (part !== undefined && DIGITS.test(part)) {
      // `1.x.3`: nothing may follow an x or a missing part.
      if (parts.length < i - 1) return undefined;
      parts.push(+part);
    }
  }
  const prerelease: (string | number)[] = [];
  for (const id of match[4]?.split('.') ?? []) {
    const numeric = DIGITS.test(id);
    if (numeric && id.length > 1 && id[0] === '0') return undefined;
    prerelease.push(numeric && +id <= Number.MAX_SAFE_INTEGER ? +id : id);
  }
  return { parts, prerelease, build: match[5]?.split('.') ?? [] };
}

function makeVersion(parts: readonly number[], prerelease: Identifiers = [], build: readonly string[] = []): SemVer | undefined {
  const [major = 0, minor = 0, patch = 0] = parts;
  const text = `${major}.${minor}.${patch}${prerelease.length > 0 ? `-${prerelease.join('.')}` : ''}`;
  return Math.max(major, minor, patch) <= Number.MAX_SAFE_INTEGER && text.length <= MAX_LENGTH
    ? { major, minor, patch, prerelease, build, text }
    : undefined;
}

/**
 * Parses a Semantic Versioning 2.0.0 version strictly: no `v` or `=` prefix, no surrounding
 * whitespace, no leading zeros, at most 256 characters, each number at most
 * `Number.MAX_SAFE_INTEGER`.
 *
 * @param text - The candidate version.
 * @returns The parsed version, or `undefined` when `text` is not a valid version.
 * @example
 * ```ts
 * parseVersion('1.2.0')?.minor; // 2
 * parseVersion('v1.2.0'); // undefined
 * ```
 */
export function parseVersion(text: string): SemVer | undefined {
  const partial = typeof text === 'string' && text.length <= MAX_LENGTH ? parsePartial(text) : undefined;
  return partial?.parts.length === 3 ? makeVersion(partial.parts, partial.prerelease, partial.build) : undefined;
}

/**
 * Tells whether a value is a valid version string, as {@link parseVersion} accepts it.
 *
 * @param value - Any value.
 * @example
 * ```ts
 * isValidVersion('1.2.0-rc.1'); // true
 * isValidVersion('1.2'); // false
 * ```
 */
export function isValidVersion(value: unknown): boolean {
  return typeof value === 'string' && parseVersion(value) !== undefined;
}

const sign = (n: number): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);

function compareIdentifiers(a: string | number, b: string | number): -1 | 0 | 1 {
  const x = String(a);
  const y = String(b);
  const xNumeric = DIGITS.test(x);
  const yNumeric = DIGITS.test(y);
  if (xNumeric !== yNumeric) return xNumeric ? -1 : 1;
  return sign((xNumeric ? x.length - y.length : 0) || (x < y ? -1 : x > y ? 1 : 0));
}

function compareParsed(a: SemVer, b: SemVer): -1 | 0 | 1 {
  const main = sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
  const x = a.prerelease;
  const y = b.prerelease;
  if (main !== 0 || x.length === 0 || y.length === 0) return main || sign(y.length - x.length);
  for (let i = 0; i < x.length && i < y.length; i++) {
    const order = compareIdentifiers(x[i]!, y[i]!);
    if (order !== 0) return order;
  }
  return sign(x.length - y.length);
}

/** Accepts `unknown` so that untyped callers get `undefined`, never a crash. */
function toVersion(value: unknown): SemVer | undefined {
  return typeof value === 'object' && value !== null ? (value as SemVer) : parseVersion(value as string);
}

/**
 * Compares two versions by SemVer precedence: build metadata is ignored, and a prerelease comes
 * before its release.
 *
 * @param a - A version string or a parsed version.
 * @param b - Another.
 * @returns `-1` when `a` comes first, `1` when `b` does, `0` when they are equal in precedence.
 * @throws {@link ValidationError} (code `validation-failed`) when a string is not a valid version;
 * check with {@link isValidVersion} or {@link parseVersion} first when the input is untrusted.
 * @example
 * ```ts
 * ['1.10.0', '1.2.0', '1.2.0-rc.1'].sort(compareVersions); // ['1.2.0-rc.1', '1.2.0', '1.10.0']
 * compareVersions('1.0.0+a', '1.0.0+b'); // 0
 * ```
 */
export function compareVersions(a: string | SemVer, b: string | SemVer): -1 | 0 | 1 {
  const x = toVersion(a);
  const y = toVersion(b);
  if (x && y) return compareParsed(x, y);
  const bad: unknown = x ? b : a;
  throw new ValidationError('version', [
    {
      code: 'invalid_format',
      path: [],
      format: 'semver',
      received: describeKind(bad),
      message: `${quoteValue(bad)} is not a valid semantic version, such as "1.2.0"`,
    },
  ]);
}

/** Adds one comparator; `false` when its version is out of bounds. `>=0.0.0` means any, as in node-semver. */
function add(set: Comparator[], operator: Operator, parts: readonly number[], prerelease: Identifiers = []): boolean {
  const version = makeVersion(parts, prerelease);
  if (version && !(operator === '>=' && version.text === '0.0.0')) set.push({ operator, version });
  return version !== undefined;
}

/** Expands one comparator (`^1.2`, `>=1.x`, `1.2.3`) into plain comparators, node-semver's way. */
function expand(set: Comparator[], operator: string, text: string): boolean {
  const partial = parsePartial(text);
  if (!partial) return false;
  const { parts, prerelease } = partial;
  const n = parts.length;
  if (n === 0) return operator === '<' || operator === '>' ? add(set, '<', [0, 0, 0], [0]) : true;
  // The version with the part at `index` bumped and the following parts zeroed.
  const bump = (index: number): number[] => parts.slice(0, index).concat(parts[index]! + 1);
  const lower = (): boolean => add(set, '>=', parts, n === 3 ? prerelease : []);
  if (operator[0] === '~') return lower() && add(set, '<', bump(n > 1 ? 1 : 0), [0]);
  if (operator === '^') {
    let index = 0;
    while (index < n - 1 && parts[index] === 0) index++;
    return lower() && add(set, '<', bump(index), [0]);
  }
  if (n === 3) return add(set, (operator || '=') as Operator, parts, prerelease);
  if (operator === '>') return add(set, '>=', bump(n - 1));
  if (operator === '<=') return add(set, '<', bump(n - 1), [0]);
  if (operator === '<' || operator === '>=') return add(set, operator, parts, operator === '<' ? [0] : []);
  return lower() && add(set, '<', bump(n - 1), [0]);
}

function parseSet(text: string): Comparator[] | undefined {
  const tokens = text.trim() === '' ? [] : text.trim().split(/\s+/);
  const set: Comparator[] = [];
  if (tokens.length === 3 && tokens[1] === '-') {
    return expand(set, '>=', tokens[0]!) && expand(set, '<=', tokens[2]!) ? set : undefined;
  }
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    // `>= 1.2.3`, `~ 1.2`: an operator may stand apart from its version.
    if (OPERATOR.exec(token)?.[0] === token) token += tokens[++i] ?? '';
    const operator = OPERATOR.exec(token)?.[0] ?? '';
    if (!expand(set, operator, token.slice(operator.length))) return undefined;
  }
  return set;
}

/**
 * Parses a range in npm's syntax: comparators (`<`, `<=`, `>`, `>=`, `=`), x-ranges (`*`, `1.x`,
 * `1.2.*`, `1`, and `""` for any), tilde (`~1.2.3`), caret (`^0.2.3`), hyphen ranges
 * (`1.2 - 2.3.4`), whitespace for "and" and `||` for "or". See the module notes for the forms
 * node-semver accepts that are rejected here.
 *
 * @param text - The candidate range.
 * @returns The parsed range, or `undefined` when `text` is not a valid range.
 * @example
 * ```ts
 * parseRange('>=1.2.0 <2 || ^3.0.0-rc.1'); // { text, set: [...] }
 * parseRange('>=1.2.0 <'); // undefined
 * ```
 */
export function parseRange(text: string): SemverRange | undefined {
  if (typeof text !== 'string') return undefined;
  const set: Comparator[][] = [];
  for (const part of text.split('||')) {
    const comparators = parseSet(part);
    if (!comparators) return undefined;
    set.push(comparators);
  }
  // As in node-semver, an alternative that matches any release absorbs the others.
  return { text, set: set.some((comparators) => comparators.length === 0) ? [[]] : set };
}

const VALIDITY_CACHE_SIZE = 512;
/** Whether each recently seen range is valid: manifests repeat a few ranges over and over. */
const validity = new Map<string, boolean>();

/**
 * Tells whether a value is a valid range string, as {@link parseRange} accepts it.
 *
 * @param value - Any value.
 * @example
 * ```ts
 * isValidRange('^1.2.0 || ~2.0'); // true
 * isValidRange('1.2.3 -'); // false
 * ```
 */
export function isValidRange(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let valid = validity.get(value);
  if (valid === undefined) {
    valid = parseRange(value) !== undefined;
    if (validity.size >= VALIDITY_CACHE_SIZE) validity.delete(validity.keys().next().value as string);
    validity.set(value, valid);
  }
  return valid;
}

function test(comparator: Comparator, version: SemVer): boolean {
  const order = compareParsed(version, comparator.version);
  const { operator } = comparator;
  if (operator === '=') return order === 0;
  return (operator[0] === '<' ? order < 0 : order > 0) || (order === 0 && operator.length > 1);
}

function testSet(set: SemverRange['set'][number], version: SemVer): boolean {
  return (
    set.every((comparator) => test(comparator, version)) &&
    (version.prerelease.length === 0 ||
      set.some(
        ({ version: bound }) =>
          bound.prerelease.length > 0 &&
          bound.major === version.major &&
          bound.minor === version.minor &&
          bound.patch === version.patch,
      ))
  );
}

/**
 * Tells whether a version satisfies a range. Never throws: an invalid version or range gives `false`.
 *
 * As in npm, a prerelease satisfies a range only when one comparator of the matching alternative
 * names the same `major.minor.patch` with a prerelease: `1.3.0-rc.1` satisfies `^1.3.0-beta` but
 * not `^1.2.0`.
 *
 * @param version - A version string or a parsed version.
 * @param range - A range string or a parsed range.
 * @example
 * ```ts
 * satisfies('1.4.2', '^1.2.0'); // true
 * satisfies('2.0.0', '^1.2.0'); // false
 * satisfies('1.3.0-rc.1', '^1.2.0'); // false
 * ```
 */
export function satisfies(version: string | SemVer, range: string | SemverRange): boolean {
  const parsedVersion = toVersion(version);
  const parsedRange = typeof range === 'string' ? parseRange(range) : range;
  return !!parsedVersion && !!parsedRange && parsedRange.set.some((set) => testSet(set, parsedVersion));
}

/**
 * Picks the highest version that satisfies a range. Invalid versions are skipped.
 *
 * @param versions - Candidate version strings.
 * @param range - The range to satisfy.
 * @returns The highest matching version as written in `versions`, or `undefined` when none matches
 * or the range is invalid.
 * @example
 * ```ts
 * maxSatisfying(['1.2.0', '1.9.1', '2.0.0'], '^1.0.0'); // '1.9.1'
 * ```
 */
export function maxSatisfying(versions: readonly string[], range: string): string | undefined {
  const parsedRange = parseRange(range);
  if (!parsedRange) return undefined;
  let best: SemVer | undefined;
  let bestText: string | undefined;
  for (const text of versions) {
    const version = parseVersion(text);
    if (version && satisfies(version, parsedRange) && (!best || compareParsed(best, version) < 0)) {
      best = version;
      bestText = text;
    }
  }
  return bestText;
}
