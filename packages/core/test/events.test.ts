import { describe, expect, it, vi } from 'vitest';
import { createSuperApp, defineModule, type ModuleContext, type ModuleImplementation } from '@gerbang/core';
import { manifestFor, moduleFor } from './support/modules.ts';

describe('scoped events', () => {
  it('emits only in the module’s own namespace, to modules and the host', async () => {
    let aduan: ModuleContext | undefined;
    const heardByModule = vi.fn();
    const heardByHost = vi.fn();
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.aduan', (ctx) => {
          aduan = ctx;
        }),
        moduleFor('lampung.statistik', (ctx) => {
          ctx.events.on('lampung.aduan:report-created', heardByModule);
          ctx.events.on('report-created', () => {
            throw new Error('never: un-namespaced names are never emitted');
          });
        }),
      ],
    });
    host.on('lampung.aduan:report-created', heardByHost);
    await host.open('lampung.statistik');
    await host.open('lampung.aduan');
    aduan?.events.emit('report-created', { ticket: 'LPG-001' });
    // A module cannot emit as another: the name is always prefixed with its own id.
    aduan?.events.emit('lampung.statistik:reset' as never, {});
    expect(heardByModule).toHaveBeenCalledWith({ ticket: 'LPG-001' });
    expect(heardByHost).toHaveBeenCalledWith({ ticket: 'LPG-001' });
    expect(host.state('lampung.statistik')).toBe('active');
  });

  it('wakes a module declared on another module’s event', async () => {
    const woken = vi.fn();
    let aduan: ModuleContext | undefined;
    const statistik = moduleFor(
      'lampung.statistik',
      (ctx) => {
        ctx.events.on('lampung.aduan:report-created', woken);
      },
      { activation: ['onEvent:lampung.aduan:report-created'] },
    );
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.aduan', (ctx) => {
          aduan = ctx;
        }),
        statistik,
      ],
    });
    await host.open('lampung.aduan');
    expect(statistik.load).not.toHaveBeenCalled();
    aduan?.events.emit('report-created', { ticket: 'LPG-002' });
    await vi.waitFor(() => { expect(woken).toHaveBeenCalledWith({ ticket: 'LPG-002' }); });
  });

  it('types emits and listens through a type map', async () => {
    interface Emits {
      'report-created': { ticket: string };
    }
    interface Listens {
      'host:online': { since: number };
    }
    const since: number[] = [];
    const implementation: ModuleImplementation<Emits, Listens> = {
      activate(ctx) {
        ctx.events.on('host:online', (payload) => since.push(payload.since));
        ctx.events.emit('report-created', { ticket: 'LPG-003' });
      },
    };
    const host = createSuperApp({ modules: [defineModule({ manifest: manifestFor('lampung.aduan'), load: () => Promise.resolve(implementation) })] });
    await host.open('lampung.aduan');
    host.emit('online', { since: 7 });
    expect(since).toEqual([7]);
  });

  it('removes a listener when its unsubscribe function runs', async () => {
    const heard = vi.fn();
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.aduan', (ctx) => {
          const off = ctx.events.on('host:ping', heard);
          off();
          off();
        }),
      ],
    });
    await host.open('lampung.aduan');
    host.emit('ping');
    expect(heard).not.toHaveBeenCalled();
    const offHost = host.on('host:ping', heard);
    offHost();
    host.emit('ping');
    expect(heard).not.toHaveBeenCalled();
  });
});
