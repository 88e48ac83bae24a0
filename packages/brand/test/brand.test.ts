import {
  checkBrand,
  CONTRAST_PAIRS,
  contrastRatio,
  defineBrand,
  jakartaStyle,
  lampungIn,
  parseBrand,
  type ContrastIssue,
} from '@gerbang/brand';
import { isGerbangError, type ValidationIssue } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';
import { lampungJson } from './helpers.ts';

const paths = (issues: readonly ValidationIssue[] | undefined): string[] => (issues ?? []).map((issue) => issue.path.join('.'));

describe('the presets', () => {
  it.each([
    ['lampungIn', lampungIn],
    ['jakartaStyle', jakartaStyle],
  ])('%s passes every check, with suggestions on or off', (_name, preset) => {
    for (const result of [parseBrand(preset), checkBrand(preset)]) {
      expect(result.error?.message).toBeUndefined();
      expect(result.success).toBe(true);
      // the only warning is the call centre number, which the presets mark as an example
      expect(result.warnings.map((warning) => warning.code)).toEqual(['example-contact']);
    }
  });

  it('Lampung In serves province 18 and its 15 regencies and cities, in WIB', () => {
    const brand = defineBrand(lampungIn);
    expect(brand.provinceCode).toBe('18');
    expect(brand.regions.filter((region) => region.startsWith('18.'))).toHaveLength(15);
    expect(brand.regions).toContain('18.71');
    expect(brand.regions).toContain('18.72');
    expect(brand.locales.timeZone).toBe('Asia/Jakarta');
    expect(brand.contact.emergency).toBe('112');
    expect(brand.contact.callCenter?.example).toBe(true);
  });

  it('carries the labels and colours it shows report states in, and names a bad status or colour', () => {
    const brand = defineBrand({ ...lampungIn, reportStatuses: { submitted: { label: { id: 'Belum diverifikasi', en: 'Unverified' }, colour: '#B71C1C' } } });
    expect(brand.reportStatuses?.submitted).toEqual({ label: { id: 'Belum diverifikasi', en: 'Unverified' }, colour: '#B71C1C' });
    const result = parseBrand({ ...lampungJson(), reportStatuses: { selesai: { colour: '#00FF00' }, done: { colour: 'green' } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['reportStatuses', 'reportStatuses.done.colour']));
  });

  it('Jakarta-style serves province 31 and its 6 regions', () => {
    const brand = defineBrand(jakartaStyle);
    expect(brand.regions).toEqual(['31', '31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
  });

  it('every contrast pair of both presets meets its minimum in both schemes', () => {
    for (const preset of [lampungIn, jakartaStyle]) {
      for (const scheme of ['light', 'dark'] as const) {
        const colors = preset.tokens.color[scheme];
        for (const pair of CONTRAST_PAIRS) {
          expect(contrastRatio(colors[pair.foreground], colors[pair.background])).toBeGreaterThanOrEqual(pair.use === 'text' ? 4.5 : 3);
        }
      }
    }
  });
});

describe('parseBrand: parse', () => {
  it('reports every schema issue in one pass, each with its path', () => {
    const input = lampungJson();
    input.id = 'Lampung In';
    input.provinceCode = '018';
    input.locales.timeZone = 'Asia/Singapore';
    input.tokens.color.light.primary = 'maroon';
    input.legal.terms = 'http://lampungin.example.id/terms';
    input.api.production = 'ftp://api.example.id';
    input.origins = ['https://lampungin.example.id/path'] as never;
    input.home.featured = ['Aduan'] as never;
    input.unknownField = true;
    const result = parseBrand(input);
    expect(result.success).toBe(false);
    expect(paths(result.error?.issues)).toEqual(
      expect.arrayContaining([
        'id',
        'provinceCode',
        'locales.timeZone',
        'tokens.color.light.primary',
        'legal.terms',
        'api.production',
        'origins.0',
        'home.featured.0',
        '',
      ]),
    );
    expect(result.error?.issues.find((issue) => issue.path.join('.') === 'locales.timeZone')?.message).toContain('Asia/Makassar');
    expect(isGerbangError(result.error, 'validation-failed')).toBe(true);
    expect(result.error?.message).toMatch(/^Invalid brand "Lampung In": 9 issues\n {2}- at id: /);
  });

  it('runs the contrast gate on a well-formed scheme even when other fields fail', () => {
    const input = lampungJson();
    input.name = '';
    input.tokens.color.dark.onSurface = '#2a2a2a';
    const result = parseBrand(input);
    expect(paths(result.error?.issues)).toEqual(['name', 'tokens.color.dark.onSurface']);
  });

  it('refuses __proto__, constructor and prototype keys at any depth', () => {
    const input = JSON.parse(
      JSON.stringify(lampungIn).replace('"tokens":{', '"tokens":{"__proto__":{"polluted":true},').replace('"home":{', '"home":{"constructor":{"prototype":{"polluted":true}},'),
    ) as unknown;
    const result = parseBrand(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['forbidden_key', 'tokens.__proto__'],
      ['forbidden_key', 'home.constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, even on input that throws when read', () => {
    const hostile = Object.defineProperty({}, 'spec', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [undefined, null, 42, 'brand', [], hostile]) {
      const result = parseBrand(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues.length).toBeGreaterThan(0);
    }
  });

  it('accepts inline SVG logos but refuses scripts and event handlers in them', () => {
    for (const logo of ['<svg><script>alert(1)</script></svg>', '<svg onload="alert(1)"></svg>', '<svg><a href="javascript:alert(1)"/></svg>', 'javascript:alert(1)']) {
      const input = lampungJson();
      input.logo.light = logo;
      expect(paths(parseBrand(input).error?.issues)).toEqual(['logo.light']);
    }
    const input = lampungJson();
    input.logo.light = 'https://cdn.example.id/logo.svg';
    input.icon = '/brand/icon.png';
    expect(parseBrand(input).success).toBe(true);
  });

  it('takes http API URLs on localhost and 127.0.0.1 only, and only for development', () => {
    const local = lampungJson();
    local.api.development = 'http://127.0.0.1:3000/';
    expect(parseBrand(local).brand?.api.development).toBe('http://127.0.0.1:3000');
    const staging = lampungJson();
    staging.api.staging = 'http://localhost:8787';
    expect(parseBrand(staging).error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['api.staging', 'the staging API must use https (http is for development on localhost)'],
    ]);
    const remote = lampungJson();
    remote.api.development = 'http://dev.example.id';
    expect(paths(parseBrand(remote).error?.issues)).toEqual(['api.development']);
  });
});

describe('parseBrand: normalize', () => {
  it('writes colours as lowercase #rrggbb, puts the default locale first, and trims URLs', () => {
    const input = lampungJson();
    input.tokens.color.light.primary = '#8C1C13';
    input.tokens.color.light.onPrimary = '#FFF';
    input.locales.supported = ['en-US'] as never;
    input.origins = ['https://LampungIn.Example.ID/'] as never;
    input.api.production = 'https://api.lampungin.example.id/';
    const brand = parseBrand(input).brand!;
    expect(brand.tokens.color.light.primary).toBe('#8c1c13');
    expect(brand.tokens.color.light.onPrimary).toBe('#ffffff');
    expect(brand.locales.supported).toEqual(['id-ID', 'en-US']);
    expect(brand.origins).toEqual(['https://lampungin.example.id']);
    expect(brand.api.production).toBe('https://api.lampungin.example.id');
  });

  it('fills in defaults: regions default to the province, tokens to a readable scale', () => {
    const input = lampungJson();
    delete (input as Partial<typeof input>).regions;
    delete (input.tokens as Partial<typeof input.tokens>).typography;
    const brand = parseBrand(input).brand!;
    expect(brand.regions).toEqual(['18']);
    expect(brand.tokens.typography.styles.body).toEqual({ size: 16, lineHeight: 1.5, weight: 400 });
    expect(brand.tokens.spacing.md).toBe(12);
    expect(brand.featureFlags).toEqual({});
  });

  it('does not change its input', () => {
    const input = lampungJson();
    const before = JSON.stringify(input);
    parseBrand(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('parseBrand: check', () => {
  it('fails a text pair below 4.5:1 and names the pair, the scheme and the ratio', () => {
    const input = lampungJson();
    input.tokens.color.light.primary = '#f2a900';
    const result = parseBrand(input);
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === 'tokens.color.light.onPrimary') as ContrastIssue;
    expect(issue.check).toBe('contrast');
    expect(issue.pair).toEqual({ foreground: 'onPrimary', background: 'primary', use: 'text' });
    expect(issue.ratio).toBeCloseTo(contrastRatio('#ffffff', '#f2a900'), 10);
    expect(issue.minimum).toBe(4.5);
    expect(issue.message).toBe(
      'onPrimary (#ffffff) on primary (#f2a900) in the light scheme has a contrast of 2.01:1, below the 4.5:1 WCAG AA needs for text',
    );
    expect(issue.suggestions).toBeUndefined();
    // the same colour fails as a UI colour on the page and on surfaces (3:1)
    expect(paths(result.error?.issues)).toEqual(['tokens.color.light.onPrimary', 'tokens.color.light.primary', 'tokens.color.light.primary']);
  });

  it('passes 4.5:1 exactly at #767676 on white and fails #777777', () => {
    for (const [outline, fails] of [
      ['#767676', false],
      ['#777777', true],
    ] as const) {
      const input = lampungJson();
      input.tokens.color.light.surfaceVariant = '#ffffff';
      input.tokens.color.light.onSurfaceVariant = outline;
      expect(parseBrand(input).success).toBe(!fails);
    }
  });

  it('checkBrand suggests the nearest passing tone of either colour, and the suggestion passes', () => {
    const input = lampungJson();
    input.tokens.color.light.primary = '#f2a900';
    const issue = checkBrand(input).error?.issues[0] as ContrastIssue;
    const { foreground, background } = issue.suggestions ?? {};
    expect(background?.ratio).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', background!.color)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(foreground!.color, '#f2a900')).toBeGreaterThanOrEqual(4.5);
    expect(issue.message).toContain(`nearest passing tone: onPrimary ${foreground!.color}`);
    expect(issue.message).toContain(`primary ${background!.color}`);
    // with the fix applied, the pair passes
    input.tokens.color.light.primary = background!.color;
    expect(parseBrand(input).error?.issues.some((candidate) => candidate.path.join('.') === 'tokens.color.light.onPrimary') ?? false).toBe(false);
  });

  it('checks regions against the province, modules, permissions and API URLs', () => {
    const input = lampungJson();
    input.regions = ['18', '31.71', '18.72'] as never;
    input.modules = { enabled: ['aduan', 'berita'], disabled: ['berita'] } as never;
    input.permissionPolicy = { allow: ['location', 'camera'], deny: ['camera'] };
    const result = parseBrand(input);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['regions.1', 'region "31.71" is not in province "18"'],
      ['modules.disabled.0', 'module "berita" is both enabled and disabled'],
      ['permissionPolicy.deny.0', 'permission "camera" is both allowed and denied'],
    ]);
  });

  it('warns about home modules that will not be shown and a time zone that does not fit the province', () => {
    const input = lampungJson();
    input.modules = { disabled: ['berita'] } as never;
    input.featureFlags = { 'module.darurat': false };
    input.locales.timeZone = 'Asia/Makassar';
    const result = parseBrand(input);
    expect(result.success).toBe(true);
    expect(result.warnings.map((warning) => [warning.code, warning.path.join('.')])).toEqual([
      ['time-zone', 'locales.timeZone'],
      ['hidden-module', 'home.order.3'],
      ['hidden-module', 'home.order.5'],
      ['hidden-module', 'home.pinned.0'],
      ['hidden-module', 'home.sections.1.modules.0'],
      ['hidden-module', 'home.sections.1.modules.2'],
      ['example-contact', 'contact.callCenter.number'],
    ]);
    expect(result.warnings[1]?.message).toBe('module "berita" will not be shown: modules.disabled turns it off');
  });
});

describe('defineBrand', () => {
  it('returns the normalized brand', () => {
    expect(defineBrand(lampungIn).tokens.spacing).toEqual({ xs: 4, sm: 8, md: 12, lg: 16, xl: 24, xxl: 32 });
  });

  it('throws one ValidationError that lists every issue', () => {
    const input = lampungJson();
    input.shortName = 'A short name far too long';
    input.tokens.color.dark.onPrimary = '#ffb4a8';
    let caught: unknown;
    try {
      defineBrand(input as never);
    } catch (error) {
      caught = error;
    }
    expect(isGerbangError(caught, 'validation-failed')).toBe(true);
    const message = (caught as Error).message;
    expect(message).toContain('Invalid brand "lampung-in": 2 issues');
    expect(message).toContain('at shortName: must be at most 16 characters');
    expect(message).toContain('at tokens.color.dark.onPrimary: onPrimary (#ffb4a8) on primary (#ffb4a8) in the dark scheme has a contrast of 1.00:1');
  });
});
