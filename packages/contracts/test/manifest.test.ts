import {
  isGerbangError,
  isActivationEvent,
  manifestSchema,
  parseIntegrity,
  parseManifest,
  PERMISSIONS,
  PERMISSION_IDS,
  ValidationError,
  type ValidationIssue,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';
import { aduanManifest, minimalManifest } from './fixtures/manifests.ts';

/** Parses and returns the issues, failing the test if the manifest was accepted. */
function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = parseManifest(input);
  if (result.success) throw new Error('expected the manifest to be rejected');
  expect(result.error).toBeInstanceOf(ValidationError);
  expect(isGerbangError(result.error, 'validation-failed')).toBe(true);
  return result.error.issues;
}

const withChange = (change: Record<string, unknown>): Record<string, unknown> => ({ ...aduanManifest, ...change });

describe('parseManifest: valid manifests', () => {
  it('accepts a complete manifest and returns it unchanged', () => {
    const result = parseManifest(aduanManifest);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(aduanManifest);
  });

  it('fills in the defaults of a minimal manifest', () => {
    const result = parseManifest(minimalManifest);
    expect(result.error?.message).toBeUndefined();
    expect(result.data).toMatchObject({
      permissions: [],
      requires: {},
      provides: [],
      routes: [],
      activation: ['onOpen', 'onDeepLink'],
      loginRequired: false,
    });
    expect(result.data).not.toHaveProperty('regions');
  });

  it('accepts a manifest that went through JSON, as a remote catalogue delivers it', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(aduanManifest))).success).toBe(true);
  });

  it('accepts inline SVG icons and localhost entries for development', () => {
    const result = parseManifest(
      withChange({
        icon: 'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E',
        entry: { ...aduanManifest.entry, url: 'http://localhost:5173/aduan.js' },
      }),
    );
    expect(result.error?.message).toBeUndefined();
  });
});

describe('parseManifest: bad input gets typed, path-named issues', () => {
  it('names the path and the kind of a value of the wrong type', () => {
    const issues = issuesOf(withChange({ version: 120, loginRequired: 'yes' }));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'invalid_type', path: ['version'], expected: 'string', received: 'number' }),
        expect.objectContaining({ path: ['loginRequired'], received: 'string', message: 'expected one of true, false, received "yes"' }),
      ]),
    );
  });

  it('reports every problem in one pass, not only the first', () => {
    const issues = issuesOf({ ...aduanManifest, id: 'Bad Id', version: '1.2', category: 'Pengaduan!', engine: 'latest' });
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(['category', 'engine', 'id', 'version']);
  });

  it('quotes a malformed id in the message', () => {
    const [issue] = issuesOf(withChange({ id: 'Lampung Aduan' }));
    expect(issue?.path).toEqual(['id']);
    expect(issue?.message).toContain('"Lampung Aduan"');
    expect(issue?.message).toContain('lowercase');
  });

  it.each(['1', '1.2', '01.2.3', '1.2.3.4', 'v1.2.3', ''])('rejects the version %j', (version) => {
    const [issue] = issuesOf(withChange({ version }));
    expect(issue?.path).toEqual(['version']);
    expect(issue?.message).toContain('semantic version');
  });

  it('rejects an unknown permission and lists the known ones', () => {
    const issues = issuesOf(
      withChange({ permissions: [{ id: 'camara', rationale: { id: 'Untuk foto.' } }] }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['permissions', 0, 'id']);
    expect(issues[0]?.message).toContain('unknown permission "camara"');
    expect(issues[0]?.message).toContain('camera');
  });

  it('requires an Indonesian rationale for every permission', () => {
    const issues = issuesOf(withChange({ permissions: [{ id: 'location', rationale: { en: 'To pin the report.' } }] }));
    expect(issues[0]).toMatchObject({ code: 'invalid_type', path: ['permissions', 0, 'rationale', 'id'] });
  });

  it('rejects a permission declared twice', () => {
    const rationale = { id: 'Untuk lokasi.' };
    const issues = issuesOf(withChange({ permissions: [{ id: 'location', rationale }, { id: 'location', rationale }] }));
    expect(issues[0]).toMatchObject({ path: ['permissions', 1, 'id'] });
    expect(issues[0]?.message).toContain('listed twice');
  });

  it('rejects malformed service ids and ranges in requires', () => {
    const issues = issuesOf(withChange({ requires: { 'Gerbang API': '^1.0.0', 'gerbang.geo': 'newest' } }));
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([['requires', 'Gerbang API'], ['requires', 'gerbang.geo']]));
    expect(issues.find((issue) => issue.path[1] === 'gerbang.geo')?.message).toContain('"newest" is not a semver range');
  });

  it('rejects route patterns that clash, naming both', () => {
    const issues = issuesOf(
      withChange({
        routes: [
          { name: 'detail', path: '/reports/:id' },
          { name: 'other', path: '/reports/:reportId' },
        ],
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['routes', 1, 'path']);
    expect(issues[0]?.message).toContain('"/reports/:reportId" clashes with "/reports/:id"');
  });

  it('lets a static route sit beside a parameter route (the static one is more specific)', () => {
    const result = parseManifest(
      withChange({ routes: [{ name: 'detail', path: '/reports/:id' }, { name: 'new', path: '/reports/new' }] }),
    );
    expect(result.success).toBe(true);
  });

  it.each([
    ['reports/:id', 'must start with "/"'],
    ['/reports/', 'must not end with "/"'],
    ['/reports//x', 'has the segment ""'],
    ['/reports/:id/:id', 'cannot use the parameter ":id" twice'],
    ['/reports/<script>', 'has the segment "<script>"'],
    ['/reports/:__proto__', 'cannot use the parameter ":__proto__" at all'],
  ])('rejects the route path %j', (path, reason) => {
    const [issue] = issuesOf(withChange({ routes: [{ name: 'detail', path }] }));
    expect(issue?.path).toEqual(['routes', 0, 'path']);
    expect(issue?.message).toContain(reason);
  });

  it('rejects duplicate route names', () => {
    const issues = issuesOf(withChange({ routes: [{ name: 'a', path: '/a' }, { name: 'a', path: '/b' }] }));
    expect(issues[0]).toMatchObject({ path: ['routes', 1, 'name'] });
  });

  it('rejects unknown activation events', () => {
    const [issue] = issuesOf(withChange({ activation: ['onOpen', 'onBoot', 'onEvent:'] }));
    expect(issue?.path).toEqual(['activation', 1]);
    expect(issue?.message).toContain('"onBoot" is not an activation event');
  });

  it('rejects region codes that are not Kemendagri province or regency codes', () => {
    const issues = issuesOf(withChange({ regions: ['18', '1871', 'LPG'] }));
    expect(issues.map((issue) => issue.path)).toEqual([['regions', 1], ['regions', 2]]);
  });

  it.each([
    ['http://modules.example.go.id/a.js', 'https'],
    ['https://user:secret@modules.example.go.id/a.js', 'without credentials'],
    ['javascript:alert(1)', 'https'],
  ])('rejects the entry URL %j', (url, reason) => {
    const [issue] = issuesOf(withChange({ entry: { ...aduanManifest.entry, url } }));
    expect(issue?.path).toEqual(['entry', 'url']);
    expect(issue?.message).toContain(reason);
  });

  it.each([
    ['md5-abc', 'must be "sha256-", "sha384-" or "sha512-"'],
    ['sha256-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC', 'the base64 digest'],
    ['', 'must be'],
  ])('rejects the integrity %j', (integrity, reason) => {
    const [issue] = issuesOf(withChange({ entry: { ...aduanManifest.entry, integrity } }));
    expect(issue?.path).toEqual(['entry', 'integrity']);
    expect(issue?.message).toContain(reason);
  });

  it.each(['javascript:alert(1)', '//evil.example/icon.svg', 'data:text/html,<script>', ''])('rejects the icon %j', (icon) => {
    const [issue] = issuesOf(withChange({ icon }));
    expect(issue?.path).toEqual(['icon']);
  });

  it('rejects an unsupported spec version with a clear reason', () => {
    const [issue] = issuesOf(withChange({ spec: 2 }));
    expect(issue).toMatchObject({ path: ['spec'] });
    expect(issue?.message).toBe('unsupported manifest spec 2; this SDK reads spec 1');
  });

  it('rejects unknown keys, so that typos fail loudly', () => {
    const [issue] = issuesOf(withChange({ permisions: [] }));
    expect(issue).toMatchObject({ code: 'unrecognized_keys', keys: ['permisions'], path: [] });
  });

  it('rejects blank names', () => {
    const [issue] = issuesOf(withChange({ name: { id: '   ' } }));
    expect(issue).toMatchObject({ path: ['name', 'id'], message: 'must not be empty' });
  });

  it.each([null, undefined, 42, 'manifest', []])('rejects %j as a whole', (input) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([]);
  });

  it('names the manifest in the error message', () => {
    const result = parseManifest(withChange({ version: 'x' }));
    expect(result.error?.message).toMatch(/^Invalid manifest "lampung\.aduan": 1 issue\n {2}- at version: "x" is not a semantic version/);
  });
});

describe('parseManifest: hostile input', () => {
  it.each([
    ['__proto__ at the root', '{"__proto__": {"polluted": true}}', ['__proto__']],
    ['__proto__ in requires', '{"requires": {"__proto__": "^1.0.0"}}', ['requires', '__proto__']],
    ['constructor.prototype', '{"constructor": {"prototype": {"polluted": true}}}', ['constructor']],
    ['prototype deep in routes', '{"routes": [{"name": "a", "path": "/a", "prototype": 1}]}', ['routes', 0, 'prototype']],
  ])('rejects %s and pollutes nothing', (_label, extra, path) => {
    const input = { ...JSON.parse(JSON.stringify(aduanManifest)), ...JSON.parse(extra) } as unknown;
    const issues = issuesOf(input);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'forbidden_key', path }));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('turns a throwing getter into an issue instead of throwing', () => {
    const input = { ...aduanManifest };
    Object.defineProperty(input, 'version', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    const issues = issuesOf(input);
    expect(issues[0]).toMatchObject({ code: 'unreadable' });
    expect(issues[0]?.message).toContain('boom');
  });

  it('survives cyclic input', () => {
    const input: Record<string, unknown> = { ...aduanManifest };
    input['keywords'] = { id: ['a'], self: input };
    const issues = issuesOf(input);
    expect(issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['keywords'] });
  });

  it('keeps long hostile values out of messages', () => {
    const [issue] = issuesOf(withChange({ id: 'A'.repeat(10_000) }));
    expect(issue?.message.length).toBeLessThan(200);
  });
});

describe('the schema and the vocabulary', () => {
  it('is the schema parseManifest uses', () => {
    expect(manifestSchema.shape.id).toBeDefined();
  });

  it('labels every permission in Indonesian and English and marks the sensitive ones', () => {
    for (const id of PERMISSION_IDS) {
      expect(PERMISSIONS[id].label.id).not.toBe('');
      expect(PERMISSIONS[id].label.en).not.toBe('');
    }
    expect(PERMISSION_IDS.filter((id) => PERMISSIONS[id].sensitive)).toEqual([
      'location',
      'identity.profile',
      'identity.nik',
      'payments',
    ]);
  });

  it.each([
    ['onStartup', true],
    ['onEvent:lampung.aduan/report-created', true],
    ['onEvent:', false],
    ['onEvent:Upper', false],
    ['onstartup', false],
  ])('isActivationEvent(%j) is %j', (value, expected) => {
    expect(isActivationEvent(value)).toBe(expected);
  });
});

describe('parseIntegrity', () => {
  it('reads one or more hashes, checking the digest length of each algorithm', () => {
    const sha256 = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
    const sha384 = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';
    expect(parseIntegrity(sha256)).toEqual([{ algorithm: 'sha256', digest: sha256.slice(7) }]);
    expect(parseIntegrity(` ${sha256}  ${sha384} `)?.map((hash) => hash.algorithm)).toEqual(['sha256', 'sha384']);
    expect(parseIntegrity(sha384.replace('sha384', 'sha256'))).toBeUndefined();
    expect(parseIntegrity('sha1-abc')).toBeUndefined();
    expect(parseIntegrity('')).toBeUndefined();
  });
});
