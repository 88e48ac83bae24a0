import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isGerbangError } from '@gerbang/contracts';
import { createSuperApp, defineModule } from '@gerbang/core';
import { manifestFor, moduleFor } from './support/modules.ts';

const load = () => Promise.resolve({ activate: () => undefined });

/** Manifests that are valid, nearly valid (one field replaced by anything), or any value at all. */
const manifests = fc.oneof(
  fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9]{0,8}(\.[a-z][a-z0-9]{0,8}){0,2}$/),
    version: fc.constantFrom('1.0.0', '2.3.4', '0.1.0-beta.1'),
    engine: fc.constantFrom('^0.1.0', '>=0.0.1', '^9.0.0', '*'),
    regions: fc.option(fc.array(fc.constantFrom('18', '18.71', '31'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    requires: fc.dictionary(fc.constantFrom('svc.a', 'svc.b', 'svc.c'), fc.constantFrom('^1.0.0', '>=2', '*')),
    provides: fc.uniqueArray(fc.record({ id: fc.constantFrom('svc.a', 'svc.b', 'svc.c'), version: fc.constantFrom('1.0.0', '2.0.0') }), {
      selector: (service) => `${service.id}@${service.version}`,
      maxLength: 2,
    }),
  }).map(({ id, regions, ...rest }) => manifestFor(id, { ...rest, ...(regions ? { regions } : {}) })),
  fc.tuple(fc.constantFrom('id', 'version', 'name', 'permissions', 'routes', 'engine', 'spec', '__proto__', 'activation'), fc.anything()).map(
    ([key, value]) => ({ ...manifestFor('lampung.x'), [key]: value }),
  ),
  fc.anything(),
);

describe('bad input never breaks the host', () => {
  it('register() accepts any mix of random manifests and values, and reports each refusal with a typed error', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(manifests.map((manifest) => defineModule({ manifest: manifest as never, load })), fc.anything()), { maxLength: 12 }), (batch) => {
        const host = createSuperApp({ brand: { provinceCode: '18', regions: ['18'] } });
        const result = host.register(batch as never);
        expect(result.registered.length + result.rejected.length).toBe(batch.length);
        for (const rejection of result.rejected) expect(isGerbangError(rejection.error)).toBe(true);
        for (const id of result.registered) expect(['registered', 'blocked']).toContain(host.state(id));
        expect(host.catalogue().tiles.length).toBeLessThanOrEqual(result.registered.length);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 300 },
    );
  });

  it('navigate() gives a typed result for any URL', async () => {
    const host = createSuperApp({
      brand: { provinceCode: '18', regions: ['18'], origins: ['https://lampungin.example.id'] },
      modules: [
        moduleFor('lampung.aduan', undefined, { routes: [{ name: 'home', path: '/' }, { name: 'detail', path: '/reports/:ticket' }] }),
        moduleFor('lampung.rusak', () => Promise.reject(new Error('broken')), { routes: [{ name: 'home', path: '/' }] }),
      ],
    });
    const urls = fc.oneof(
      fc.string(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(fc.constantFrom('gerbang://lampung.aduan', 'gerbang://lampung.rusak', 'https://lampungin.example.id/m/lampung.aduan', 'javascript:', 'data:text/html,', 'gerbang://'), fc.string())
        .map(([prefix, rest]) => prefix + rest),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(urls, async (url) => {
        const result = await host.navigate(url as string);
        if (result.ok) expect(result.opened.moduleId).toBe('lampung.aduan');
        else expect(isGerbangError(result.error)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
