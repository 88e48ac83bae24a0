import {
  compareVersions,
  isGerbangError,
  isValidRange,
  isValidVersion,
  maxSatisfying,
  parseRange,
  parseVersion,
  satisfies,
  ValidationError,
} from '@gerbang/contracts';
import * as fc from 'fast-check';
import * as semver from 'semver';
import { describe, expect, it } from 'vitest';

const RUNS = 10_000;

describe('parseVersion and isValidVersion', () => {
  it('parses the parts, numeric prerelease identifiers as numbers, and drops build metadata from text', () => {
    expect(parseVersion('1.2.0-rc.1.x-y+build.007')).toEqual({
      major: 1,
      minor: 2,
      patch: 0,
      prerelease: ['rc', 1, 'x-y'],
      build: ['build', '007'],
      text: '1.2.0-rc.1.x-y',
    });
    expect(parseVersion('0.0.0')?.text).toBe('0.0.0');
  });

  it.each([
    '0.0.0',
    '1.2.3',
    '10.20.30',
    '1.0.0-alpha',
    '1.0.0-0a.1',
    '1.0.0-alpha-beta.--',
    '1.0.0+001',
    '1.0.0-rc.1+build.1-2',
    '9007199254740991.0.0',
    `1.0.0-${'a'.repeat(250)}`,
  ])('accepts %j', (text) => {
    expect(isValidVersion(text)).toBe(true);
    expect(semver.valid(text)).not.toBeNull();
  });

  it.each([
    '',
    '1',
    '1.2',
    '1.2.3.4',
    '01.2.3',
    '1.02.3',
    '1.2.03',
    '1.2.3-',
    '1.2.3-01',
    '1.2.3-a..b',
    '1.2.3+',
    '1.2.3+a..b',
    '1.2.3-a_b',
    '-1.2.3',
    '1.2.x',
    '1.2.*',
    '=1.2.3',
    '9007199254740992.0.0',
    `1.0.0-${'a'.repeat(251)}`,
  ])('rejects %j, as node-semver does', (text) => {
    expect(isValidVersion(text)).toBe(false);
    expect(semver.valid(text)).toBeNull();
  });

  it.each(['v1.2.3', ' 1.2.3', '1.2.3 ', '\t1.2.3\n'])(
    'rejects %j, which node-semver accepts (a deliberate difference)',
    (text) => {
      expect(isValidVersion(text)).toBe(false);
      expect(parseVersion(text)).toBeUndefined();
      expect(semver.valid(text)).toBe('1.2.3');
    },
  );

  it('rejects values that are not strings, without throwing', () => {
    for (const value of [undefined, null, 1.2, {}, ['1.2.3'], new String('1.2.3')]) {
      expect(isValidVersion(value)).toBe(false);
      expect(parseVersion(value as string)).toBeUndefined();
    }
  });

  it('rejects hostile, overlong input instead of working through it', () => {
    // Versions longer than 256 characters are refused before any pattern runs, which keeps
    // parsing bounded; speed itself is measured in the benchmarks, not asserted here.
    expect(isValidVersion(`1.0.0-${'a.'.repeat(5_000)}a`)).toBe(false);
    expect(isValidVersion(`1.0.0-${'a'.repeat(251)}`)).toBe(false);
    expect(isValidVersion(`1.0.0-${'a'.repeat(250)}`)).toBe(true);
    expect(isValidRange(`${'1.x '.repeat(10_000)}!`)).toBe(false);
    expect(isValidRange('~1.2.3-a.b'.repeat(2_000))).toBe(false);
  });
});

describe('compareVersions', () => {
  it('sorts by SemVer precedence', () => {
    const ordered = [
      '1.0.0-0',
      '1.0.0-1',
      '1.0.0-2',
      '1.0.0-10',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '1.10.0',
      '2.0.0',
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareVersions)).toEqual(ordered);
  });

  it('ignores build metadata and accepts parsed versions', () => {
    expect(compareVersions('1.0.0+a', '1.0.0+b')).toBe(0);
    expect(compareVersions(parseVersion('1.0.0')!, '1.0.1')).toBe(-1);
    expect(compareVersions('2.0.0', parseVersion('1.0.1')!)).toBe(1);
  });

  it('compares numeric prerelease identifiers beyond 2^53 exactly, where node-semver rounds them', () => {
    const a = '1.0.0-90071992547409920';
    const b = '1.0.0-90071992547409921';
    expect(compareVersions(a, b)).toBe(-1);
    expect(semver.compare(a, b)).toBe(0);
  });

  it('throws a ValidationError naming the bad version', () => {
    expect(() => compareVersions('1.2.0', 'v1.2')).toThrow(ValidationError);
    try {
      compareVersions('1.2', '1.2.0');
      expect.unreachable();
    } catch (error) {
      expect(isGerbangError(error, 'validation-failed')).toBe(true);
      expect((error as ValidationError).message).toContain('"1.2" is not a valid semantic version');
      expect((error as ValidationError).issues[0]).toMatchObject({ code: 'invalid_format', format: 'semver', path: [] });
    }
  });
});

/** [range, version, satisfies]: each row is checked against node-semver too. */
const KNOWN: readonly (readonly [string, string, boolean])[] = [
  // primitives and x-ranges
  ['1.2.3', '1.2.3', true],
  ['=1.2.3', '1.2.3+build', true],
  ['>1.2.3', '1.2.4', true],
  ['>1.2.3', '1.2.3', false],
  ['>=1.2.3 <1.3.0', '1.2.9', true],
  ['<=1.2.3', '1.2.3', true],
  ['<1.2.3', '1.2.3-rc.1', false],
  ['<1.2.3-0', '1.2.3-rc.1', false],
  ['<1.2.3-z', '1.2.3-rc.1', true],
  ['*', '0.0.0', true],
  ['', '4.5.6', true],
  ['x', '1.0.0', true],
  ['1.x', '1.99.0', true],
  ['1.x', '2.0.0', false],
  ['1.2.*', '1.2.7', true],
  ['1.2.X', '1.3.0', false],
  ['1', '1.0.0', true],
  ['>1', '2.0.0', true],
  ['>1', '1.9.9', false],
  ['>1.2', '1.3.0', true],
  ['<=1.2', '1.2.99', true],
  ['<=1.2', '1.3.0-0', false],
  ['<1.2', '1.1.9', true],
  ['<1.2', '1.2.0-0', false],
  ['>=1.2', '1.2.0', true],
  ['<*', '0.0.0', false],
  ['>*', '1.0.0', false],
  ['>=*', '1.0.0', true],
  // tilde
  ['~1.2.3', '1.2.9', true],
  ['~1.2.3', '1.3.0', false],
  ['~1.2', '1.2.0', true],
  ['~1', '1.9.0', true],
  ['~1', '2.0.0', false],
  ['~>1.2.3', '1.2.4', true],
  ['~ 1.2.3', '1.2.4', true],
  ['~0.0.1', '0.0.9', true],
  ['~1.2.3-beta.2', '1.2.3-beta.4', true],
  ['~1.2.3-beta.2', '1.2.4-beta.2', false],
  // caret
  ['^1.2.3', '1.9.9', true],
  ['^1.2.3', '2.0.0', false],
  ['^1.2.3', '2.0.0-0', false],
  ['^0.2.3', '0.2.9', true],
  ['^0.2.3', '0.3.0', false],
  ['^0.0.3', '0.0.3', true],
  ['^0.0.3', '0.0.4', false],
  ['^0.0', '0.0.9', true],
  ['^0.0', '0.1.0', false],
  ['^0', '0.9.0', true],
  ['^0.x', '1.0.0', false],
  ['^1.2.3-beta.2', '1.2.3-beta.4', true],
  ['^1.2.3-beta.2', '1.2.4-beta.2', false],
  ['^ 1.2', '1.3.0', true],
  // hyphen ranges
  ['1.2.3 - 2.3.4', '2.3.4', true],
  ['1.2.3 - 2.3.4', '2.3.5', false],
  ['1.2 - 2.3', '2.3.9', true],
  ['1.2 - 2.3', '1.1.9', false],
  ['1.2.3 - 2', '2.9.9', true],
  ['1.2.3 - 2', '3.0.0', false],
  ['* - 2', '0.0.1', true],
  ['1.2.3-alpha - 1.2.3', '1.2.3-beta', true],
  ['0.0.0 - 1.2.3-rc.1', '1.2.3-rc.0', true],
  // and, or
  ['>=1.0.0 <2.0.0 || >=3.0.0', '3.1.0', true],
  ['>=1.0.0 <2.0.0 || >=3.0.0', '2.1.0', false],
  ['1.2.7 || >=1.2.9 <2.0.0', '1.2.8', false],
  ['>= 1.2.3   <   1.3', '1.2.5', true],
  ['1.2.3 ||', '9.9.9', true],
  ['||', '1.0.0', true],
  // prereleases
  ['^1.2.0', '1.3.0-rc.1', false],
  ['>=1.2.3-alpha', '1.2.3-beta', true],
  ['>=1.2.3-alpha', '1.2.4-beta', false],
  ['>=1.2.3-alpha <1.2.5 || 1.2.4-rc.1', '1.2.4-rc.1', true],
  ['*', '1.0.0-rc.1', false],
  ['* || 1.2.3-beta', '1.2.3-beta', false],
  ['>=0.0.0 || 1.2.3-beta', '1.2.3-beta', false],
  ['>=0.0.0-0 || 1.2.3-beta', '1.2.3-beta', true],
  ['<2.0.0-0', '2.0.0-alpha', false],
  ['1.2.3-rc.1', '1.2.3-rc.1+sha', true],
];

describe('satisfies', () => {
  it.each(KNOWN)('%j against %j gives %j, as node-semver does', (range, version, expected) => {
    expect(satisfies(version, range)).toBe(expected);
    expect(semver.satisfies(version, range)).toBe(expected);
  });

  it('accepts parsed versions and ranges', () => {
    const range = parseRange('^1.2.0')!;
    expect(satisfies(parseVersion('1.4.0')!, range)).toBe(true);
    expect(satisfies('2.0.0', range)).toBe(false);
  });

  it('never throws, and is false for an invalid version or range', () => {
    expect(satisfies('1.2', '*')).toBe(false);
    expect(satisfies('v1.2.3', '*')).toBe(false);
    expect(satisfies('1.2.3', '>=1.2.3 <')).toBe(false);
    expect(satisfies(null as unknown as string, '*')).toBe(false);
    expect(satisfies(12 as unknown as string, 12 as unknown as string)).toBe(false);
  });
});

describe('parseRange and isValidRange', () => {
  it('expands sugar into plain comparators', () => {
    const show = (text: string): string[][] | undefined =>
      parseRange(text)?.set.map((set) => set.map(({ operator, version }) => `${operator}${version.text}`));
    expect(show('^1.2.3')).toEqual([['>=1.2.3', '<2.0.0-0']]);
    expect(show('~0.2')).toEqual([['>=0.2.0', '<0.3.0-0']]);
    expect(show('1.2 - 2')).toEqual([['>=1.2.0', '<3.0.0-0']]);
    expect(show('>1.2 || <=3')).toEqual([['>=1.3.0'], ['<4.0.0-0']]);
    expect(show('1.2.3')).toEqual([['=1.2.3']]);
    expect(show('>=0.0.0')).toEqual([[]]);
    expect(show('1.x || *')).toEqual([[]]);
    expect(parseRange('  ^1.2.3 ')?.text).toBe('  ^1.2.3 ');
  });

  it.each([
    '1.2.3 -',
    '- 1.2.3',
    '1.2.3 - 2.3.4 - 3',
    '>=1.2.3 <',
    '>',
    '~',
    '^',
    '>>1',
    '=>1',
    '==1.2.3',
    '>=1.2.3<2',
    '~~1',
    '^~1',
    '>= >1',
    '> = 1.2.3',
    '1.2.3-',
    '01.2.3',
    '1.2.3-01',
    '1.2.3.4',
    '1.x.3',
    'x.1',
    '1 | 2',
    '9007199254740991.x',
    '^9007199254740991.0.0',
    'a',
  ])('rejects %j, as node-semver does', (text) => {
    expect(isValidRange(text)).toBe(false);
    expect(semver.validRange(text)).toBeNull();
  });

  it.each(['~1.x.3', '^*.2', '1.x.3 - 2', 'v1.2.3', '>=v1.2.3', '~=1.2', '^1.2+build', '1.2.3*', '~ >=1'])(
    'rejects %j, which node-semver accepts (a deliberate difference)',
    (text) => {
      expect(isValidRange(text)).toBe(false);
      expect(semver.validRange(text)).not.toBeNull();
    },
  );

  it('rejects values that are not strings, without throwing', () => {
    for (const value of [undefined, null, 1, {}, ['*']]) {
      expect(isValidRange(value)).toBe(false);
      expect(parseRange(value as string)).toBeUndefined();
    }
  });
});

describe('maxSatisfying', () => {
  it('picks the highest match as written, skipping invalid versions', () => {
    expect(maxSatisfying(['1.2.0', '1.9.1', '2.0.0', 'v1.9.9', 'nope'], '^1.0.0')).toBe('1.9.1');
    expect(maxSatisfying(['1.2.0+b', '1.2.0+a'], '1.2.0')).toBe('1.2.0+b');
    expect(maxSatisfying(['2.0.0'], '^1.0.0')).toBeUndefined();
    expect(maxSatisfying(['1.0.0'], '>>1')).toBeUndefined();
    expect(maxSatisfying([], '*')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Differential tests against node-semver. The grammar leaves out only what is documented as a
// deliberate difference in src/semver.ts: `v`/`=` prefixes, whitespace around versions, x-ranges
// in the wrong order after `~`, `^` or in hyphen ranges, build metadata on partial versions, and
// numeric prerelease identifiers beyond 2^53.

const number = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('0', '1', '2', '3') },
  { weight: 3, arbitrary: fc.nat(12).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('01', '00', '9007199254740991', '9007199254740992') },
);
const prereleaseId = fc.constantFrom('alpha', 'beta', 'rc', '0', '1', '2', '10', 'x', 'a-b', '0a', '-', '01', '');
const buildId = fc.constantFrom('build', '001', 'sha-1', 'x', '');
const prerelease = fc.array(prereleaseId, { minLength: 1, maxLength: 3 }).map((ids) => `-${ids.join('.')}`);
const build = fc.array(buildId, { minLength: 1, maxLength: 2 }).map((ids) => `+${ids.join('.')}`);
const suffix = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: prerelease }),
    fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: build }),
  )
  .map(([pre, meta]) => pre + meta);

const version = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(number, number, number, suffix).map(([a, b, c, rest]) => `${a}.${b}.${c}${rest}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('1.2', '1', '1.2.3.4', '1.2.3-', '1.2.3+', '', 'x.2.3', '1.2.x', 'a.b.c', '1.2.3-a_b'),
  },
);

const wildcard = fc.constantFrom('x', 'X', '*');
/** Partial versions with x-ranges only in trailing positions: `1`, `1.x`, `1.2.*`, `*`. */
const partial = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }), number, number, number, wildcard, suffix)
  .map(([numeric, length, a, b, c, x, rest]) => {
    const parts = [a, b, c].slice(0, Math.max(numeric, length)).map((part, index) => (index < numeric ? part : x));
    return parts.join('.') + (parts.length === 3 ? rest : '');
  });
/** Any mix of numbers and x-ranges, including the invalid `1.x.3`. */
const anyPartial = fc.oneof(
  { weight: 4, arbitrary: partial },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(number, wildcard), fc.oneof(number, wildcard), fc.oneof(number, wildcard))
      .map((parts) => parts.join('.')),
  },
);
const space = fc.constantFrom('', '', '', ' ');
const comparator = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('', '', '=', '<', '<=', '>', '>='), space, anyPartial)
      .map(([op, gap, text]) => (op === '' ? text : op + gap + text)),
  },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('~', '~>', '^'), space, partial).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('>>1', '1.2.3-', '~~1', '^^1', '01.2.3', '1.2.3.4', '!1', 'a', '1.2.3+', '=>1') },
);
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\t');
const set = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.array(comparator, { maxLength: 3 }), separator).map(([items, sep]) => items.join(sep)) },
  { weight: 2, arbitrary: fc.tuple(partial, partial).map(([from, to]) => `${from} - ${to}`) },
);
const range = fc
  .tuple(fc.array(set, { minLength: 1, maxLength: 3 }), fc.constantFrom('||', ' || ', ' ||  '), space, space)
  .map(([sets, or, before, after]) => before + sets.join(or) + after);

describe('differential tests against node-semver', () => {
  it(`agrees on validity, normal form and order of versions (${RUNS} runs)`, () => {
    let valid = 0;
    fc.assert(
      fc.property(version, version, (a, b) => {
        const expected = semver.valid(a);
        expect(isValidVersion(a)).toBe(expected !== null);
        expect(parseVersion(a)?.text ?? null).toBe(expected);
        if (expected !== null && semver.valid(b) !== null) {
          valid++;
          expect(compareVersions(a, b)).toBe(semver.compare(a, b));
        }
      }),
      { numRuns: RUNS },
    );
    expect(valid).toBeGreaterThan(RUNS / 4);
  }, 60_000);

  it(`agrees on validity of ranges, satisfies and maxSatisfying (${RUNS} runs)`, () => {
    const seen = { validRanges: 0, matches: 0, prereleaseMatches: 0, misses: 0 };
    fc.assert(
      fc.property(range, fc.array(version, { maxLength: 4 }), prerelease, (text, random, pre) => {
        // Versions near the bounds named in the range, with and without another prerelease.
        const near = [...text.matchAll(/(\d+)\.(\d+)\.(\d+)(-[\w.-]+)?/g)].flatMap(([whole, a, b, c, own]) => [
          whole,
          `${a}.${b}.${c}${pre}`,
          `${a}.${b}.${c}${own ?? ''}.1`,
          `${a}.${b}.${Number(c) + 1}`,
          `${a}.${b}.${Number(c) + 1}${pre}`,
        ]);
        const versions = [...random, ...near.slice(0, 10)];
        const theirs = semver.validRange(text) === null ? undefined : new semver.Range(text);
        const ours = parseRange(text);
        if (theirs) seen.validRanges++;
        const disagreements = versions.filter((candidate) => {
          const expected = theirs?.test(candidate) ?? false;
          if (expected) seen[semver.prerelease(candidate) ? 'prereleaseMatches' : 'matches']++;
          else if (theirs && semver.valid(candidate)) seen.misses++;
          return satisfies(candidate, ours ?? text) !== expected || satisfies(candidate, text) !== expected;
        });
        expect({ valid: isValidRange(text), disagreements }).toEqual({ valid: theirs !== undefined, disagreements: [] });
        expect(maxSatisfying(versions, text)).toBe(semver.maxSatisfying(versions, text) ?? undefined);
      }),
      { numRuns: RUNS },
    );
    // The grammar must exercise both outcomes, prereleases included, not just invalid input.
    expect(seen.validRanges).toBeGreaterThan(RUNS / 3);
    expect(seen.matches).toBeGreaterThan(RUNS / 5);
    expect(seen.prereleaseMatches).toBeGreaterThan(50);
    expect(seen.misses).toBeGreaterThan(RUNS / 5);
  }, 60_000);
});

describe('isValidRange caching', () => {
  it('gives the same answer from its cache, valid or not', () => {
    expect([isValidRange('>=2.1.0 <4.0.0'), isValidRange('>=2.1.0 <4.0.0')]).toEqual([true, true]);
    expect([isValidRange('not a range'), isValidRange('not a range')]).toEqual([false, false]);
  });

  it('stays correct when more ranges pass through than it keeps', () => {
    for (let minor = 0; minor < 2_000; minor++) expect(isValidRange(`^1.${minor}.0`)).toBe(true);
    expect(isValidRange('^1.0.0 ||| 2')).toBe(false);
  });
});
