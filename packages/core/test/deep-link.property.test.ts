import { compileRouteTable, resolveDeepLink } from '@gerbang/core';
import { isGerbangError } from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ORIGINS = ['https://lampungin.example.id', 'http://localhost:5173'];
const table = compileRouteTable([
  { moduleId: 'lampung.aduan', routes: [{ name: 'home', path: '/' }, { name: 'detail', path: '/reports/:id' }, { name: 'new', path: '/reports/new' }] },
  { moduleId: 'evil', routes: [{ name: 'any', path: '/:x' }] },
]);
const CODES = new Set(['deep-link-not-found', 'deep-link-refused', 'deep-link-malformed']);

/** The prefixes under which a resolved link may start: the app's own scheme, paths and origins. */
function startsOnOwnGround(url: string): boolean {
  const lower = url.toLowerCase();
  return (
    lower.startsWith('gerbang://') ||
    lower.startsWith('/m/') ||
    /^https:\/\/lampungin\.example\.id(?::443)?\/m\//.test(lower) ||
    /^http:\/\/localhost:5173\/m\//.test(lower)
  );
}

const hostilePrefix = fc.constantFrom(
  'javascript:',
  'JAVASCRIPT:',
  'data:text/html,',
  'vbscript:',
  'file://',
  '//',
  '\\\\',
  '/\\',
  'https://evil.example',
  'https://lampungin.example.id@evil.example',
  'https://lampungin.example.id.evil.example',
  'https:/',
  'https:',
  'gerbang:',
  'gerbang://',
  'gerbang://evil@',
  '/m/',
  'https://lampungin.example.id/m/',
  '\t',
  '\u0000',
  '%2F',
  '..',
);
const hostilePiece = fc.constantFrom('/', '\\', '%2f', '%5C', '..', '.', '@', '#', '?', '%', '%0a', ':', 'lampung.aduan', 'evil', 'reports', ' ', '\u202e', '&', '=');
const hostile = fc
  .tuple(hostilePrefix, fc.array(fc.oneof(hostilePiece, fc.string({ maxLength: 6 })), { maxLength: 10 }))
  .map(([prefix, pieces]) => prefix + pieces.join(''));

const anyLink = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((url) => url.replace(/^https?:\/\/[^/]+/, 'https://lampungin.example.id')),
  hostile,
);

describe('resolveDeepLink, property-based', () => {
  it('always returns a typed result, never throws, and never resolves a foreign origin', () => {
    fc.assert(
      fc.property(anyLink, (url) => {
        const result = resolveDeepLink(table, url, { origins: ORIGINS });
        if (result.ok) {
          expect(startsOnOwnGround(url)).toBe(true);
          expect(table.has(result.moduleId)).toBe(true);
          expect(result.path.startsWith('/')).toBe(true);
        } else {
          expect(isGerbangError(result.error)).toBe(true);
          expect(CODES.has(result.error.code)).toBe(true);
          expect(result.error.url).toBe(url);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('resolves every well-formed link to a registered route, in all three forms', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/).filter((value) => value !== '.' && value !== '..');
    // Any text but "/" and "\\", which are refused even when encoded, and dot segments.
    const param = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => !/[/\\]/.test(value) && value !== '.' && value !== '..');
    fc.assert(
      fc.property(
        param,
        fc.constantFrom('gerbang://lampung.aduan', 'https://lampungin.example.id/m/lampung.aduan', '/m/lampung.aduan'),
        fc.dictionary(segment, fc.string({ maxLength: 8 }), { maxKeys: 3 }),
        (id, prefix, query) => {
          const search = new URLSearchParams(query).toString();
          const url = `${prefix}/reports/${encodeURIComponent(id)}${search === '' ? '' : `?${search}`}`;
          const result = resolveDeepLink(table, url, { origins: ORIGINS });
          const expectedRoute = id === 'new' ? 'new' : 'detail';
          expect(result).toMatchObject({ ok: true, moduleId: 'lampung.aduan', route: expectedRoute });
          if (result.ok && result.route === 'detail') expect(result.params).toEqual({ id });
          if (result.ok) expect(result.query).toEqual(Object.fromEntries(new URLSearchParams(query)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
