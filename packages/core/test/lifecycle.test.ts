import { describe, expect, it, vi } from 'vitest';
import { createServiceRef, isGerbangError } from '@gerbang/contracts';
import {
  createSuperApp,
  DEFAULT_PHASE_TIMEOUTS,
  type Clock,
  type ModuleContext,
  type ModuleFailedError,
  type ModuleFailure,
  type ModuleState,
  type PhaseTimeoutError,
} from '@gerbang/core';
import { inBuild } from './support/build.ts';
import { flush, forever, moduleFor } from './support/modules.ts';

const routes = [
  { name: 'home', path: '/' },
  { name: 'detail', path: '/reports/:ticket' },
] as const;

describe('lazy activation', () => {
  it('loads nothing until a module is opened, and activates it once', async () => {
    const activate = vi.fn();
    const aduan = moduleFor('lampung.aduan', activate);
    const host = createSuperApp({ modules: [aduan] });
    await host.start();
    expect(aduan.load).not.toHaveBeenCalled();

    const [first, second] = await Promise.all([host.open('lampung.aduan'), host.open('lampung.aduan')]);
    expect(first.moduleId).toBe('lampung.aduan');
    expect(second.moduleId).toBe('lampung.aduan');
    expect(aduan.load).toHaveBeenCalledTimes(1);
    expect(activate).toHaveBeenCalledTimes(1);
    expect(host.state('lampung.aduan')).toBe('active');
  });

  it('walks the states in order and reports each change', async () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.aduan')] });
    const states: ModuleState[] = [];
    host.on('host:state-changed', (change) => states.push(change.to));
    await host.open('lampung.aduan');
    await host.stop();
    expect(states).toEqual(['loading', 'activating', 'active', 'deactivating', 'inactive']);
  });

  it('activates onStartup modules on start, and only those', async () => {
    const early = moduleFor('lampung.early', undefined, { activation: ['onStartup'] });
    const lazy = moduleFor('lampung.lazy');
    const host = createSuperApp({ modules: [early, lazy] });
    const started = vi.fn();
    host.on('host:started', started);
    await host.start();
    expect(early.load).toHaveBeenCalledTimes(1);
    expect(lazy.load).not.toHaveBeenCalled();
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('starts even when an onStartup module fails, and fails only that module', async () => {
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.rusak', () => Promise.reject(new Error('no network')), { activation: ['onStartup'] }),
        moduleFor('lampung.sehat', undefined, { activation: ['onStartup'] }),
      ],
    });
    await host.start();
    expect(host.status('lampung.rusak')?.failure?.phase).toBe('activate');
    expect(host.state('lampung.sehat')).toBe('active');
  });

  it('activates onStartup modules registered after start', async () => {
    const host = createSuperApp();
    await host.start();
    const late = moduleFor('lampung.late', undefined, { activation: ['onStartup'] });
    host.register(late);
    await vi.waitFor(() => { expect(host.state('lampung.late')).toBe('active'); });
  });

  it('opens a deep-linked module on its route with typed params, when it declares onDeepLink', async () => {
    const aduan = moduleFor('lampung.aduan', undefined, { routes });
    const host = createSuperApp({ modules: [aduan, moduleFor('lampung.menu', undefined, { activation: ['onOpen'], routes })] });
    const result = await host.navigate('gerbang://lampung.aduan/reports/LPG-001?from=push');
    expect(result).toEqual({ ok: true, opened: { moduleId: 'lampung.aduan', route: 'detail', params: { ticket: 'LPG-001' }, query: { from: 'push' } } });
    expect(aduan.load).toHaveBeenCalledTimes(1);

    const refused = await host.navigate('gerbang://lampung.menu/');
    expect(refused.ok).toBe(false);
    expect(refused.ok ? undefined : refused.error.message).toContain(inBuild('does not activate on onDeepLink', 'lampung.menu is registered: onDeepLink'));
  });

  it('wakes a module on a declared event, and hands it the event that woke it', async () => {
    const received: unknown[] = [];
    const sync = moduleFor(
      'lampung.sync',
      (ctx) => {
        ctx.events.on('host:online', (payload) => received.push(payload));
      },
      { activation: ['onEvent:host:online'] },
    );
    const host = createSuperApp({ modules: [sync] });
    host.emit('offline');
    await flush();
    expect(sync.load).not.toHaveBeenCalled();

    host.emit('online', { since: 1 });
    await vi.waitFor(() => { expect(received).toEqual([{ since: 1 }]); });
    host.emit('online', { since: 2 });
    expect(received).toEqual([{ since: 1 }, { since: 2 }]);
  });

  it('refuses to open an unknown module or route with a typed error', async () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.aduan', undefined, { routes })] });
    await expect(host.open('lampung.tidak-ada')).rejects.toSatisfy((error) => isGerbangError(error, 'unknown-module'));
    await expect(host.open('lampung.aduan', { route: 'edit' })).rejects.toThrow(inBuild('has no route "edit"; its routes are home, detail', 'lampung.aduan edit'));
  });
});

describe('deactivation', () => {
  it('disposes everything registered through ctx: listeners, services, views, timers, callbacks', async () => {
    const ref = createServiceRef<{ ping(): string }>({ id: 'lampung.ping', version: '1.0.0' });
    const heard = vi.fn();
    const timer = vi.fn();
    const disposed = vi.fn();
    let context: ModuleContext | undefined;
    const host = createSuperApp({
      modules: [
        moduleFor(
          'lampung.ping',
          (ctx) => {
            context = ctx;
            ctx.events.on('host:tick', heard);
            ctx.services.provide(ref, { ping: () => 'pong' });
            ctx.views.register('main', { mount: () => undefined });
            ctx.setTimeout(timer, 5);
            ctx.timers.setInterval(timer, 5);
            ctx.onDispose(disposed);
          },
          { provides: [{ id: 'lampung.ping', version: '1.0.0' }] },
        ),
        moduleFor('lampung.user', undefined, { requires: { 'lampung.ping': '^1.0.0' } }),
      ],
    });
    await host.open('lampung.ping');
    host.emit('tick');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(host.views('lampung.ping').has('main')).toBe(true);

    await host.stop();
    expect(host.state('lampung.ping')).toBe('inactive');
    host.emit('tick');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(host.views('lampung.ping').size).toBe(0);
    expect(disposed).toHaveBeenCalledTimes(1);
    expect(context?.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(timer).not.toHaveBeenCalled();
    expect(() => context?.events.emit('late', 1)).toThrow(inBuild(/context was disposed/, /^lampung\.ping is inactive: ctx$/));
  });

  it('activates an inactive module again when it is reopened', async () => {
    const activate = vi.fn();
    const host = createSuperApp({ modules: [moduleFor('lampung.aduan', activate)] });
    await host.open('lampung.aduan');
    await host.stop();
    await host.open('lampung.aduan');
    expect(activate).toHaveBeenCalledTimes(2);
    expect(host.state('lampung.aduan')).toBe('active');
  });

  it('calls deactivate(ctx) before disposing', async () => {
    const order: string[] = [];
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.aduan', {
          activate: (ctx) => { ctx.onDispose(() => order.push('disposed')); },
          deactivate: () => void order.push('deactivate'),
        }),
      ],
    });
    await host.open('lampung.aduan');
    await host.stop();
    expect(order).toEqual(['deactivate', 'disposed']);
  });
});

describe('phase timeouts', () => {
  it.each(['load', 'activate', 'deactivate'] as const)('fails a module that hangs in %s, with a PhaseTimeoutError as cause', async (phase) => {
    const module = moduleFor('lampung.hang', { activate: phase === 'activate' ? forever : () => undefined, deactivate: forever });
    if (phase === 'load') module.load.mockImplementation(forever);
    const host = createSuperApp({ modules: [module], timeouts: { load: 10, activate: 10, deactivate: 10 } });
    const failures: ModuleFailure[] = [];
    host.on('host:module-failed', (failure) => failures.push(failure));

    if (phase === 'deactivate') {
      await host.open('lampung.hang');
      await host.stop();
    } else {
      await expect(host.open('lampung.hang')).rejects.toSatisfy((error) => isGerbangError(error, 'module-failed'));
    }
    expect(host.state('lampung.hang')).toBe('failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.phase).toBe(phase);
    expect(isGerbangError(failures[0]?.cause, 'phase-timeout')).toBe(true);
    expect(failures[0]?.error.message).toBe(
      inBuild(
        `Module "lampung.hang" failed in ${phase}: PhaseTimeoutError: Module "lampung.hang" did not finish ${phase} within 10 ms`,
        `lampung.hang failed in ${phase}: PhaseTimeoutError: lampung.hang did not finish ${phase} within 10 ms`,
      ),
    );
  });

  /** A clock whose timers run only when the test fires them, so that nothing depends on durations. */
  function manualClock() {
    const pending = new Map<number, { callback: () => void; ms: number }>();
    let next = 0;
    const clock: Clock = {
      now: () => 0,
      setTimeout: (callback, ms) => {
        pending.set(++next, { callback, ms });
        return next;
      },
      clearTimeout: (handle) => void pending.delete(handle as number),
    };
    /** Runs the timers set for exactly `ms` milliseconds. */
    const fire = (ms: number) => {
      for (const [handle, timer] of [...pending]) {
        if (timer.ms !== ms) continue;
        pending.delete(handle);
        timer.callback();
      }
    };
    return { clock, pending, fire };
  }
  const timeouts = { load: 101, activate: 102, deactivate: 103, handler: 104, service: 105 };

  it('fails a module whose event handler hangs, in phase handler', async () => {
    const { clock, pending, fire } = manualClock();
    let settle: () => void = () => undefined;
    const host = createSuperApp({
      clock,
      timeouts,
      modules: [
        moduleFor('lampung.hang', (ctx) => void ctx.events.on('host:ping', forever)),
        moduleFor('lampung.lambat', (ctx) => void ctx.events.on('host:ping', () => new Promise<void>((resolve) => (settle = resolve)))),
      ],
    });
    const failures: ModuleFailure[] = [];
    host.on('host:module-failed', (failure) => failures.push(failure));
    await Promise.all([host.open('lampung.hang'), host.open('lampung.lambat')]);
    host.emit('ping');
    expect([...pending.values()].filter((timer) => timer.ms === timeouts.handler)).toHaveLength(2);

    // The slow handler settles in time: its timer is cleared, and it never fails.
    settle();
    await flush();
    expect([...pending.values()].filter((timer) => timer.ms === timeouts.handler)).toHaveLength(1);
    fire(timeouts.handler);
    await flush();

    expect(host.state('lampung.hang')).toBe('failed');
    expect(host.state('lampung.lambat')).toBe('active');
    expect(failures.map((failure) => [failure.moduleId, failure.phase])).toEqual([['lampung.hang', 'handler']]);
    expect(isGerbangError(failures[0]?.cause, 'phase-timeout')).toBe(true);
    expect((failures[0]?.cause as PhaseTimeoutError).phase).toBe('handler');
    expect(failures[0]?.error.message).toBe(
      inBuild(
        'Module "lampung.hang" failed in handler: PhaseTimeoutError: Module "lampung.hang" did not finish handler within 104 ms',
        'lampung.hang failed in handler: PhaseTimeoutError: lampung.hang did not finish handler within 104 ms',
      ),
    );
    expect(pending.size).toBe(0);
  });

  it('fails the provider of a service method that hangs; the caller gets the failure, caused by the timeout', async () => {
    const { clock, pending, fire } = manualClock();
    const slowRef = createServiceRef<{ hang(): Promise<void>; quick(): Promise<number> }>({ id: 'lampung.slow', version: '1.0.0' });
    let slow: { hang(): Promise<void>; quick(): Promise<number> } | undefined;
    const host = createSuperApp({
      clock,
      timeouts,
      modules: [
        moduleFor('lampung.slow', (ctx) => void ctx.services.provide(slowRef, { hang: forever, quick: () => Promise.resolve(7) }), {
          provides: [{ id: 'lampung.slow', version: '1.0.0' }],
        }),
        moduleFor('lampung.user', (ctx) => void (slow = ctx.services.get(slowRef)), { requires: { 'lampung.slow': '^1.0.0' } }),
      ],
    });
    await host.open('lampung.user');

    // A call that settles clears its timer.
    await expect(slow?.quick()).resolves.toBe(7);
    expect(pending.size).toBe(0);

    const call = slow?.hang();
    expect([...pending.values()].map((timer) => timer.ms)).toEqual([timeouts.service]);
    fire(timeouts.service);
    const error: unknown = await call?.catch((caught: unknown) => caught);
    expect(isGerbangError(error, 'module-failed')).toBe(true);
    expect((error as ModuleFailedError).phase).toBe('service');
    expect(isGerbangError((error as Error).cause, 'phase-timeout')).toBe(true);
    expect(((error as Error).cause as PhaseTimeoutError).phase).toBe('service');
    expect(host.status('lampung.slow')?.failure?.phase).toBe('service');
    expect(host.state('lampung.user')).toBe('active');
    expect(pending.size).toBe(0);
  });

  it('clears the timers of a hanging handler and service call when the module stops, without failing it', async () => {
    const { clock, pending } = manualClock();
    const slowRef = createServiceRef<{ hang(): Promise<void> }>({ id: 'lampung.slow', version: '1.0.0' });
    let slow: { hang(): Promise<void> } | undefined;
    const host = createSuperApp({
      clock,
      timeouts,
      modules: [
        moduleFor(
          'lampung.slow',
          (ctx) => {
            ctx.services.provide(slowRef, { hang: forever });
            ctx.events.on('host:ping', forever);
          },
          { provides: [{ id: 'lampung.slow', version: '1.0.0' }] },
        ),
        moduleFor('lampung.user', (ctx) => void (slow = ctx.services.get(slowRef)), { requires: { 'lampung.slow': '^1.0.0' } }),
      ],
    });
    const failures: ModuleFailure[] = [];
    host.on('host:module-failed', (failure) => failures.push(failure));
    await host.open('lampung.user');
    host.emit('ping');
    const call = slow?.hang().catch((caught: unknown) => caught);
    expect([...pending.values()].map((timer) => timer.ms).sort()).toEqual([timeouts.handler, timeouts.service]);

    await host.stop();
    expect(pending.size).toBe(0);
    const error = await call;
    expect(isGerbangError(error, 'module-unavailable')).toBe(true);
    expect((error as Error).message).toBe(inBuild('Module "lampung.slow" is stopped: it stopped before its service settled', 'lampung.slow is stopped: service'));
    expect(host.state('lampung.slow')).toBe('inactive');
    expect(failures).toEqual([]);
  });

  it('defaults the handler and service timeouts', () => {
    expect(DEFAULT_PHASE_TIMEOUTS).toEqual({ load: 10_000, activate: 5000, deactivate: 3000, handler: 5000, service: 15_000 });
  });
});
