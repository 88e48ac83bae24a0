import { parseManifest, PERMISSION_IDS, type ValidationIssue } from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aduanManifest } from './fixtures/manifests.ts';

const RUNS = 10_000;

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const gerbangId = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('.'));
const version = fc
  .tuple(fc.nat(20), fc.nat(20), fc.nat(20), fc.option(fc.constantFrom('alpha.1', 'rc.2', 'beta'), { nil: undefined }))
  .map(([major, minor, patch, pre]) => `${major}.${minor}.${patch}${pre === undefined ? '' : `-${pre}`}`);
const range = fc.oneof(
  version.map((v) => `^${v}`),
  version.map((v) => `~${v}`),
  fc.tuple(version, version).map(([a, b]) => `>=${a} <${b}`),
  fc.constant('*'),
);
const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '');
const localized = fc.record({ id: text, en: text }, { requiredKeys: ['id'] });

/** Route lists whose paths are pairwise distinct in shape, so that they never clash. */
const routes = fc
  .uniqueArray(fc.array(word, { minLength: 1, maxLength: 3 }), {
    maxLength: 6,
    selector: (segments) => segments.join('/'),
  })
  .map((paths) =>
    paths.map((segments, index) => ({
      name: `r${index}`,
      path: `/${segments.map((segment, at) => (at === 1 ? `:${segment}` : segment)).join('/')}`,
    })),
  )
  .filter((list) => new Set(list.map((route) => route.path.replace(/:[a-z0-9]+/g, ':'))).size === list.length);

/** Manifests built field by field from the rules: every one of them must be accepted. */
const validManifest = fc.record(
  {
    spec: fc.constant(1),
    id: gerbangId,
    version,
    name: localized,
    description: localized,
    icon: word.map((name) => `/icons/${name}.svg`),
    category: word,
    permissions: fc
      .uniqueArray(fc.constantFrom(...PERMISSION_IDS), { maxLength: PERMISSION_IDS.length })
      .chain((ids) => fc.tuple(...ids.map((id) => localized.map((rationale) => ({ id, rationale }))))),
    requires: fc.dictionary(gerbangId, range, { maxKeys: 4 }),
    provides: fc.uniqueArray(fc.record({ id: gerbangId, version }), {
      maxLength: 3,
      selector: (service) => `${service.id}@${service.version}`,
    }),
    routes,
    activation: fc.uniqueArray(fc.constantFrom('onStartup', 'onOpen', 'onDeepLink', 'onEvent:host.online'), {
      minLength: 1,
    }),
    engine: range,
    regions: fc.uniqueArray(fc.stringMatching(/^\d{2}(\.\d{2})?$/), { maxLength: 5 }),
    loginRequired: fc.boolean(),
  },
  { requiredKeys: ['spec', 'id', 'version', 'name', 'description', 'icon', 'category', 'engine'] },
);

/** Any value at all, including the keys that pollute prototypes and exotic objects. */
const anyValue = fc.anything({
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'routes', 'permissions')),
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
});

function expectWellFormedIssues(issues: readonly ValidationIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.code).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

// Ten thousand runs take a few seconds; on a busy machine more than vitest's default 5 s.
describe('parseManifest under random input', { timeout: 60_000 }, () => {
  it(`accepts ${RUNS.toLocaleString('en')} random valid manifests and keeps every field`, () => {
    fc.assert(
      fc.property(validManifest, (manifest) => {
        const result = parseManifest(manifest);
        if (!result.success) throw new Error(result.error.message);
        expect(result.data).toMatchObject(manifest);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on ${RUNS.toLocaleString('en')} arbitrary values, and explains every rejection`, () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        const result = parseManifest(input);
        if (!result.success) expectWellFormedIssues(result.error.issues);
      }),
      { numRuns: RUNS },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it(`never throws on ${RUNS.toLocaleString('en')} valid manifests with one field replaced by anything`, () => {
    const keys = Object.keys(aduanManifest);
    fc.assert(
      fc.property(fc.constantFrom(...keys, 'extra'), anyValue, (key, value) => {
        const result = parseManifest({ ...aduanManifest, [key]: value });
        if (!result.success) {
          expectWellFormedIssues(result.error.issues);
          // The problem is reported where it is, not somewhere else.
          expect(result.error.issues.some((issue) => issue.path[0] === key || issue.path.length === 0)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
