/**
 * 100 modules, 30 of which fail in every way a module can: in load, activate, event handlers,
 * service methods, timers, views and deactivate, by throwing, rejecting or hanging forever (load,
 * activate, handlers, services and deactivate), or by
 * never being able to run here. The 70 healthy ones must work throughout, each broken one must end
 * `failed` (with the right phase) or `blocked` (with the right reason), and nothing may escape as
 * an unhandled rejection.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createServiceRef, isGerbangError } from '@gerbang/contracts';
import type { ManifestInput } from '@gerbang/contracts';
import { createSuperApp, type GerbangModule, type ModuleContext, type ModuleImplementation } from '@gerbang/core';
import { forever, moduleFor } from './support/modules.ts';

interface Probe {
  touch(): unknown;
}
const probeRef = (id: string) => createServiceRef<Probe>({ id: `${id}.probe`, version: '1.0.0' });
const fail = (message: string) => {
  throw new Error(message);
};

type Expected = { state: 'failed'; phase: string } | { state: 'blocked'; code: string };
interface Breakage {
  readonly expected: Expected;
  readonly code?: ModuleImplementation;
  readonly load?: () => unknown;
  readonly manifest?: Partial<Record<keyof ManifestInput, unknown>>;
}

const provides = (id: string) => ({ provides: [{ id: `${id}.probe`, version: '1.0.0' }] });

/** Every way to break, by name; each is used for one or more of the 30 broken modules. */
const breakages: Record<string, (id: string) => Breakage> = {
  'load throws': () => ({ expected: { state: 'failed', phase: 'load' }, load: () => fail('load throws') }),
  'load rejects': () => ({ expected: { state: 'failed', phase: 'load' }, load: () => Promise.reject(new Error('load rejects')) }),
  'load hangs': () => ({ expected: { state: 'failed', phase: 'load' }, load: forever }),
  'load gives no activate': () => ({ expected: { state: 'failed', phase: 'load' }, load: () => Promise.resolve({ default: {} }) }),
  'activate throws': () => ({ expected: { state: 'failed', phase: 'activate' }, code: { activate: () => fail('activate throws') } }),
  'activate rejects': () => ({ expected: { state: 'failed', phase: 'activate' }, code: { activate: () => Promise.reject(new Error('no')) } }),
  'activate hangs': () => ({ expected: { state: 'failed', phase: 'activate' }, code: { activate: forever } }),
  'handler throws': () => ({
    expected: { state: 'failed', phase: 'handler' },
    code: { activate: (ctx) => void ctx.events.on('host:chaos', () => fail('handler throws')) },
  }),
  'handler rejects': () => ({
    expected: { state: 'failed', phase: 'handler' },
    code: { activate: (ctx) => void ctx.events.on('host:chaos', () => Promise.reject(new Error('handler rejects'))) },
  }),
  'handler hangs': () => ({
    expected: { state: 'failed', phase: 'handler' },
    code: { activate: (ctx) => void ctx.events.on('host:chaos', forever) },
  }),
  'service throws': (id) => ({
    expected: { state: 'failed', phase: 'service' },
    manifest: provides(id),
    code: { activate: (ctx) => void ctx.services.provide(probeRef(id), { touch: () => fail('service throws') }) },
  }),
  'service rejects': (id) => ({
    expected: { state: 'failed', phase: 'service' },
    manifest: provides(id),
    code: { activate: (ctx) => void ctx.services.provide(probeRef(id), { touch: () => Promise.reject(new Error('service rejects')) }) },
  }),
  'service hangs': (id) => ({
    expected: { state: 'failed', phase: 'service' },
    manifest: provides(id),
    code: { activate: (ctx) => void ctx.services.provide(probeRef(id), { touch: forever }) },
  }),
  'timer throws': () => ({
    expected: { state: 'failed', phase: 'timer' },
    code: { activate: (ctx) => void ctx.setTimeout(() => fail('timer throws'), 1) },
  }),
  'view throws': () => ({
    expected: { state: 'failed', phase: 'view' },
    code: { activate: (ctx) => void ctx.views.register('main', { mount: () => fail('view throws') }) },
  }),
  'deactivate throws': () => ({
    expected: { state: 'failed', phase: 'deactivate' },
    code: { activate: () => undefined, deactivate: () => fail('deactivate throws') },
  }),
  'deactivate rejects': () => ({
    expected: { state: 'failed', phase: 'deactivate' },
    code: { activate: () => undefined, deactivate: () => Promise.reject(new Error('deactivate rejects')) },
  }),
  'deactivate hangs': () => ({ expected: { state: 'failed', phase: 'deactivate' }, code: { activate: () => undefined, deactivate: forever } }),
  'missing service': () => ({ expected: { state: 'blocked', code: 'missing-service' }, manifest: { requires: { 'nowhere.svc': '^1.0.0' } } }),
  'wrong engine': () => ({ expected: { state: 'blocked', code: 'engine-mismatch' }, manifest: { engine: '^9.0.0' } }),
  'wrong region': () => ({ expected: { state: 'blocked', code: 'region-unavailable' }, manifest: { regions: ['31'] } }),
  'provider blocked': () => ({ expected: { state: 'blocked', code: 'missing-service' }, manifest: { requires: { 'broken-00.probe': '^1.0.0' } } }),
};

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

it('keeps 70 healthy modules working while 30 fail in every possible way', async () => {
  const kinds = Object.keys(breakages);
  const expected = new Map<string, Expected>();
  const kindOf = new Map<string, string>();
  const modules: GerbangModule[] = [];

  // The 30 broken ones, every kind at least once.
  for (let index = 0; index < 30; index++) {
    const id = `broken-${String(index).padStart(2, '0')}`;
    const kind = kinds[index % kinds.length]!;
    const breakage = breakages[kind]!(id);
    const module = moduleFor(id, breakage.code, breakage.manifest as never);
    if (breakage.load) module.load.mockImplementation(breakage.load);
    expected.set(id, breakage.expected);
    kindOf.set(id, kind);
    modules.push(module);
  }
  // broken-00 must be a blocked provider for the "provider blocked" kind: make it one.
  modules[0] = moduleFor('broken-00', undefined, { engine: '^9.0.0', ...provides('broken-00') });
  expected.set('broken-00', { state: 'blocked', code: 'engine-mismatch' });

  // The 70 healthy ones: a chain of services, listeners, views, timers, some on startup.
  const heard = new Map<string, number>();
  const contexts = new Map<string, ModuleContext>();
  for (let index = 0; index < 70; index++) {
    const id = `healthy-${String(index).padStart(2, '0')}`;
    const previous = `healthy-${String(index - 1).padStart(2, '0')}`;
    modules.push(
      moduleFor(
        id,
        {
          activate(ctx) {
            contexts.set(id, ctx);
            ctx.services.provide(probeRef(id), { touch: () => id });
            ctx.events.on('host:chaos', () => void heard.set(id, (heard.get(id) ?? 0) + 1));
            ctx.views.register('main', { mount: () => undefined });
            ctx.setTimeout(() => undefined, 1);
            if (index > 0 && index % 7 === 0) ctx.services.get(probeRef(previous)).touch();
          },
          deactivate: () => undefined,
        },
        {
          ...provides(id),
          ...(index > 0 && index % 7 === 0 ? { requires: { [`${previous}.probe`]: '^1.0.0' } } : {}),
          ...(index % 10 === 0 ? { activation: ['onStartup', 'onOpen'] } : {}),
        },
      ),
    );
  }
  // Shuffle deterministically, so that broken and healthy modules interleave.
  const shuffled = modules.map((module, index) => ({ module, key: (index * 37) % 101 })).sort((a, b) => a.key - b.key);
  modules.splice(0, modules.length, ...shuffled.map((entry) => entry.module));

  const host = createSuperApp({
    brand: { provinceCode: '18', regions: ['18'] },
    modules,
    timeouts: { load: 20, activate: 20, deactivate: 20, handler: 20, service: 20 },
  });
  expect(host.modules()).toHaveLength(100);
  await host.start();
  const ids = host.modules().map((status) => status.id);
  const opened = await Promise.allSettled(ids.map((id) => host.open(id)));
  // The healthy ones open, and so do the broken ones that only break later.
  const breakLater = [...expected.values()].filter((want) => want.state === 'failed' && !['load', 'activate'].includes(want.phase));
  expect(opened.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(70 + breakLater.length);

  // Events: the failing handlers fail their own modules only; every healthy one hears every event.
  host.emit('chaos');
  host.emit('chaos');
  // Services: call every module's probe through a healthy module's context.
  const prober = contexts.get('healthy-00')!;
  const probeErrors = new Map<string, unknown>();
  for (const id of ids) {
    try {
      await prober.services.get(probeRef(id), '*').touch();
    } catch (error) {
      probeErrors.set(id, error); // expected for the broken ones
    }
  }
  // A service that hangs fails its provider; the caller gets the failure, caused by the timeout.
  const hangingServices = [...kindOf].filter(([, kind]) => kind === 'service hangs').map(([id]) => id);
  expect(hangingServices.length).toBeGreaterThan(0);
  for (const id of hangingServices) {
    const error = probeErrors.get(id) as Error | undefined;
    expect({ id, code: isGerbangError(error, 'module-failed'), cause: isGerbangError(error?.cause, 'phase-timeout') }).toEqual({ id, code: true, cause: true });
  }
  // Views: mount every view on offer.
  for (const id of ids) for (const view of host.views(id).values()) view.mount({}, { params: {}, query: {} });
  // Timers and hanging handlers: wait for the broken timers to fire and the handlers to time out.
  await vi.waitFor(() => {
    for (const [id, want] of expected) if (want.state === 'failed' && want.phase !== 'deactivate') expect(host.state(id)).toBe('failed');
  });

  for (let index = 0; index < 70; index++) {
    const id = `healthy-${String(index).padStart(2, '0')}`;
    expect(host.state(id)).toBe('active');
    expect(heard.get(id)).toBe(2);
    expect(prober.services.get(probeRef(id)).touch()).toBe(id);
  }

  await host.stop();

  for (const [id, want] of expected) {
    const status = host.status(id);
    expect({ id, state: status?.state }).toEqual({ id, state: want.state });
    if (want.state === 'failed') expect({ id, phase: status?.failure?.phase }).toEqual({ id, phase: want.phase });
    else expect({ id, code: status?.block?.code }).toEqual({ id, code: want.code });
  }
  for (const status of host.modules()) if (status.id.startsWith('healthy-')) expect(status.state).toBe('inactive');
  expect(host.modules().filter((status) => status.state === 'failed' || status.state === 'blocked')).toHaveLength(30);

  // Broken modules can be unloaded and the host goes on.
  for (const id of expected.keys()) await host.unload(id);
  expect(host.modules()).toHaveLength(70);
  await host.open('healthy-42');
  expect(host.state('healthy-42')).toBe('active');

  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(unhandled).toEqual([]);
});
