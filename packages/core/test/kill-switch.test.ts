import { describe, expect, it, vi } from 'vitest';
import { isGerbangError } from '@gerbang/contracts';
import { createSuperApp, type ModuleContext } from '@gerbang/core';
import { inBuild } from './support/build.ts';
import { moduleFor } from './support/modules.ts';

describe('kill switch', () => {
  it('switches a running module off at once and keeps it off', async () => {
    let ctx: ModuleContext | undefined;
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.aduan', (context) => {
          ctx = context;
        }),
      ],
    });
    await host.open('lampung.aduan');
    await host.disable('lampung.aduan', 'defaced content');
    expect(host.status('lampung.aduan')).toMatchObject({ state: 'disabled', disabledReason: 'defaced content' });
    expect(ctx?.signal.aborted).toBe(true);
    await expect(host.open('lampung.aduan')).rejects.toSatisfy(
      (error) => isGerbangError(error, 'module-unavailable') && (error as Error).message.includes('defaced content'),
    );
    expect(host.catalogue().tile('lampung.aduan')).toBeUndefined();

    host.enable('lampung.aduan');
    await host.open('lampung.aduan');
    expect(host.state('lampung.aduan')).toBe('active');
  });

  it('switches off only the versions in range, including ones registered later', async () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.harga', undefined, { version: '1.4.0' })] });
    await host.disable({ id: 'lampung.harga', version: '<1.3.0' });
    expect(host.state('lampung.harga')).toBe('registered');
    await host.disable({ id: 'lampung.pajak', version: '^2.0.0' }, 'leaks data');
    host.register([moduleFor('lampung.pajak', undefined, { version: '2.1.0' })]);
    expect(host.status('lampung.pajak')).toMatchObject({ state: 'disabled', disabledReason: 'leaks data' });
  });

  it('switches off a failed module, and blocks the modules that depended on it', async () => {
    const host = createSuperApp({
      modules: [
        moduleFor('gerbang.pay', () => Promise.reject(new Error('broken')), { provides: [{ id: 'gerbang.payments', version: '1.0.0' }] }),
        moduleFor('lampung.pbb', undefined, { requires: { 'gerbang.payments': '^1.0.0' } }),
      ],
    });
    await expect(host.open('lampung.pbb')).rejects.toThrow(inBuild('the provider of a service it requires, "gerbang.pay", did not start', 'lampung.pbb is registered: gerbang.pay'));
    expect(host.state('lampung.pbb')).toBe('registered');
    await host.disable('gerbang.pay');
    expect(host.state('gerbang.pay')).toBe('disabled');
    expect(host.status('lampung.pbb')?.block?.code).toBe('missing-service');
  });

  it('switches off a module that is starting, once it has started', async () => {
    let release: () => void = () => undefined;
    const slow = moduleFor('lampung.lambat', () => new Promise<void>((resolve) => (release = resolve)));
    const host = createSuperApp({ modules: [slow] });
    const opening = host.open('lampung.lambat');
    await vi.waitFor(() => { expect(host.state('lampung.lambat')).toBe('activating'); });
    const disabling = host.disable('lampung.lambat');
    release();
    await opening;
    await disabling;
    expect(host.state('lampung.lambat')).toBe('disabled');
  });

  it('refuses a kill switch with a malformed version range, with a typed error', async () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.aduan')] });
    await expect(host.disable({ id: 'lampung.aduan', version: 'satu' })).rejects.toSatisfy(
      (error) => isGerbangError(error, 'validation-failed') && (error as Error).message.includes('"satu" is not a semver range'),
    );
    expect(host.state('lampung.aduan')).toBe('registered');
  });
});
