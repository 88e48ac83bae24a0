import { describe, expect, it } from 'vitest';
import { createServiceRef, isGerbangError } from '@gerbang/contracts';
import { createSuperApp, provideService, type HostBrand } from '@gerbang/core';
import { inBuild } from './support/build.ts';
import { moduleFor } from './support/modules.ts';

interface Payments {
  version(): string;
}
const payments1 = createServiceRef<Payments>({ id: 'gerbang.payments', version: '1.4.0' });
const payments2 = createServiceRef<Payments>({ id: 'gerbang.payments', version: '2.1.0' });

const brand: HostBrand = { provinceCode: '18', regions: ['18'] };

describe('dependency resolution', () => {
  it('blocks a module whose required service nobody provides, naming the service and range', () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.pbb', undefined, { requires: { 'gerbang.payments': '^1.0.0' } })] });
    const status = host.status('lampung.pbb');
    expect(status?.state).toBe('blocked');
    expect(status?.block).toEqual({
      code: 'missing-service',
      message: inBuild('requires service "gerbang.payments" ^1.0.0; nothing provides it', 'gerbang.payments ^1.0.0: none'),
    });
  });

  it('blocks a module whose range no provider satisfies, listing what is available', () => {
    const host = createSuperApp({
      services: [provideService(payments1, { version: () => '1.4.0' })],
      modules: [moduleFor('lampung.pbb', undefined, { requires: { 'gerbang.payments': '^2.0.0' } })],
    });
    expect(host.status('lampung.pbb')?.block?.message).toBe(
      inBuild('requires service "gerbang.payments" ^2.0.0; available: 1.4.0 (host)', 'gerbang.payments ^2.0.0: 1.4.0 (host)'),
    );
  });

  it('unblocks a waiting module when a later batch provides its service', () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.pbb', undefined, { requires: { 'gerbang.payments': '^1.0.0' } })] });
    expect(host.state('lampung.pbb')).toBe('blocked');
    host.register(moduleFor('gerbang.pay', undefined, { provides: [{ id: 'gerbang.payments', version: '1.2.0' }] }));
    expect(host.state('lampung.pbb')).toBe('registered');
  });

  it('serves several versions of one service side by side, each consumer its highest match', async () => {
    const seen: Record<string, string> = {};
    const consumer = (id: string, range: string) =>
      moduleFor(
        id,
        (ctx) => {
          seen[id] = ctx.services.get(payments1).version();
        },
        { requires: { 'gerbang.payments': range } },
      );
    const host = createSuperApp({
      services: [provideService(payments1, { version: () => '1.4.0' }), provideService(payments2, { version: () => '2.1.0' })],
      modules: [consumer('lampung.old', '^1.0.0'), consumer('lampung.new', '>=2')],
    });
    await host.open('lampung.old');
    await host.open('lampung.new');
    expect(seen).toEqual({ 'lampung.old': '1.4.0', 'lampung.new': '2.1.0' });
  });

  it('blocks every module of a dependency cycle, naming the cycle', () => {
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.a', undefined, { requires: { 'svc.b': '^1.0.0' }, provides: [{ id: 'svc.a', version: '1.0.0' }] }),
        moduleFor('lampung.b', undefined, { requires: { 'svc.a': '^1.0.0' }, provides: [{ id: 'svc.b', version: '1.0.0' }] }),
        moduleFor('lampung.c', undefined, { requires: { 'svc.a': '^1.0.0' } }),
      ],
    });
    expect(host.status('lampung.a')?.block).toEqual({
      code: 'dependency-cycle',
      message: inBuild('dependency cycle: lampung.a → lampung.b → lampung.a', 'lampung.a → lampung.b → lampung.a'),
    });
    expect(host.status('lampung.b')?.block?.code).toBe('dependency-cycle');
    expect(host.status('lampung.c')?.block?.code).toBe('dependency-cycle');
  });

  it('resolves through another provider when one alternative would be a cycle', async () => {
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.a', undefined, { requires: { 'svc.b': '^1.0.0' }, provides: [{ id: 'svc.a', version: '1.0.0' }] }),
        moduleFor('lampung.b', undefined, { requires: { 'svc.a': '^1.0.0' }, provides: [{ id: 'svc.b', version: '2.0.0' }] }),
        moduleFor('lampung.c', undefined, { provides: [{ id: 'svc.b', version: '1.0.0' }] }),
      ],
    });
    expect(host.state('lampung.a')).toBe('registered');
    expect(host.state('lampung.b')).toBe('registered');
    await host.open('lampung.b');
    expect(host.state('lampung.a')).toBe('active');
    expect(host.state('lampung.c')).toBe('active');
  });

  it('blocks a module whose engine range this host does not satisfy', () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.future', undefined, { engine: '^3.0.0' })] });
    expect(host.status('lampung.future')?.block).toEqual({
      code: 'engine-mismatch',
      message: inBuild('it needs engine ^3.0.0; this host runs 0.1.0', '^3.0.0 0.1.0'),
    });
  });

  it('blocks modules outside the brand’s regions, and those the brand or a flag turns off', async () => {
    const host = createSuperApp({
      brand: { ...brand, modules: { disabled: ['lampung.off'] }, featureFlags: { 'module.lampung.flagged': false } },
      modules: [
        moduleFor('jakarta.only', undefined, { regions: ['31'] }),
        moduleFor('bandar.lampung', undefined, { regions: ['18.71'] }),
        moduleFor('lampung.off'),
        moduleFor('lampung.flagged'),
      ],
    });
    expect(host.status('jakarta.only')?.block).toEqual({ code: 'region-unavailable', message: inBuild('it serves 31; this app serves 18', '31 18') });
    expect(host.state('bandar.lampung')).toBe('registered');
    expect(host.status('lampung.off')?.block?.code).toBe('turned-off');
    expect(host.status('lampung.flagged')?.block?.message).toBe(inBuild('the feature flag "module.lampung.flagged" is off', 'feature-flag module.lampung.flagged'));
    await expect(host.open('jakarta.only')).rejects.toSatisfy((error) => isGerbangError(error, 'module-unavailable'));
    expect(host.catalogue().tiles.map((tile) => tile.id)).toEqual(['bandar.lampung']);
  });

  it('blocks the consumers of a provider that is blocked, saying why', () => {
    const host = createSuperApp({
      modules: [
        moduleFor('gerbang.pay', undefined, { engine: '^9.0.0', provides: [{ id: 'gerbang.payments', version: '1.0.0' }] }),
        moduleFor('lampung.pbb', undefined, { requires: { 'gerbang.payments': '^1.0.0' } }),
      ],
    });
    expect(host.status('lampung.pbb')?.block?.message).toBe(
      inBuild(
        'requires service "gerbang.payments" ^1.0.0; its provider cannot run: it needs engine ^9.0.0; this host runs 0.1.0',
        'gerbang.payments ^1.0.0: ^9.0.0 0.1.0',
      ),
    );
  });
});
