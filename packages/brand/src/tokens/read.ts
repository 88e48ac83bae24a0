/**
 * The DTCG 2025.10 token reader: groups, `$type` inheritance, aliases (`{color.brand.primary}`,
 * whole values and inside composite values), with dangling aliases and cycles reported at the
 * token that holds them. Resolution is linear in the number of tokens and aliases: every token is
 * resolved once, with an explicit stack (no recursion), so neither a 5 MB file nor an alias chain
 * thousands of links long can hang it or overflow the call stack.
 *
 * @module
 */
import { FORBIDDEN_KEYS, quoteValue, ValidationError, type PathSegment, type ValidationIssue } from '@gerbang/contracts';
import { DTCG_TYPES, type DesignToken, type DtcgType } from './types.ts';
import { VALUE_CHECKS, type ValueFinding } from './values.ts';

/** The outcome of {@link parseDesignTokens}. */
export type DesignTokensResult =
  | { readonly success: true; readonly tokens: ReadonlyMap<string, DesignToken>; readonly error?: undefined }
  | { readonly success: false; readonly tokens?: undefined; readonly error: ValidationError };

/** The most issues one result lists; a file broken everywhere would otherwise flood a terminal. */
const MAX_ISSUES = 500;
const ALIAS = /^\{([^{}]+)\}$/;
const TOKEN_KEYS = ['$value', '$type', '$description', '$deprecated', '$extensions'];
const GROUP_KEYS = ['$type', '$description', '$deprecated', '$extensions'];

interface Reference {
  /** The path the alias names. */
  readonly target: string;
  /** Where in the token's `$value` the alias is (empty for a whole-value alias). */
  readonly at: readonly PathSegment[];
}

interface Entry {
  readonly id: string;
  readonly raw: unknown;
  readonly declaredType: DtcgType | undefined;
  readonly meta: { description?: string; deprecated?: boolean | string; extensions?: Readonly<Record<string, unknown>> };
  /** 0 unvisited, 1 being resolved (on the stack), 2 done. */
  state: 0 | 1 | 2;
  /** Where the entry is on the resolution stack while its state is 1. */
  depth: number;
  failed: boolean;
  refs: Reference[] | undefined;
  next: number;
  type: DtcgType | undefined;
  value: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const isType = (value: unknown): value is DtcgType => typeof value === 'string' && (DTCG_TYPES as readonly string[]).includes(value);

/**
 * Reads a DTCG 2025.10 token file, as a province's designers hand it over, and resolves it. It never
 * throws.
 *
 * - Groups nest tokens; a group's `$type` applies to every token inside it without its own.
 * - An alias (`"$value": "{color.brand.primary}"`) takes the type and value of the token it names;
 *   aliases inside composite values (a border's colour, a typography's font family) are replaced too.
 * - Every value is checked against its type: colours (`{ colorSpace, components, alpha?, hex? }`
 *   in any of the 14 colour spaces, with component ranges), dimensions (`{ value, unit: 'px' | 'rem' }`),
 *   durations, font families and weights, cubic Béziers, numbers, stroke styles, borders,
 *   transitions, shadows, gradients and typography.
 * - Dangling aliases, alias cycles, untyped tokens, bad names and unknown `$` properties are
 *   reported with the token's path and the reason, all in one pass (at most 500 issues).
 *
 * @param input - The token file: parsed JSON, or its text.
 * @example
 * ```ts
 * const result = parseDesignTokens(await readFile('lampung.tokens.json', 'utf8'));
 * if (!result.success) throw result.error;
 * result.tokens.get('color.brand.primary'); // { type: 'color', value: { colorSpace: 'srgb', ... } }
 * ```
 */
export function parseDesignTokens(input: unknown): DesignTokensResult {
  const issues: ValidationIssue[] = [];
  let dropped = 0;
  const report = (path: readonly PathSegment[], message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ code: 'custom', path, message, received: 'object' });
    else dropped++;
  };
  let root = input;
  if (typeof input === 'string') {
    try {
      root = JSON.parse(input) as unknown;
    } catch (cause) {
      return { success: false, error: new ValidationError('design tokens', [{ code: 'unreadable', path: [], message: `the file is not JSON: ${cause instanceof Error ? cause.message : 'unknown error'}` }], { cause }) };
    }
  }
  try {
    const entries = collectTokens(root, report);
    resolveAll(entries, report);
    if (issues.length > 0) {
      if (dropped > 0) issues.push({ code: 'custom', path: [], message: `and ${dropped} more issues`, received: 'object' });
      return { success: false, error: new ValidationError('design tokens', issues) };
    }
    const tokens = new Map<string, DesignToken>();
    for (const entry of entries.values()) {
      const aliasOf = entry.refs?.length === 1 && entry.refs[0]!.at.length === 0 ? entry.refs[0]!.target : undefined;
      tokens.set(entry.id, { path: entry.id, type: entry.type, value: entry.value, ...entry.meta, ...(aliasOf === undefined ? {} : { aliasOf }) } as DesignToken);
    }
    return { success: true, tokens };
  } catch (cause) {
    return { success: false, error: new ValidationError('design tokens', [{ code: 'unreadable', path: [], message: `the file could not be read: ${cause instanceof Error ? cause.message : 'unknown error'}` }], { cause }) };
  }
}

type Report = (path: readonly PathSegment[], message: string) => void;

/** The path of a token or group from its dotted id, with more segments after it. */
function pathOf(id: string, ...more: PathSegment[]): PathSegment[] {
  return id === '' ? more : [...id.split('.'), ...more];
}

/** Walks the groups (with an explicit stack) and returns every token by its dotted path. */
function collectTokens(root: unknown, report: Report): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (!isPlainObject(root)) {
    report([], `a token file must be a JSON object of groups and tokens, received ${quoteValue(root)}`);
    return entries;
  }
  // Depth first with an explicit stack, children pushed in reverse, so that tokens come out in
  // the order of the file. Paths are kept as dotted ids (names cannot hold dots) and split only to
  // report an issue, so that a valid file allocates no path arrays.
  interface Item {
    group: boolean;
    node: Record<string, unknown>;
    id: string;
    type: DtcgType | undefined;
  }
  const stack: Item[] = [{ group: true, node: root, id: '', type: undefined }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { node, id } = item;
    if (!item.group) {
      const entry = readToken(node, id, item.type, report);
      entries.set(entry.id, entry);
      continue;
    }
    const type = readType(node, id, report) ?? item.type;
    readMeta(node, id, report);
    const children: Item[] = [];
    for (const key of Object.keys(node)) {
      if (key.startsWith('$') && key !== '$root') {
        if (key === '$schema' && id === '') continue;
        if (!GROUP_KEYS.includes(key)) {
          report(pathOf(id, key), key === '$extends' || key === '$ref' ? `${key} is not supported by this reader; write the tokens out, or use curly-brace aliases` : `unknown group property ${quoteValue(key)}; a group may hold ${GROUP_KEYS.join(', ')}`);
        }
        continue;
      }
      const child = node[key];
      if (FORBIDDEN_KEYS.includes(key)) report(pathOf(id, key), `the name "${key}" is not allowed`);
      else if (key === '' || /[.{}]/.test(key)) report(pathOf(id, key), `the name ${quoteValue(key)} must not be empty or contain ".", "{" or "}"`);
      else if (!isPlainObject(child)) report(pathOf(id, key), `expected a token (an object with $value) or a group (an object), received ${quoteValue(child)}`);
      else if (key === '$root' && !('$value' in child)) report(pathOf(id, key), '$root must be a token, with a $value');
      else children.push({ group: !('$value' in child), node: child, id: id === '' ? key : `${id}.${key}`, type });
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return entries;
}

function readType(node: Record<string, unknown>, id: string, report: Report): DtcgType | undefined {
  if (!('$type' in node)) return undefined;
  const type = node.$type;
  if (isType(type)) return type;
  report(pathOf(id, '$type'), `unknown $type ${quoteValue(type)}; DTCG 2025.10 types are ${DTCG_TYPES.join(', ')}`);
  return undefined;
}

function readMeta(node: Record<string, unknown>, id: string, report: Report): Entry['meta'] {
  const meta: Entry['meta'] = {};
  if ('$description' in node) {
    if (typeof node.$description === 'string') meta.description = node.$description;
    else report(pathOf(id, '$description'), `$description must be a string, received ${quoteValue(node.$description)}`);
  }
  if ('$deprecated' in node) {
    const deprecated = node.$deprecated;
    if (typeof deprecated === 'boolean' || typeof deprecated === 'string') meta.deprecated = deprecated;
    else report(pathOf(id, '$deprecated'), `$deprecated must be true, false or a string, received ${quoteValue(deprecated)}`);
  }
  if ('$extensions' in node) {
    const extensions = node.$extensions;
    const bad = isPlainObject(extensions) ? findForbidden(extensions) : undefined;
    if (!isPlainObject(extensions)) report(pathOf(id, '$extensions'), `$extensions must be an object, received ${quoteValue(extensions)}`);
    else if (bad !== undefined) report(pathOf(id, '$extensions', ...bad), 'the key is not allowed in input');
    else meta.extensions = extensions;
  }
  return meta;
}

/** The path of the first `__proto__`, `constructor` or `prototype` key in plain data, if any. */
function findForbidden(root: Record<string, unknown>): PathSegment[] | undefined {
  const stack: [unknown, PathSegment[]][] = [[root, []]];
  let budget = 10_000;
  while (stack.length > 0 && budget-- > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.includes(key)) return [...path, key];
      stack.push([(value as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return undefined;
}

function readToken(node: Record<string, unknown>, id: string, inherited: DtcgType | undefined, report: Report): Entry {
  for (const key in node) {
    if (Object.hasOwn(node, key) && !TOKEN_KEYS.includes(key)) {
      report(pathOf(id, key), key.startsWith('$') ? `unknown token property ${quoteValue(key)}; a token may hold ${TOKEN_KEYS.join(', ')}` : `a token cannot hold ${quoteValue(key)}: tokens do not nest; move it into a group`);
    }
  }
  return {
    id,
    raw: node.$value,
    declaredType: readType(node, id, report) ?? inherited,
    meta: readMeta(node, id, report),
    state: 0,
    depth: 0,
    failed: false,
    refs: undefined,
    next: 0,
    type: undefined,
    value: undefined,
  };
}

/** How deep inside a composite value aliases are looked for; DTCG values nest two or three levels. */
const MAX_VALUE_DEPTH = 16;

/** The aliases in a raw `$value`: the whole value, or strings inside a composite value. */
function findReferences(raw: unknown): Reference[] {
  const refs: Reference[] = [];
  const at: PathSegment[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const match = value.charCodeAt(0) === 123 /* { */ ? ALIAS.exec(value) : null;
      if (match !== null) refs.push({ target: match[1]!, at: [...at] });
      return;
    }
    if (typeof value !== 'object' || value === null || at.length >= MAX_VALUE_DEPTH) return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        at.push(index);
        visit(value[index]);
        at.pop();
      }
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      at.push(key);
      visit((value as Record<string, unknown>)[key]);
      at.pop();
    }
  };
  visit(raw);
  return refs;
}

/** A copy of `raw` with the value at each reference's location replaced by the target's value. */
function substitute(raw: unknown, refs: readonly Reference[], entries: Map<string, Entry>): unknown {
  if (refs.length === 0) return raw;
  const root = cloneData(raw) as Record<PathSegment, unknown>;
  for (const ref of refs) {
    let parent = root;
    for (const segment of ref.at.slice(0, -1)) parent = parent[segment] as Record<PathSegment, unknown>;
    parent[ref.at[ref.at.length - 1]!] = entries.get(ref.target)!.value;
  }
  return root;
}

/** A deep copy of JSON data (plain objects and arrays). */
function cloneData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneData);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = cloneData(item);
  return copy;
}

/** The most tokens a cycle message names; longer cycles are shortened in the middle. */
const MAX_CYCLE_SHOWN = 8;

/**
 * Resolves every token once, depth first with an explicit stack. Each alias is followed once, and
 * a cycle is found in constant time from the target's place on the stack; failure then spreads to
 * the tokens that depend on it as the stack unwinds, so that the whole is linear in the number of
 * tokens and aliases.
 */
function resolveAll(entries: Map<string, Entry>, report: Report): void {
  const stack: Entry[] = [];
  const push = (entry: Entry): void => {
    entry.state = 1;
    entry.depth = stack.length;
    entry.refs = findReferences(entry.raw);
    stack.push(entry);
  };
  for (const start of entries.values()) {
    if (start.state !== 0) continue;
    push(start);
    while (stack.length > 0) {
      const entry = stack[stack.length - 1]!;
      const refs = entry.refs!;
      let descended = false;
      while (entry.next < refs.length) {
        const ref = refs[entry.next]!;
        const target = entries.get(ref.target);
        if (target === undefined) {
          report(pathOf(entry.id, '$value', ...ref.at), `alias {${ref.target}} refers to no token`);
          entry.failed = true;
        } else if (target.state === 1) {
          report(pathOf(entry.id, '$value', ...ref.at), `alias cycle: ${describeCycle(stack, target.depth)}`);
          entry.failed = true;
        } else if (target.state === 0) {
          push(target);
          descended = true;
          break;
        } else if (target.failed) {
          entry.failed = true;
        }
        entry.next++;
      }
      if (descended) continue;
      stack.pop();
      entry.state = 2;
      if (!entry.failed) finish(entry, entries, report);
    }
  }
}

/** `{a} → {b} → {a}`, from the stack position where the cycle starts, shortened if long. */
function describeCycle(stack: readonly Entry[], from: number): string {
  const length = stack.length - from;
  const ids =
    length <= MAX_CYCLE_SHOWN
      ? stack.slice(from).map((member) => `{${member.id}}`)
      : [
          ...stack.slice(from, from + MAX_CYCLE_SHOWN / 2).map((member) => `{${member.id}}`),
          `… ${length - MAX_CYCLE_SHOWN} more …`,
          ...stack.slice(stack.length - MAX_CYCLE_SHOWN / 2).map((member) => `{${member.id}}`),
        ];
  return [...ids, `{${stack[from]!.id}}`].join(' → ');
}

/** Gives a token whose aliases are all resolved its type and value, and checks the value. */
function finish(entry: Entry, entries: Map<string, Entry>, report: Report): void {
  const refs = entry.refs!;
  const whole = refs.length === 1 && refs[0]!.at.length === 0 ? entries.get(refs[0]!.target)! : undefined;
  if (whole !== undefined) {
    if (entry.declaredType !== undefined && entry.declaredType !== whole.type) {
      report(pathOf(entry.id, '$value'), `alias {${whole.id}} is a ${String(whole.type)} token, but this token's $type is ${entry.declaredType}`);
      entry.failed = true;
      return;
    }
    entry.type = whole.type;
    entry.value = whole.value;
    return;
  }
  if (entry.declaredType === undefined) {
    report(pathOf(entry.id), 'the token has no $type: set $type on it or on a group around it, or alias a typed token');
    entry.failed = true;
    return;
  }
  const value = substitute(entry.raw, refs, entries);
  const findings: ValueFinding[] = [];
  VALUE_CHECKS[entry.declaredType](value, [], findings);
  if (findings.length > 0) {
    for (const finding of findings) report(pathOf(entry.id, '$value', ...finding.path), `${entry.declaredType}: ${finding.message}`);
    entry.failed = true;
    return;
  }
  entry.type = entry.declaredType;
  entry.value = value;
}
