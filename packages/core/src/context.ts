/**
 * The module context (`ctx`) and the scope that owns everything registered through it.
 *
 * @internal
 * @module
 */
import type { AnyEndpoint, Manifest, ServiceRef } from '@gerbang/contracts';
import { localize } from './brand.ts';
import type { HostBrand } from './brand.ts';
import { isThenable, type Bus } from './bus.ts';
import type { BusListener } from './bus.ts';
import { ApiUnavailableError, ModuleUnavailableError, PermissionDeniedError, ServiceNotDeclaredError } from './errors.ts';
import type { ModulePhase } from './errors.ts';
import { settleWithin } from './lifecycle.ts';
import type { Clock, PhaseTimeouts } from './lifecycle.ts';
import type { Logger } from './logger.ts';
import type { ModuleContext, ModuleView, NavigationResult, TimerHandle, Unsubscribe } from './module.ts';
import type { PermissionGate } from './permissions.ts';
import { wrapMethods, type HostService, type ServiceProvider, type ServiceRegistry } from './services.ts';
import { createModuleStorage, type StorageAdapter } from './storage.ts';
import { DEV } from './dev.ts';

/**
 * The host's API client, as `createSuperApp({ api })` takes it: `@gerbang/client` fits, and so
 * does any object with this method.
 */
export interface HostApi {
  /**
   * Calls an endpoint.
   *
   * @param endpoint - The endpoint descriptor.
   * @param input - Its params, query and body.
   * @param context - The calling module, and a signal aborted when it stops.
   */
  call(endpoint: AnyEndpoint, input: unknown, context: { readonly moduleId: string; readonly signal: AbortSignal }): Promise<unknown>;
}

/** Everything registered by one activation of a module, disposed together. @internal */
export interface Scope {
  /** False once disposed. */
  alive: boolean;
  readonly signal: AbortSignal;
  readonly views: Map<string, ModuleView>;
  /** The bus listeners added, by event, to replay the event that woke the module. */
  readonly listeners: [string, BusListener][];
  add(dispose: () => void): Unsubscribe;
  /** Runs every disposer, newest first; errors go to `onError`. */
  dispose(onError: (cause: unknown) => void): void;
}

/** @internal */
export function createScope(): Scope {
  const controller = new AbortController();
  const disposers = new Set<() => void>();
  return {
    alive: true,
    signal: controller.signal,
    views: new Map(),
    listeners: [],
    add(dispose) {
      // Runs `dispose` at most once: only while it is still in the set.
      const once = (): void => {
        if (disposers.delete(once)) dispose();
      };
      disposers.add(once);
      return once;
    },
    dispose(onError) {
      if (!this.alive) return;
      this.alive = false;
      // Each disposer removes itself from the set, and the views and listeners it registered.
      for (const dispose of [...disposers].reverse()) {
        try {
          dispose();
        } catch (cause) {
          onError(cause);
        }
      }
      controller.abort();
    },
  };
}

/** What a context needs from its host. @internal */
export interface ContextHost<TProvider extends ServiceProvider> {
  readonly bus: Bus;
  readonly clock: Clock;
  readonly timeouts: PhaseTimeouts;
  readonly logger: Logger;
  readonly brand: HostBrand | undefined;
  readonly locale: string;
  readonly api: HostApi | undefined;
  readonly storage: StorageAdapter;
  readonly permissions: PermissionGate;
  readonly services: ServiceRegistry<TProvider>;
  navigate(url: string): Promise<NavigationResult>;
}

/** @internal */
export function createModuleContext<TProvider extends ServiceProvider & { readonly manifest: Manifest }>(
  provider: TProvider,
  scope: Scope,
  host: ContextHost<TProvider>,
  fail: (phase: ModulePhase, cause: unknown) => Error,
): ModuleContext {
  const { manifest } = provider;
  const moduleId = manifest.id;
  const { clock, bus, permissions, services } = host;

  const live = (): void => {
    if (!scope.alive) throw new ModuleUnavailableError(moduleId, provider.state, DEV ? 'its context was disposed when it stopped' : 'ctx');
  };
  /** Settles as `result` (what a handler or a service method returned) does, within the phase's timeout and while the module runs. */
  const timed = (phase: 'handler' | 'service', result: PromiseLike<unknown>): Promise<unknown> =>
    settleWithin(clock, moduleId, phase, host.timeouts[phase], () => result, scope.signal);
  /**
   * Runs module code outside a lifecycle phase: a throw, a rejection or (for a handler) a hang
   * fails the module; a rejection after it stopped is ignored.
   */
  const guard = (phase: ModulePhase, callback: () => unknown): void => {
    if (!scope.alive) return;
    try {
      const result = callback();
      if (result !== undefined && isThenable(result)) {
        (phase === 'handler' ? timed(phase, result) : result).then(undefined, (cause: unknown) => {
          if (scope.alive) fail(phase, cause);
        });
      }
    } catch (cause) {
      fail(phase, cause);
    }
  };

  // The last event name emitted and its namespaced form: modules emit a few names over and over.
  let lastEvent = '';
  let lastName = '';
  const timers = new Map<TimerHandle, unknown>();
  let nextTimer = 1;
  const startTimer = (callback: () => unknown, ms: number, repeat: boolean): TimerHandle => {
    live();
    const handle = nextTimer++;
    const arm = (): void => {
      timers.set(
        handle,
        clock.setTimeout(() => {
          if (repeat) arm();
          else timers.delete(handle);
          guard('timer', callback);
        }, ms),
      );
    };
    arm();
    return handle;
  };
  const clearTimer = (handle: TimerHandle): void => {
    if (timers.has(handle)) clock.clearTimeout(timers.get(handle));
    timers.delete(handle);
  };
  scope.add(() => {
    timers.forEach((_timer, handle) => { clearTimer(handle); });
  });

  /** What this module got of each host service in this activation. */
  const hostServices = new Map<HostService, unknown>();

  const timerApi = {
    setTimeout: (callback: () => unknown, ms: number) => startTimer(callback, ms, false),
    setInterval: (callback: () => unknown, ms: number) => startTimer(callback, ms, true),
    clear: clearTimer,
  };

  return {
    moduleId,
    manifest,
    brand: host.brand,
    signal: scope.signal,
    logger: host.logger.child({ module: moduleId }),
    storage: createModuleStorage(host.storage, moduleId),
    i18n: {
      locale: host.locale,
      text: (text) => localize(text, host.locale),
    },
    events: {
      emit(event, payload) {
        live();
        if (event !== lastEvent) {
          lastName = `${moduleId}:${event}`;
          lastEvent = event;
        }
        bus.emit(lastName, payload);
      },
      on(event, listener) {
        live();
        const guarded: BusListener = (payload) => { guard('handler', () => listener(payload)); };
        // Kept to replay the event that woke the module; removed with the listener.
        const entry: [string, BusListener] = [event, guarded];
        scope.listeners.push(entry);
        const off = bus.on(event, guarded);
        return scope.add(() => {
          off();
          const at = scope.listeners.indexOf(entry);
          if (at >= 0) scope.listeners.splice(at, 1);
        });
      },
    },
    services: {
      get<TService>(ref: ServiceRef<TService>, range?: string): TService {
        live();
        const { implementation, host: service } = services.find(ref, range ?? manifest.requires[ref.id] ?? `^${ref.version}`);
        if (service) {
          const { permission, forModule } = service;
          if (permission && permissions.status(manifest, permission) === 'undeclared') throw new PermissionDeniedError(moduleId, permission, 'undeclared');
          // Made once per activation: the module's own instance when the host keeps state per
          // module, and, when a permission gates it, a proxy whose every call asks for it first.
          if (!hostServices.has(service)) {
            const own = forModule ? forModule(moduleId) : implementation;
            hostServices.set(
              service,
              permission
                ? wrapMethods(own, (method, property) => async (...args) => {
                    await permissions.request(manifest, permission, `${service.ref.id}.${String(property)}`);
                    return method(...args);
                  })
                : own,
            );
          }
          return hostServices.get(service) as TService;
        }
        return implementation as TService;
      },
      provide(ref, implementation) {
        live();
        if (!manifest.provides.some((service) => service.id === ref.id && service.version === ref.version)) {
          throw new ServiceNotDeclaredError(moduleId, String(ref), DEV ? `its manifest's "provides" does not list ${ref.id} ${ref.version}` : '');
        }
        // Each method passes through a boundary: a throw, a rejection or a call that does not settle
        // within the service timeout fails this module (the caller gets the ModuleFailedError, whose
        // cause is what the method threw or a PhaseTimeoutError); calls after the module stopped are
        // refused, and calls pending when it stops end with a ModuleUnavailableError.
        const guarded = wrapMethods(implementation, (method, property) => (...args) => {
          if (!scope.alive) {
            throw new ModuleUnavailableError(moduleId, 'stopped', DEV ? `its service method ${String(property)}() was called after the module stopped` : String(property));
          }
          try {
            const result = method(...args);
            return isThenable(result)
              ? timed('service', result).then(undefined, (cause: unknown) => {
                  // Once the module stopped, a pending call ends with the ModuleUnavailableError of settleWithin.
                  throw scope.alive ? fail('service', cause) : cause;
                })
              : result;
          } catch (cause) {
            throw fail('service', cause);
          }
        });
        return scope.add(services.publish(provider, ref, guarded));
      },
    },
    views: {
      register(name, view) {
        live();
        const guarded: ModuleView = {
          mount(element, props) {
            let unmount: unknown;
            guard('view', () => (unmount = view.mount(element, props)));
            return typeof unmount === 'function' ? () => { guard('view', unmount as () => unknown); } : undefined;
          },
        };
        scope.views.set(name, guarded);
        return scope.add(() => {
          if (scope.views.get(name) === guarded) scope.views.delete(name);
        });
      },
    },
    permissions: {
      status: (permission) => permissions.status(manifest, permission),
      request: (permission, purpose) => permissions.request(manifest, permission, purpose),
    },
    api: {
      call(endpoint, input) {
        const { api } = host;
        if (!api) return Promise.reject(new ApiUnavailableError(moduleId, endpoint.id));
        return api.call(endpoint, input, { moduleId, signal: scope.signal }) as never;
      },
    },
    timers: timerApi,
    setTimeout: timerApi.setTimeout,
    navigate: (url) => host.navigate(url),
    onDispose(dispose) {
      live();
      scope.add(dispose);
    },
  };
}
