import { describe, expect, it } from 'vitest';
import { isGerbangError } from '@gerbang/contracts';
import { createSuperApp, defineModule, isGerbangModule, MODULE_STATES } from '@gerbang/core';
import { inBuild } from './support/build.ts';
import { manifestFor, moduleFor } from './support/modules.ts';

describe('registration', () => {
  it('registers modules by manifest without loading their code', async () => {
    const aduan = moduleFor('lampung.aduan');
    const harga = moduleFor('lampung.harga');
    const host = createSuperApp({ modules: [aduan, harga] });
    await host.start();

    expect(host.state('lampung.aduan')).toBe(MODULE_STATES.registered);
    expect(host.modules().map((status) => status.id)).toEqual(['lampung.aduan', 'lampung.harga']);
    expect(aduan.load).not.toHaveBeenCalled();
    expect(harga.load).not.toHaveBeenCalled();
    expect(host.catalogue().tiles.map((tile) => tile.id).sort()).toEqual(['lampung.aduan', 'lampung.harga']);
  });

  it('refuses an invalid manifest with the validation error, and keeps the rest of the batch', () => {
    const host = createSuperApp();
    const broken = defineModule({ manifest: { ...manifestFor('lampung.rusak'), version: 'v1' }, load: () => Promise.resolve({ activate() {} }) });
    const result = host.register([broken, moduleFor('lampung.aduan')]);

    expect(result.registered).toEqual(['lampung.aduan']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.index).toBe(0);
    expect(isGerbangError(result.rejected[0]?.error, 'validation-failed')).toBe(true);
    expect(result.rejected[0]?.error.message).toContain('version');
    expect(host.state('lampung.rusak')).toBeUndefined();
    expect(host.rejected()).toHaveLength(1);
  });

  it('refuses a duplicate id, in the same batch or a later one, naming both versions', () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.aduan')] });
    const later = host.register(moduleFor('lampung.aduan', undefined, { version: '2.0.0' }));
    expect(later.rejected[0]?.moduleId).toBe('lampung.aduan');
    expect(isGerbangError(later.rejected[0]?.error, 'duplicate-module')).toBe(true);
    expect(later.rejected[0]?.error.message).toMatch(inBuild(/already registered \(version 1\.0\.0\); version 2\.0\.0 was refused/, /^lampung\.aduan 1\.0\.0 2\.0\.0$/));

    const same = host.register([moduleFor('lampung.harga'), moduleFor('lampung.harga')]);
    expect(same.registered).toEqual(['lampung.harga']);
    expect(isGerbangError(same.rejected[0]?.error, 'duplicate-module')).toBe(true);
  });

  it('refuses values that are not modules, and the reserved id "host", without throwing', () => {
    const host = createSuperApp();
    const rejected: unknown[] = [];
    host.on('host:module-rejected', (rejection) => rejected.push(rejection.error.code));
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const result = host.register([null, 42, { manifest: manifestFor('lampung.x') }, trap, moduleFor('host')] as never);
    expect(result.registered).toEqual([]);
    expect(result.rejected.map((rejection) => rejection.error.code)).toEqual([
      'invalid-module',
      'invalid-module',
      'invalid-module',
      'invalid-module',
      'invalid-module',
    ]);
    expect(rejected).toHaveLength(5);
  });

  it('recognizes modules by brand, not by prototype', () => {
    const module = moduleFor('lampung.aduan');
    expect(isGerbangModule(module)).toBe(true);
    expect(isGerbangModule({ ...module })).toBe(true);
    expect(isGerbangModule({ manifest: module.manifest, load: module.load })).toBe(false);
  });

  it('unloads a module so that another version can be registered', async () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.aduan', undefined, { routes: [{ name: 'home', path: '/' }] })] });
    await host.open('lampung.aduan');
    await host.unload('lampung.aduan');
    expect(host.state('lampung.aduan')).toBeUndefined();
    const navigation = await host.navigate('gerbang://lampung.aduan/');
    expect(navigation.ok).toBe(false);

    const again = host.register(moduleFor('lampung.aduan', undefined, { version: '2.0.0' }));
    expect(again.registered).toEqual(['lampung.aduan']);
    expect(host.status('lampung.aduan')?.version).toBe('2.0.0');
  });
});
