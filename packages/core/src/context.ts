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
import { guardService, wrapMethods, type HostService, type ServiceProvider, type ServiceRegistry } from './services.ts';
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
      for (const dispose of [...disposers].reverse()) {
        try {
          dispose();
        } catch (cause) {
          onError(cause);
        }
      }
      disposers.clear();
      this.views.clear();
      this.listeners.length = 0;
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
  const { clock, bus, permissions } = host;

  const live = (): void => {
    if (!scope.alive) throw new ModuleUnavailableError(moduleId, provider.state, DEV ? 'its context was disposed when it stopped' : 'ctx');
  };
  /** Watches what module code returned outside a lifecycle phase: a rejection (or, for a handler, a hang) fails the module. */
  const watch = (phase: ModulePhase, result: unknown): void => {
    if (result === undefined || !isThenable(result)) return;
    const settled = phase === 'handler' ? settleWithin(clock, moduleId, phase, host.timeouts.handler, () => result, scope.signal) : result;
    settled.then(undefined, (cause: unknown) => {
      if (scope.alive) fail(phase, cause);
    });
  };
  /** Runs module code outside a lifecycle phase: a throw, a rejection or a hang fails the module. */
  const guard = (phase: ModulePhase, callback: () => unknown): void => {
    if (!scope.alive) return;
    try {
      watch(phase, callback());
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
    const tick = (): void => {
      if (repeat) timers.set(handle, clock.setTimeout(tick, ms));
      else timers.delete(handle);
      guard('timer', callback);
    };
    timers.set(handle, clock.setTimeout(tick, ms));
    return handle;
  };
  const clearTimer = (handle: TimerHandle): void => {
    if (timers.has(handle)) clock.clearTimeout(timers.get(handle));
    timers.delete(handle);
  };
  scope.add(() => {
    for (const handle of [...timers.keys()]) clearTimer(handle);
  });

  const hostServices = new Map<HostService, unknown>();
  /**
   * What this module gets of a host service, made once per activation: its own instance when
   * the host keeps state per module, and, when a permission gates it, a proxy whose every call
   * asks for the permission first.
   */
  const hostService = (service: HostService): unknown => {
    if (hostServices.has(service)) return hostServices.get(service);
    const { permission, forModule } = service;
    let implementation = forModule ? forModule(moduleId) : service.implementation;
    if (permission) {
      implementation = wrapMethods(implementation, (method, property) => async (...args) => {
        await permissions.request(manifest, permission, `${service.ref.id}.${String(property)}`);
        return method(...args);
      });
    }
    hostServices.set(service, implementation);
    return implementation;
  };

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
        if (!scope.alive) live();
        if (event !== lastEvent) {
          lastName = `${moduleId}:${event}`;
          lastEvent = event;
        }
        bus.emit(lastName, payload);
      },
      on(event, listener) {
        live();
        // Called for every message: no closure is made per call.
        const guarded: BusListener = (payload) => { guard('handler', () => listener(payload)); };
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
        const found = host.services.find(ref, range ?? manifest.requires[ref.id] ?? `^${ref.version}`);
        if (!found.host) return found.implementation as TService;
        const { permission } = found.host;
        if (permission && permissions.status(manifest, permission) === 'undeclared') throw new PermissionDeniedError(moduleId, permission, 'undeclared');
        return hostService(found.host) as TService;
      },
      provide(ref, implementation) {
        live();
        if (!manifest.provides.some((service) => service.id === ref.id && service.version === ref.version)) {
          throw new ServiceNotDeclaredError(moduleId, String(ref), DEV ? `its manifest's "provides" does not list ${ref.id} ${ref.version}` : '');
        }
        return scope.add(
          host.services.publish(
            provider,
            ref,
            guardService(implementation, moduleId, scope, (cause) => fail('service', cause), clock, host.timeouts.service),
          ),
        );
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
