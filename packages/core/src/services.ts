/**
 * Services: implementations of service refs, provided by the host or by modules, matched to
 * consumers by semver range. Calls into a module's service pass through a boundary proxy.
 *
 * @module
 */
import { satisfies } from '@gerbang/contracts';
import type { PermissionId, ServiceRef } from '@gerbang/contracts';
import { ServiceNotFoundError } from './errors.ts';
import { byVersionDescending } from './resolution.ts';
import { DEV } from './dev.ts';
import type { Offer } from './resolution.ts';

/**
 * A service the host provides to modules, from {@link provideService}. A service gated by a
 * permission is only handed to modules that declare it, and each call asks for it first (so
 * its methods must return promises).
 *
 * @typeParam TService - The service interface.
 */
export interface HostService<TService = unknown> {
  /** The ref it implements. */
  readonly ref: ServiceRef<TService>;
  /** The implementation. */
  readonly implementation: TService;
  /** The permission a module needs to call it, if any. */
  readonly permission?: PermissionId;
  /** Makes the implementation one module gets, for a service whose state is kept per module. */
  readonly forModule?: ((moduleId: string) => TService) | undefined;
}

/** Options of {@link provideService}. */
export interface ProvideServiceOptions {
  /**
   * The permission a module must declare to get the service, and that each call requests
   * (consent, policy and audit log included). The service's methods must then return promises.
   */
  readonly permission?: PermissionId;
}

/**
 * Pairs a ref with the host's implementation, for `createSuperApp({ services })`, checking the
 * types. Several versions of one service id can be provided side by side.
 *
 * @param ref - The service ref.
 * @param implementation - The implementation.
 * @param options - A permission that gates it.
 * @example
 * ```ts
 * const host = createSuperApp({
 *   services: [provideService(locationRef, deviceLocation, { permission: 'location' })],
 * });
 * ```
 */
export function provideService<TService>(ref: ServiceRef<TService>, implementation: TService, options: ProvideServiceOptions = {}): HostService<TService> {
  // A permission id is never empty: without one, the service has no `permission` key at all.
  return { ref, implementation, ...(options.permission && { permission: options.permission }) };
}

/**
 * Like {@link provideService}, for a service that keeps each module's state apart: `create` is
 * called once per activation of each module that asks for it, with that module's id, so one
 * module never sees what another put in (an outbox, a per-module cache).
 *
 * @param ref - The service ref.
 * @param create - Makes the implementation for one module.
 * @param options - A permission that gates it.
 * @example
 * ```ts
 * const host = createSuperApp({
 *   services: [provideModuleService(outboxServiceRef, (moduleId) => outboxFor(moduleId))],
 * });
 * ```
 */
export function provideModuleService<TService>(
  ref: ServiceRef<TService>,
  create: (moduleId: string) => TService,
  options: ProvideServiceOptions = {},
): HostService<TService> {
  return { ...provideService(ref, undefined as TService, options), forModule: create };
}

/** A module-side provider as the registry sees it. @internal */
export interface ServiceProvider {
  readonly id: string;
  readonly state: string;
}

/** @internal */
export interface ServiceRegistry<TProvider extends ServiceProvider> {
  /** The offers for a service id, highest version first. */
  offers(serviceId: string): readonly Offer<TProvider>[];
  /** Adds the declared `provides` of a module (from its manifest), before any code runs. */
  declare(provider: TProvider, provides: readonly { readonly id: string; readonly version: string }[]): void;
  /** Removes a module's declared offers (unload). */
  withdraw(provider: TProvider, provides: readonly { readonly id: string; readonly version: string }[]): void;
  /** Sorts the offers changed since the last call; once per batch. */
  settle(): void;
  /** Makes a module's implementation live until the returned function runs. */
  publish(provider: TProvider, ref: ServiceRef<unknown>, implementation: unknown): () => void;
  /** The best live implementation for a ref and range: a host service or a module's. */
  find(ref: ServiceRef<unknown>, range: string): { implementation: unknown; host?: HostService | undefined };
}

/** An offer as the registry keeps it: with the implementation while one is live. */
interface Entry<TProvider> extends Offer<TProvider> {
  live?: { readonly implementation: unknown; readonly host?: HostService } | undefined;
}

/** @internal */
export function createServiceRegistry<TProvider extends ServiceProvider>(hostServices: readonly HostService[]): ServiceRegistry<TProvider> {
  const offers = new Map<string, Entry<TProvider>[]>();
  const unsorted = new Set<string>();

  const offer = (id: string, entry: Entry<TProvider>): void => {
    let list = offers.get(id);
    if (!list) offers.set(id, (list = []));
    list.push(entry);
    unsorted.add(id);
  };
  // Backwards, so that of two host services with one id and version the last one is found first.
  for (const host of [...hostServices].reverse()) offer(host.ref.id, { version: host.ref.version, provider: undefined, live: { implementation: host.implementation, host } });

  return {
    offers: (serviceId) => offers.get(serviceId) ?? [],
    declare(provider, provides) {
      for (const service of provides) offer(service.id, { version: service.version, provider });
    },
    withdraw(provider, provides) {
      for (const service of provides) offers.set(service.id, offers.get(service.id)?.filter((entry) => entry.provider !== provider) ?? []);
    },
    settle() {
      for (const id of unsorted) offers.get(id)?.sort(byVersionDescending);
      unsorted.clear();
    },
    publish(provider, ref, implementation) {
      const entry = offers.get(ref.id)?.find((each) => each.provider === provider && each.version === ref.version);
      const live = { implementation };
      if (entry) entry.live = live;
      return () => {
        if (entry?.live === live) entry.live = undefined;
      };
    },
    find(ref, range) {
      const available: string[] = [];
      for (const { version, provider, live } of offers.get(ref.id) ?? []) {
        if (live && satisfies(version, range)) return live;
        available.push(
          provider
            ? DEV
              ? `${version} (module "${provider.id}", ${provider.state})`
              : `${version} ("${provider.id}", ${provider.state})`
            : `${version} (host)`,
        );
      }
      throw new ServiceNotFoundError(String(ref), ref.id, range, available);
    },
  };
}

/**
 * A view of a service whose methods pass through `wrap`: each is given the method bound to the
 * implementation, and its name. Other properties read through unchanged.
 *
 * @internal
 */
export function wrapMethods<TService>(
  implementation: TService,
  wrap: (method: (...args: unknown[]) => unknown, property: PropertyKey) => (...args: unknown[]) => unknown,
): TService {
  if (typeof implementation !== 'object' || implementation === null) return implementation;
  return new Proxy(implementation, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? wrap(value.bind(target) as (...args: unknown[]) => unknown, property) : value;
    },
  });
}
