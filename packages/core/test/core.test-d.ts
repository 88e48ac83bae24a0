import { expectTypeOf, it } from 'vitest';
import { createServiceRef, defineManifest } from '@gerbang/contracts';
import {
  createSuperApp,
  defineModule,
  MODULE_STATES,
  type GerbangModule,
  type ModuleEvents,
  type ModuleFailure,
  type ModuleImplementation,
  type ModulePhase,
  type PhaseTimeouts,
  type ModuleState,
  type ModuleStateChange,
  type OpenedModule,
} from '@gerbang/core';

const manifest = defineManifest({
  spec: 1,
  id: 'lampung.aduan',
  version: '1.0.0',
  name: { id: 'Lapor' },
  description: { id: 'Laporkan masalah.' },
  icon: '/icons/aduan.svg',
  category: 'pengaduan',
  engine: '^0.1.0',
  routes: [{ name: 'detail', path: '/reports/:ticket' }],
});

it('keeps the manifest’s literal type in the module', () => {
  const module = defineModule({ manifest, load: () => Promise.resolve({ activate() {} }) });
  expectTypeOf(module).toExtend<GerbangModule>();
  expectTypeOf(module.manifest.routes[0].path).toEqualTypeOf<'/reports/:ticket'>();
});

it('accepts a loader that resolves to a default export', () => {
  const implementation: ModuleImplementation = { activate() {} };
  defineModule({ manifest, load: () => Promise.resolve({ default: implementation }) });
  // @ts-expect-error: load must return a promise of an implementation
  defineModule({ manifest, load: () => implementation });
});

it('types services by their ref', () => {
  const pricesRef = createServiceRef<{ today(commodity: string): number }>({ id: 'lampung.prices', version: '1.0.0' });
  defineModule({
    manifest,
    load: () =>
      Promise.resolve({
        activate(ctx) {
          expectTypeOf(ctx.services.get(pricesRef)).toEqualTypeOf<{ today(commodity: string): number }>();
          // @ts-expect-error: the implementation must match the ref's type
          ctx.services.provide(pricesRef, { today: () => 'mahal' });
        },
      }),
  });
});

it('types events through a type map', () => {
  const events = {} as ModuleEvents<{ 'report-created': { ticket: string } }, { 'host:online': { since: number } }>;
  events.emit('report-created', { ticket: 'LPG-001' });
  // @ts-expect-error: wrong payload
  events.emit('report-created', { id: 1 });
  // @ts-expect-error: an event the map does not declare
  events.emit('report-deleted', {});
  events.on('host:online', (payload) => expectTypeOf(payload).toEqualTypeOf<{ since: number }>());
});

it('types host events and states', () => {
  const host = createSuperApp();
  host.on('host:module-failed', (failure) => expectTypeOf(failure).toEqualTypeOf<ModuleFailure>());
  host.on('host:state-changed', (change) => expectTypeOf(change).toEqualTypeOf<ModuleStateChange>());
  host.on('lampung.aduan:report-created', (payload) => expectTypeOf(payload).toBeUnknown());
  expectTypeOf(host.state('x')).toEqualTypeOf<ModuleState | undefined>();
  expectTypeOf(MODULE_STATES.failed).toEqualTypeOf<'failed'>();
  expectTypeOf(host.open('lampung.aduan')).toEqualTypeOf<Promise<OpenedModule>>();
});

it('names every phase, each with its timeout where module code may hang', () => {
  expectTypeOf<ModulePhase>().toEqualTypeOf<'load' | 'activate' | 'deactivate' | 'handler' | 'service' | 'view' | 'timer'>();
  expectTypeOf<keyof PhaseTimeouts>().toEqualTypeOf<'load' | 'activate' | 'deactivate' | 'handler' | 'service'>();
  createSuperApp({ timeouts: { handler: 1000, service: 2000 } });
  // @ts-expect-error: there is no timeout for a phase that does not exist
  createSuperApp({ timeouts: { event: 1000 } });
});
