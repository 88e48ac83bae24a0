import { isDeepLinkTo, resolveDeepLink, type DeepLinkParams, type DeepLinkResolution, type RouteTable } from '@gerbang/core';
import { defineManifest } from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';

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
    { name: 'photo', path: '/reports/:id/photos/:photo' },
  ],
});

declare const table: RouteTable;

describe('deep-link types', () => {
  it('gives untyped string params before narrowing', () => {
    const result = resolveDeepLink(table, 'gerbang://lampung.aduan/', { origins: [] });
    expectTypeOf(result).toEqualTypeOf<DeepLinkResolution>();
    if (result.ok) {
      expectTypeOf(result.route).toEqualTypeOf<string>();
      expectTypeOf(result.params).toEqualTypeOf<Readonly<Record<string, string>>>();
    } else {
      expectTypeOf(result.error.code).toEqualTypeOf<'deep-link-not-found' | 'deep-link-refused' | 'deep-link-malformed'>();
    }
  });

  it('types route names and params from a typed manifest', () => {
    const result = resolveDeepLink(table, 'gerbang://lampung.aduan/reports/1', { origins: [] });
    if (isDeepLinkTo(result, aduan)) {
      expectTypeOf(result.moduleId).toEqualTypeOf<'lampung.aduan'>();
      expectTypeOf(result.route).toEqualTypeOf<'home' | 'detail' | 'photo'>();
      if (result.route === 'photo') {
        expectTypeOf(result.params).toEqualTypeOf<{ id: string; photo: string }>();
        expectTypeOf(result.params).not.toHaveProperty('tab');
      }
      if (result.route === 'detail') expectTypeOf(result.params).toEqualTypeOf<{ id: string }>();
      if (result.route === 'home') expectTypeOf(result.params).toEqualTypeOf<Record<string, never>>();
    }
  });

  it('names the params of one route', () => {
    expectTypeOf<DeepLinkParams<typeof aduan, 'photo'>>().toEqualTypeOf<{ id: string; photo: string }>();
    expectTypeOf<DeepLinkParams<typeof aduan, 'home'>>().toEqualTypeOf<Record<string, never>>();
  });
});
