import { compileRouteTable, isDeepLinkTo, resolveDeepLink, type DeepLinkResolution } from '@gerbang/core';
import { defineManifest, isGerbangError } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';
import { inBuild } from './support/build.ts';

const ORIGIN = 'https://lampungin.example.id';
const options = { origins: [ORIGIN, 'https://www.lampungin.example.id', 'http://localhost:5173'] };

const aduan = defineManifest({
  spec: 1,
  id: 'lampung.aduan',
  version: '1.0.0',
  name: { id: 'Lapor' },
  description: { id: 'Laporkan masalah.' },
  icon: '/icons/aduan.svg',
  category: 'pengaduan',
  engine: '^0.1.0',
  routes: [
    { name: 'home', path: '/' },
    { name: 'detail', path: '/reports/:id' },
    { name: 'new', path: '/reports/new' },
    { name: 'photo', path: '/reports/:id/photos/:photo' },
  ],
});

const table = compileRouteTable([
  { moduleId: aduan.id, routes: aduan.routes },
  { moduleId: 'lampung.berita', routes: [{ name: 'article', path: '/:slug' }] },
  { moduleId: 'lampung.info', routes: [] },
]);

function ok(url: string) {
  const result = resolveDeepLink(table, url, options);
  if (!result.ok) throw new Error(`expected ${url} to resolve: ${result.error.message}`);
  return result;
}

function failure(url: string, resolveOptions = options) {
  const result = resolveDeepLink(table, url, resolveOptions);
  if (result.ok) throw new Error(`expected ${url} to fail, it resolved to ${result.moduleId} ${result.route}`);
  return result.error;
}

describe('compileRouteTable', () => {
  it('indexes modules and routes', () => {
    expect(table.moduleCount).toBe(3);
    expect(table.routeCount).toBe(5);
    expect(table.has('lampung.info')).toBe(true);
    expect(table.route('lampung.aduan', 'detail')).toMatchObject({ path: '/reports/:id', params: ['id'] });
    expect(table.routes('lampung.aduan').map((route) => route.name)).toEqual(['home', 'detail', 'new', 'photo']);
    expect(table.routes('nope')).toEqual([]);
  });

  it('prefers static segments to parameters, whatever the declaration order', () => {
    expect(table.match('lampung.aduan', '/reports/new')?.route.name).toBe('new');
    expect(table.match('lampung.aduan', '/reports/news')).toMatchObject({ route: { name: 'detail' }, params: { id: 'news' } });
  });

  it('backtracks from a static branch that does not complete', () => {
    const branching = compileRouteTable([
      { moduleId: 'm', routes: [{ name: 'a', path: '/x/new/edit' }, { name: 'b', path: '/x/:id/photos' }] },
    ]);
    expect(branching.match('m', '/x/new/photos')).toMatchObject({ route: { name: 'b' }, params: { id: 'new' } });
  });

  it('extends a base table without recompiling it, replacing a module with the same id', () => {
    const extended = compileRouteTable([{ moduleId: 'lampung.berita', routes: [] }, { moduleId: 'lampung.pajak', routes: [{ name: 'home', path: '/' }] }], { base: table });
    expect(extended.moduleCount).toBe(4);
    expect(extended.routes('lampung.berita')).toEqual([]);
    expect(extended.route('lampung.aduan', 'detail')).toBe(table.route('lampung.aduan', 'detail'));
    expect(table.moduleCount).toBe(3);
  });
});

describe('resolveDeepLink: accepted forms', () => {
  it('resolves gerbang:// links with params and query', () => {
    expect(ok('gerbang://lampung.aduan/reports/LPG-001?tab=map&q=jalan+rusak%21')).toEqual({
      ok: true,
      moduleId: 'lampung.aduan',
      route: 'detail',
      path: '/reports/LPG-001',
      params: { id: 'LPG-001' },
      query: { tab: 'map', q: 'jalan rusak!' },
    });
  });

  it('resolves the module root with and without a slash, and ignores the fragment', () => {
    for (const url of ['gerbang://lampung.aduan', 'gerbang://lampung.aduan/', 'gerbang://lampung.aduan#top', 'gerbang://lampung.aduan?x=1#top']) {
      expect(ok(url)).toMatchObject({ moduleId: 'lampung.aduan', route: 'home', path: '/' });
    }
  });

  it('resolves the brand’s https origins under /m/, case-insensitively and with the default port', () => {
    for (const url of [
      `${ORIGIN}/m/lampung.aduan/reports/7`,
      'HTTPS://LampungIn.Example.ID/m/lampung.aduan/reports/7',
      'https://lampungin.example.id:443/m/lampung.aduan/reports/7',
      'https://www.lampungin.example.id/m/lampung.aduan/reports/7/',
      'http://localhost:5173/m/lampung.aduan/reports/7',
    ]) {
      expect(ok(url)).toMatchObject({ moduleId: 'lampung.aduan', route: 'detail', params: { id: '7' } });
    }
  });

  it('resolves app paths and uppercase schemes', () => {
    expect(ok('/m/lampung.aduan/reports/7/photos/2')).toMatchObject({ route: 'photo', params: { id: '7', photo: '2' } });
    expect(ok('GERBANG://Lampung.Aduan/reports/new')).toMatchObject({ moduleId: 'lampung.aduan', route: 'new' });
  });

  it('percent-decodes params and query values', () => {
    expect(ok('gerbang://lampung.berita/banjir%20di%20metro?from=%F0%9F%93%B0')).toMatchObject({
      params: { slug: 'banjir di metro' },
      query: { from: '📰' },
    });
  });

  it('keeps the first of repeated query names and never pollutes prototypes', () => {
    const result = ok('gerbang://lampung.aduan/?a=1&a=2&__proto__=x&constructor=y&flag');
    expect(result.query).toEqual({ a: '1', ['__proto__']: 'x', constructor: 'y', flag: '' });
    expect(Object.getPrototypeOf(result.query)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('resolveDeepLink: not found', () => {
  it('names an unknown module', () => {
    const error = failure('gerbang://lampung.ojek/rides/1');
    expect(isGerbangError(error, 'deep-link-not-found')).toBe(true);
    expect(error).toMatchObject({ name: 'DeepLinkError', moduleId: 'lampung.ojek', path: '/rides/1' });
    expect(error.message).toContain(inBuild('no module "lampung.ojek"', '"gerbang://lampung.ojek/rides/1" lampung.ojek'));
  });

  it('names the module and path of an unknown route, and lists the routes', () => {
    const error = failure(`${ORIGIN}/m/lampung.aduan/reports/1/comments`);
    expect(error).toMatchObject({ code: 'deep-link-not-found', moduleId: 'lampung.aduan', path: '/reports/1/comments' });
    expect(error.message).toContain(inBuild('/reports/:id', `"${ORIGIN}/m/lampung.aduan/reports/1/comments" /reports/1/comments`));
    expect(failure('gerbang://lampung.info/x').message).toContain(inBuild('declares no routes', '"gerbang://lampung.info/x" /x'));
  });

  it('treats paths outside /m/ and empty params as not found', () => {
    expect(failure(`${ORIGIN}/about`).code).toBe('deep-link-not-found');
    expect(failure('/settings').code).toBe('deep-link-not-found');
    expect(failure('gerbang://lampung.aduan/reports/').code).toBe('deep-link-not-found');
    expect(failure('gerbang://lampung.aduan/reports//photos/1').code).toBe('deep-link-not-found');
  });
});

describe('resolveDeepLink: refused', () => {
  const cases: [string, string][] = [
    ['javascript:alert(1)', 'forbidden-scheme'],
    ['JaVaScRiPt:alert(document.cookie)', 'forbidden-scheme'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'forbidden-scheme'],
    ['vbscript:msgbox(1)', 'forbidden-scheme'],
    ['file:///etc/passwd', 'forbidden-scheme'],
    ['blob:https://lampungin.example.id/uuid', 'forbidden-scheme'],
    ['intent://lampung.aduan#Intent;scheme=http;end', 'forbidden-scheme'],
    ['https://evil.example/m/lampung.aduan/reports/1', 'foreign-origin'],
    ['https://lampungin.example.id.evil.example/m/lampung.aduan/', 'foreign-origin'],
    ['https://lampungin.example.id:8443/m/lampung.aduan/', 'foreign-origin'],
    ['http://lampungin.example.id/m/lampung.aduan/', 'foreign-origin'],
    ['//evil.example/m/lampung.aduan/', 'protocol-relative'],
    ['https://lampungin.example.id@evil.example/m/lampung.aduan/', 'userinfo'],
    ['https://user:pass@lampungin.example.id/m/lampung.aduan/', 'userinfo'],
    ['gerbang://x@lampung.aduan/', 'userinfo'],
    ['https:\\\\evil.example/m/lampung.aduan/', 'backslash'],
    ['/\\evil.example/m/lampung.aduan/', 'backslash'],
    ['/m/lampung.aduan\\..\\x', 'backslash'],
    ['/m/lampung.aduan/reports/a%2Fb', 'encoded-separator'],
    ['/m/lampung.aduan/reports/a%5cb', 'encoded-separator'],
    ['/m/lampung.aduan/../lampung.berita/x', 'dot-segment'],
    ['gerbang://lampung.aduan/reports/%2e%2e', 'dot-segment'],
    ['java\tscript:alert(1)', 'control-character'],
    [' javascript:alert(1)', 'control-character'],
    ['/m/lampung.aduan/reports/1\n', 'control-character'],
    ['https://lampungin.example.id\u3000/m/lampung.aduan/', 'control-character'],
  ];

  it.each(cases)('%s → %s', (url, reason) => {
    const error = failure(url);
    expect(isGerbangError(error, 'deep-link-refused')).toBe(true);
    expect(error.reason).toBe(reason);
    expect(error.url).toBe(url);
  });

  it('refuses every https origin when none are configured', () => {
    const error = failure(`${ORIGIN}/m/lampung.aduan/`, { origins: [] });
    expect(error).toMatchObject({ reason: 'foreign-origin' });
    expect(error.message).toContain(inBuild('none are configured', `"${ORIGIN}/m/lampung.aduan/" foreign-origin`));
  });

  it('never trusts a configured plain-http origin other than localhost', () => {
    expect(failure('http://lampungin.example.id/m/lampung.aduan/', { origins: ['http://lampungin.example.id'] }).reason).toBe('foreign-origin');
  });
});

describe('resolveDeepLink: malformed', () => {
  it.each([
    '',
    'lampung.aduan/reports/1',
    'gerbang:lampung.aduan',
    'gerbang://lampung_aduan/x',
    'gerbang://lampung..aduan/',
    'gerbang:///reports/1',
    'https:lampungin.example.id/m/lampung.aduan/',
    'https://exa_mple.id/m/x/',
    '/m/',
    '/m/lampung.aduan/reports/%E0%A4%A',
    '/m/lampung.aduan/?q=%ZZ',
    'x'.repeat(5000),
  ])('%j is malformed', (url) => {
    expect(failure(url).code).toBe('deep-link-malformed');
  });

  it('answers non-strings from untyped callers without throwing', () => {
    const values: unknown[] = [undefined, null, 42, {}, Symbol('x')];
    for (const value of values) {
      const result = resolveDeepLink(table, value as string, options);
      expect(result.ok).toBe(false);
    }
  });

  it('quotes at most 100 characters of a long link, and keeps it whole', () => {
    const url = `gerbang://lampung.ojek/${'a'.repeat(300)}`;
    const error = failure(url);
    expect(error.message.length).toBeLessThan(250);
    expect(error.url).toBe(url);
  });
});

describe('isDeepLinkTo', () => {
  it('narrows to the typed routes of one module', () => {
    const result: DeepLinkResolution = resolveDeepLink(table, 'gerbang://lampung.aduan/reports/9/photos/3', options);
    expect(isDeepLinkTo(result, aduan)).toBe(true);
    if (isDeepLinkTo(result, aduan) && result.route === 'photo') {
      expect(`${result.params.id}/${result.params.photo}`).toBe('9/3');
    }
    const other = resolveDeepLink(table, 'gerbang://lampung.berita/x', options);
    expect(isDeepLinkTo(other, aduan)).toBe(false);
    expect(isDeepLinkTo(resolveDeepLink(table, 'javascript:x', options), aduan)).toBe(false);
  });
});
