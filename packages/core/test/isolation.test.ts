import { describe, expect, it, vi } from 'vitest';
import { createServiceRef, isGerbangError } from '@gerbang/contracts';
import { createRedactingLogger, createSuperApp, type LogRecord, type ModuleFailure } from '@gerbang/core';
import { inBuild } from './support/build.ts';
import { flush, moduleFor } from './support/modules.ts';

interface Counter {
  next(): number;
  later(): Promise<number>;
}
const counterRef = createServiceRef<Counter>({ id: 'lampung.counter', version: '1.0.0' });

function hostWithFailures() {
  const failures: ModuleFailure[] = [];
  const records: LogRecord[] = [];
  return { failures, records, logger: createRedactingLogger({ sink: (record) => records.push(record) }) };
}

describe('fault isolation', () => {
  it('fails only the module whose load or activate throws or rejects', async () => {
    const { failures, logger } = hostWithFailures();
    const throwsOnLoad = moduleFor('lampung.load');
    throwsOnLoad.load.mockImplementation(() => {
      throw new Error('chunk missing');
    });
    const host = createSuperApp({
      logger,
      modules: [
        throwsOnLoad,
        moduleFor('lampung.activate', () => {
          throw new TypeError('boom');
        }),
        moduleFor('lampung.reject', () => Promise.reject(new Error('offline'))),
        moduleFor('lampung.sehat'),
      ],
    });
    host.on('host:module-failed', (failure) => failures.push(failure));

    const outcomes = await Promise.allSettled(['lampung.load', 'lampung.activate', 'lampung.reject', 'lampung.sehat'].map((id) => host.open(id)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected', 'fulfilled']);
    expect(failures.map((failure) => [failure.moduleId, failure.phase])).toEqual([
      ['lampung.load', 'load'],
      ['lampung.activate', 'activate'],
      ['lampung.reject', 'activate'],
    ]);
    expect((failures[1]?.cause as Error).message).toBe('boom');
    expect(host.state('lampung.sehat')).toBe('active');
    await expect(host.open('lampung.activate')).rejects.toThrow(inBuild('Module "lampung.activate" is failed: it failed in activate; retry or unload it', 'lampung.activate is failed: activate'));
  });

  it('fails a module that throws an unprintable value, such as an error whose message getter throws', async () => {
    const { failures, logger } = hostWithFailures();
    const hostile = new Error('x');
    Object.defineProperty(hostile, 'message', { get: () => { throw new Error('gotcha'); } });
    const unprintable = { toString: () => { throw new Error('gotcha'); } };
    const host = createSuperApp({
      logger,
      modules: [
        moduleFor('lampung.getter', () => { throw hostile; }),
        // Module code may reject with anything, an Error or not.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        moduleFor('lampung.string', () => Promise.reject(unprintable)),
        moduleFor('lampung.sehat'),
      ],
    });
    host.on('host:module-failed', (failure) => failures.push(failure));

    const outcomes = await Promise.allSettled(['lampung.getter', 'lampung.string', 'lampung.sehat'].map((id) => host.open(id)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(failures.map((failure) => [failure.moduleId, failure.phase, failure.cause])).toEqual([
      ['lampung.getter', 'activate', hostile],
      ['lampung.string', 'activate', unprintable],
    ]);
    expect(failures.map((failure) => failure.error.message)).toEqual([
      inBuild('Module "lampung.getter" failed in activate: an unprintable value', 'lampung.getter failed in activate: an unprintable value'),
      inBuild('Module "lampung.string" failed in activate: an unprintable value', 'lampung.string failed in activate: an unprintable value'),
    ]);
    expect(host.state('lampung.getter')).toBe('failed');
    expect(host.state('lampung.sehat')).toBe('active');
  });

  it('fails a module whose load gives no activate function', async () => {
    const host = createSuperApp({ modules: [moduleFor('lampung.kosong')] });
    const module = host.status('lampung.kosong');
    expect(module?.state).toBe('registered');
    const broken = moduleFor('lampung.salah');
    broken.load.mockResolvedValue({ default: { start() {} } });
    host.register(broken);
    await expect(host.open('lampung.salah')).rejects.toThrow(inBuild(/load\(\) must resolve to an object with activate/, /^lampung\.salah failed in load: InvalidModuleError: Invalid module: load\(\)$/));
    expect(host.status('lampung.salah')?.failure?.phase).toBe('load');
  });

  it('fails only the module whose event listener throws; the other listeners still run', async () => {
    const heard = vi.fn();
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.rapuh', (ctx) => {
          ctx.events.on('host:ping', () => {
            throw new Error('listener broke');
          });
        }),
        moduleFor('lampung.async', (ctx) => {
          ctx.events.on('host:ping', () => Promise.reject(new Error('async listener broke')));
        }),
        moduleFor('lampung.kuat', (ctx) => {
          ctx.events.on('host:ping', heard);
        }),
      ],
    });
    await Promise.all(['lampung.rapuh', 'lampung.async', 'lampung.kuat'].map((id) => host.open(id)));
    host.emit('ping', 1);
    await flush();
    expect(heard).toHaveBeenCalledWith(1);
    expect(host.status('lampung.rapuh')?.failure?.phase).toBe('handler');
    expect(host.status('lampung.async')?.failure?.phase).toBe('handler');
    expect(host.state('lampung.kuat')).toBe('active');
    host.emit('ping', 2);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('fails the provider, not the caller, when a service method throws or rejects', async () => {
    let calls = 0;
    const provider = moduleFor(
      'lampung.counter',
      (ctx) => {
        ctx.services.provide(counterRef, {
          next: () => {
            calls++;
            throw new Error('counter broke');
          },
          later: () => Promise.reject(new Error('later broke')),
        });
      },
      { provides: [{ id: 'lampung.counter', version: '1.0.0' }] },
    );
    let counter: Counter | undefined;
    const consumer = moduleFor(
      'lampung.user',
      (ctx) => {
        counter = ctx.services.get(counterRef);
      },
      { requires: { 'lampung.counter': '^1.0.0' } },
    );
    const host = createSuperApp({ modules: [provider, consumer] });
    await host.open('lampung.user');
    expect(host.state('lampung.counter')).toBe('active');

    expect(() => counter?.next()).toThrow(inBuild('Module "lampung.counter" failed in service: Error: counter broke', 'lampung.counter failed in service: Error: counter broke'));
    expect(host.status('lampung.counter')?.failure?.phase).toBe('service');
    expect(host.state('lampung.user')).toBe('active');
    expect(() => counter?.next()).toThrow(inBuild(/called after the module stopped/, /^lampung\.counter is stopped: next$/));
    expect(calls).toBe(1);
  });

  it('reports a rejected service call to the caller and fails the provider', async () => {
    let counter: Counter | undefined;
    const host = createSuperApp({
      modules: [
        moduleFor(
          'lampung.counter',
          (ctx) => {
            ctx.services.provide(counterRef, { next: () => 1, later: () => Promise.reject(new Error('later broke')) });
          },
          { provides: [{ id: 'lampung.counter', version: '1.0.0' }] },
        ),
        moduleFor(
          'lampung.user',
          (ctx) => {
            counter = ctx.services.get(counterRef);
          },
          { requires: { 'lampung.counter': '^1.0.0' } },
        ),
      ],
    });
    await host.open('lampung.user');
    expect(counter?.next()).toBe(1);
    await expect(counter?.later()).rejects.toSatisfy((error) => isGerbangError(error, 'module-failed'));
    expect(host.status('lampung.counter')?.failure?.phase).toBe('service');
  });

  it('retries a failed module, and unloads one', async () => {
    let attempts = 0;
    const flaky = moduleFor('lampung.flaky', () => {
      attempts++;
      if (attempts === 1) throw new Error('first start fails');
    });
    const host = createSuperApp({ modules: [flaky, moduleFor('lampung.broken', () => Promise.reject(new Error('always')))] });
    await expect(host.open('lampung.flaky')).rejects.toThrow('first start fails');
    expect(host.state('lampung.flaky')).toBe('failed');
    await host.retry('lampung.flaky');
    expect(host.state('lampung.flaky')).toBe('active');
    expect(host.status('lampung.flaky')?.failure).toBeUndefined();

    await expect(host.open('lampung.broken')).rejects.toThrow('always');
    await expect(host.retry('lampung.broken')).rejects.toThrow('always');
    await host.unload('lampung.broken');
    expect(host.state('lampung.broken')).toBeUndefined();
  });

  it('logs a host listener that throws, and keeps delivering to the others', async () => {
    const { records, logger } = hostWithFailures();
    const host = createSuperApp({ logger, modules: [moduleFor('lampung.aduan')] });
    const after = vi.fn();
    host.on('host:state-changed', () => {
      throw new Error('host listener broke');
    });
    host.on('host:state-changed', after);
    await host.open('lampung.aduan');
    expect(after).toHaveBeenCalledTimes(3);
    expect(records.some((record) => record.level === 'error' && record.message.includes('host:state-changed'))).toBe(true);
  });
});
