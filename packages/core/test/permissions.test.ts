import { describe, expect, it, vi } from 'vitest';
import { createServiceRef, isGerbangError } from '@gerbang/contracts';
import { createMemoryStorage, createSuperApp, provideService, type ConsentRequest, type ModuleContext } from '@gerbang/core';
import { inBuild } from './support/build.ts';
import { moduleFor } from './support/modules.ts';

const locationRationale = { id: 'Untuk menandai lokasi laporan.', en: 'To pin the report.' };

function contextOf(host: ReturnType<typeof createSuperApp>, id: string): Promise<ModuleContext> {
  return host.open(id).then(() => captured.get(id)!);
}
const captured = new Map<string, ModuleContext>();
const capturing = (id: string, permissions: { id: 'location' | 'camera' | 'identity.nik' | 'payments'; rationale: { id: string } }[]) =>
  moduleFor(id, (ctx) => void captured.set(id, ctx), { permissions });

describe('permissions', () => {
  it('throws at once, naming module and permission, for a capability the manifest does not declare', async () => {
    const host = createSuperApp({ modules: [capturing('lampung.aduan', [])] });
    const ctx = await contextOf(host, 'lampung.aduan');
    expect(() => ctx.permissions.request('location')).toThrow(
      inBuild('Module "lampung.aduan" may not use "location": its manifest does not declare the permission', 'lampung.aduan location undeclared'),
    );
    expect(ctx.permissions.status('location')).toBe('undeclared');
  });

  it('asks the citizen with the manifest’s rationale, remembers the answer, and audits sensitive use', async () => {
    const consent = vi.fn((request: ConsentRequest) => Promise.resolve(request.permission === 'location'));
    const storage = createMemoryStorage();
    const host = createSuperApp({
      consent,
      storage,
      clock: { now: () => 1_700_000_000_000, setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => { clearTimeout(handle as never); } },
      modules: [capturing('lampung.aduan', [{ id: 'location', rationale: locationRationale }, { id: 'camera', rationale: { id: 'Foto.' } }])],
    });
    const ctx = await contextOf(host, 'lampung.aduan');

    expect(ctx.permissions.status('location')).toBe('prompt');
    await ctx.permissions.request('location', 'pin report');
    await ctx.permissions.request('location');
    expect(consent).toHaveBeenCalledTimes(1);
    expect(consent.mock.calls[0]?.[0]).toMatchObject({
      moduleId: 'lampung.aduan',
      permission: 'location',
      rationale: locationRationale,
      descriptor: { sensitive: true },
    });
    expect(ctx.permissions.status('location')).toBe('granted');

    await expect(ctx.permissions.request('camera')).rejects.toSatisfy(
      (error) => isGerbangError(error, 'permission-denied') && (error as unknown as { reason: string }).reason === 'citizen',
    );
    expect(await host.grants('lampung.aduan')).toEqual({ location: 'granted', camera: 'denied' });
    expect(host.auditLog()).toEqual([
      { time: 1_700_000_000_000, moduleId: 'lampung.aduan', permission: 'location', outcome: 'granted', purpose: 'pin report' },
      { time: 1_700_000_000_000, moduleId: 'lampung.aduan', permission: 'location', outcome: 'granted' },
    ]);

    // The grants live in the storage adapter: a new host over it does not ask again.
    const again = vi.fn(() => Promise.resolve(false));
    const next = createSuperApp({ consent: again, storage, modules: [capturing('lampung.aduan', [{ id: 'location', rationale: locationRationale }])] });
    const nextCtx = await contextOf(next, 'lampung.aduan');
    await nextCtx.permissions.request('location');
    expect(again).not.toHaveBeenCalled();
  });

  it('asks again after a revoke', async () => {
    const consent = vi.fn(() => Promise.resolve(true));
    const host = createSuperApp({ consent, modules: [capturing('lampung.aduan', [{ id: 'location', rationale: locationRationale }])] });
    const ctx = await contextOf(host, 'lampung.aduan');
    await ctx.permissions.request('location');
    await host.revoke('lampung.aduan', 'location');
    expect(ctx.permissions.status('location')).toBe('prompt');
    await ctx.permissions.request('location');
    expect(consent).toHaveBeenCalledTimes(2);
  });

  it('refuses what the brand policy denies, without asking, and audits the refusal', async () => {
    const consent = vi.fn(() => Promise.resolve(true));
    const host = createSuperApp({
      consent,
      brand: { provinceCode: '18', regions: ['18'], permissionPolicy: { deny: ['identity.nik'] } },
      modules: [capturing('lampung.ktp', [{ id: 'identity.nik', rationale: { id: 'Untuk verifikasi.' } }])],
    });
    const ctx = await contextOf(host, 'lampung.ktp');
    expect(ctx.permissions.status('identity.nik')).toBe('blocked');
    await expect(ctx.permissions.request('identity.nik')).rejects.toThrow(inBuild('the host policy denies it to every module', 'lampung.ktp identity.nik policy'));
    expect(consent).not.toHaveBeenCalled();
    expect(host.auditLog().map((entry) => entry.outcome)).toEqual(['denied']);
  });

  it('refuses without a consent prompt, and treats a failing prompt as a refusal', async () => {
    const host = createSuperApp({ modules: [capturing('lampung.aduan', [{ id: 'camera', rationale: { id: 'Foto.' } }])] });
    const ctx = await contextOf(host, 'lampung.aduan');
    await expect(ctx.permissions.request('camera')).rejects.toThrow(inBuild('the citizen did not grant it', 'lampung.aduan camera citizen'));

    const failing = createSuperApp({
      consent: () => Promise.reject(new Error('dialog closed')),
      modules: [capturing('lampung.foto', [{ id: 'camera', rationale: { id: 'Foto.' } }])],
    });
    const fotoCtx = await contextOf(failing, 'lampung.foto');
    await expect(fotoCtx.permissions.request('camera')).rejects.toThrow(inBuild('the citizen did not grant it', 'lampung.foto camera citizen'));
    expect(await failing.grants('lampung.foto')).toEqual({});
  });

  it('gates a host service by its permission: undeclared at once, then consent and audit per call', async () => {
    interface Location {
      current(): Promise<{ lat: number; lon: number }>;
    }
    const locationRef = createServiceRef<Location>({ id: 'device.location', version: '1.0.0' });
    const device: Location = { current: () => Promise.resolve({ lat: -5.43, lon: 105.26 }) };
    const host = createSuperApp({
      consent: () => Promise.resolve(true),
      services: [provideService(locationRef, device, { permission: 'location' })],
      modules: [
        capturing('lampung.aduan', [{ id: 'location', rationale: locationRationale }]),
        capturing('lampung.harga', []),
      ],
    });
    const aduan = await contextOf(host, 'lampung.aduan');
    await expect(aduan.services.get(locationRef).current()).resolves.toEqual({ lat: -5.43, lon: 105.26 });
    expect(host.auditLog()).toMatchObject([{ moduleId: 'lampung.aduan', permission: 'location', purpose: 'device.location.current' }]);

    const harga = await contextOf(host, 'lampung.harga');
    expect(() => harga.services.get(locationRef)).toThrow(inBuild('Module "lampung.harga" may not use "location"', 'lampung.harga location undeclared'));
  });

  it('ignores grants in storage that are not valid, and asks again', async () => {
    const storage = createMemoryStorage([['gerbang:host:grants/lampung.aduan', '{"location":"maybe","__proto__":{"x":1}}']]);
    const consent = vi.fn(() => Promise.resolve(true));
    const host = createSuperApp({ storage, consent, modules: [capturing('lampung.aduan', [{ id: 'location', rationale: locationRationale }])] });
    const ctx = await contextOf(host, 'lampung.aduan');
    await ctx.permissions.request('location');
    expect(consent).toHaveBeenCalledTimes(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
