/**
 * The host: `createSuperApp()`. It registers modules by their manifests, resolves their services,
 * runs their lifecycles behind boundaries, routes deep links, keeps the catalogue, and switches
 * modules off on demand.
 *
 * @module
 */
import { describeKind, isGerbangError, parseManifest, satisfies, semverRangeSchema, validate } from '@gerbang/contracts';
import type { ActivationEvent, GerbangError, Manifest, PermissionId } from '@gerbang/contracts';
import { brandExclusion } from './brand.ts';
import type { HostBrand, HostBrandPermissionPolicy } from './brand.ts';
import { createBus, guardListener } from './bus.ts';
import { buildCatalogue } from './catalogue.ts';
import type { Catalogue } from './catalogue.ts';
import { createModuleContext, createScope, type ContextHost, type HostApi, type Scope } from './context.ts';
import { compileRouteTable, resolveDeepLink, type RouteTable } from './deep-link.ts';
import {
  DuplicateModuleError,
  InvalidModuleError,
  ModuleFailedError,
  ModuleUnavailableError,
  UnknownModuleError,
  UnknownRouteError,
} from './errors.ts';
import type { ModulePhase } from './errors.ts';
import { DEFAULT_PHASE_TIMEOUTS, ENGINE_VERSION, MODULE_STATES, settleWithin, systemClock } from './lifecycle.ts';
import type { Clock, ModuleState, PhaseTimeouts } from './lifecycle.ts';
import type { Logger } from './logger.ts';
import { isGerbangModule } from './module.ts';
import type {
  GerbangModule,
  ModuleImplementation,
  ModuleView,
  NavigationResult,
  OpenedModule,
  Unsubscribe,
} from './module.ts';
import { createPermissionGate } from './permissions.ts';
import type { AuditEntry, ConsentPrompt, PermissionDecision } from './permissions.ts';
import { NO_BINDINGS, resolveModules, type ModuleBlock, type ResolutionEnvironment } from './resolution.ts';
import { createServiceRegistry, type HostService } from './services.ts';
import { createMemoryStorage, createModuleStorage, type StorageAdapter } from './storage.ts';
import { DEV } from './dev.ts';

const { registered, blocked, disabled, loading, activating, active, deactivating, inactive, failed } = MODULE_STATES;

/** The module id reserved for the host's own events (`host:<event>`) and storage. */
const HOST_ID = 'host';

/** The options of {@link createSuperApp}. */
export interface SuperAppOptions {
  /** The modules to register at once, as one batch; see {@link SuperApp.register}. */
  readonly modules?: readonly GerbangModule[];
  /** Services the host provides to modules, from {@link provideService}. */
  readonly services?: readonly HostService[];
  /** The brand: regions, deep-link origins, home layout, enabled modules, flags, permission policy. */
  readonly brand?: HostBrand;
  /** A permission policy of the host, applied on top of the brand's. */
  readonly permissionPolicy?: HostBrandPermissionPolicy;
  /**
   * Asks the citizen for a permission, showing the manifest's rationale.
   * @default none: every permission that needs consent is refused
   */
  readonly consent?: ConsentPrompt;
  /**
   * Where modules' storage and the permission grants are kept.
   * @default createMemoryStorage()
   */
  readonly storage?: StorageAdapter;
  /**
   * The clock for phase timeouts, module timers and audit times.
   * @default the platform's
   */
  readonly clock?: Clock;
  /**
   * The host's logger; modules get a child of it (`ctx.logger`). Use `createRedactingLogger`
   * so that personal data is masked before anything leaves the host.
   * @default a logger that drops every record
   */
  readonly logger?: Logger;
  /** The API client behind `ctx.api`. */
  readonly api?: HostApi;
  /**
   * The locale of names, titles and `ctx.i18n`.
   * @default 'id'
   */
  readonly locale?: 'id' | 'en';
  /** The timeout of each phase, in milliseconds. */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /**
   * How many entries the audit log keeps; the oldest go first.
   * @default 1000
   */
  readonly auditLimit?: number;
}

/** A module's failure: which module, in which phase, and why. Emitted as `host:module-failed`. */
export interface ModuleFailure {
  /** The module id. */
  readonly moduleId: string;
  /** The module version. */
  readonly version: string;
  /** The phase in which its code failed. */
  readonly phase: ModulePhase;
  /** What the module threw, or a `PhaseTimeoutError`. */
  readonly cause: unknown;
  /** The typed error, with all of the above. */
  readonly error: ModuleFailedError;
  /** When, by the host's clock. */
  readonly time: number;
}

/** A module as the host sees it now. */
export interface ModuleStatus {
  /** The module id. */
  readonly id: string;
  /** The module version. */
  readonly version: string;
  /** Its state. */
  readonly state: ModuleState;
  /** Why it is blocked, when it is. */
  readonly block?: ModuleBlock;
  /** Its failure, when it failed. */
  readonly failure?: ModuleFailure;
  /** Why it was switched off, when it was. */
  readonly disabledReason?: string;
}

/** A value given to {@link SuperApp.register} that was refused, and why. */
export interface RejectedModule {
  /** Its position in the batch. */
  readonly index: number;
  /** The module id, when the manifest had a readable one. */
  readonly moduleId?: string;
  /** Why: a `ValidationError`, a `DuplicateModuleError` or an `InvalidModuleError`. */
  readonly error: GerbangError;
}

/** What {@link SuperApp.register} did with a batch. */
export interface RegistrationResult {
  /** The ids of the modules registered (some may be `blocked` or `disabled`; see their status). */
  readonly registered: readonly string[];
  /** The values refused, each with its error. */
  readonly rejected: readonly RejectedModule[];
}

/** A module's move from one state to another. */
export interface ModuleStateChange {
  /** The module id. */
  readonly moduleId: string;
  /** The state it left. */
  readonly from: ModuleState;
  /** The state it entered. */
  readonly to: ModuleState;
}

/** The host's own events, by name, with their payloads. Modules can listen to them too. */
export interface HostEvents {
  /** `start()` finished. */
  'host:started': { readonly time: number };
  /** `stop()` finished. */
  'host:stopped': { readonly time: number };
  /** A module changed state. */
  'host:state-changed': ModuleStateChange;
  /** A module failed, and was set aside. */
  'host:module-failed': ModuleFailure;
  /** A value given to `register()` was refused. */
  'host:module-rejected': RejectedModule;
  /**
   * A module was opened (by `open`, `navigate` or a module's `ctx.navigate`), so the renderer can
   * show it; its view is in `views(moduleId)`, under the route's name or `main`.
   */
  'host:opened': Omit<OpenedModule, 'view'>;
  /** A module was unloaded. */
  'host:module-unloaded': { readonly moduleId: string };
  /** A sensitive permission was used (or refused); the entry is also in `auditLog()`. */
  'host:permission-used': AuditEntry;
}

/** What {@link SuperApp.open} takes besides the module id. */
export interface OpenOptions {
  /** The route name to open; the module's `main` view otherwise. */
  readonly route?: string;
  /** The route's params. */
  readonly params?: Readonly<Record<string, string>>;
  /** A query, as a deep link would carry. */
  readonly query?: Readonly<Record<string, string>>;
}

/** What {@link SuperApp.disable} switches off: a module id (every version), or an id and a version range. */
export type DisableTarget = string | { readonly id: string; readonly version: string };

/**
 * A Gerbang host. Create it with {@link createSuperApp}.
 *
 * @example
 * ```ts
 * const host = createSuperApp({ brand, modules: [aduan, harga], consent: askCitizen });
 * host.on('host:module-failed', (failure) => showErrorCard(failure.moduleId));
 * await host.start();
 * const opened = await host.open('lampung.aduan', { route: 'detail', params: { ticket: 'LPG-001' } });
 * ```
 */
export interface SuperApp {
  /** Activates the modules that declare `onStartup`; a failure among them fails only that module. */
  start(): Promise<void>;
  /** Deactivates every active module, dependents first. The host can start again. */
  stop(): Promise<void>;
  /**
   * Registers a batch of modules: each manifest is validated, duplicates are refused, services
   * resolved, routes and the catalogue recompiled once for the batch. It never throws: refused
   * values are listed with their typed error (and emitted as `host:module-rejected`).
   *
   * @param modules - One module or several, from {@link defineModule}.
   */
  register(modules: GerbangModule | readonly GerbangModule[]): RegistrationResult;
  /**
   * Opens a module (on a route), activating it first when it declares `onOpen`.
   *
   * @param moduleId - The module id.
   * @param options - The route, its params and a query.
   * @returns What the renderer needs: the module id, route, params, query and view.
   * @throws {@link UnknownModuleError}, {@link UnknownRouteError}, {@link ModuleUnavailableError}
   * (blocked, disabled, failed, not activated on open) or {@link ModuleFailedError} (it failed now).
   */
  open(moduleId: string, options?: OpenOptions): Promise<OpenedModule>;
  /**
   * Resolves a deep link (`gerbang://<module>/<path>` or a brand origin's URL) and opens its
   * module, activating it when it declares `onDeepLink`. Never throws: any problem is a typed
   * error in the result.
   *
   * @param url - The link.
   */
  navigate(url: string): Promise<NavigationResult>;
  /**
   * A module's state, or `undefined` when no module has that id.
   *
   * @param moduleId - The module id.
   */
  state(moduleId: string): ModuleState | undefined;
  /**
   * A module's status: state, block reason, failure, kill-switch reason.
   *
   * @param moduleId - The module id.
   */
  status(moduleId: string): ModuleStatus | undefined;
  /** The status of every module, in registration order. */
  modules(): readonly ModuleStatus[];
  /** The home screen tiles and search, from manifests alone; rebuilt only after a change. */
  catalogue(): Catalogue;
  /**
   * The views an active module registered, by name, for a renderer. Empty when it is not active.
   *
   * @param moduleId - The module id.
   */
  views(moduleId: string): ReadonlyMap<string, ModuleView>;
  /**
   * Listens to a host event. A listener that throws is logged and does not stop the others.
   *
   * @param event - A host event.
   * @param listener - Called with its payload.
   * @returns A function that removes the listener.
   */
  on<TEvent extends keyof HostEvents>(event: TEvent, listener: (payload: HostEvents[TEvent]) => void): Unsubscribe;
  /**
   * Listens to a module's public event, by full name (`lampung.aduan:report-created`).
   *
   * @param event - The full event name.
   * @param listener - Called with its payload.
   */
  on(event: `${string}:${string}`, listener: (payload: unknown) => void): Unsubscribe;
  /**
   * Emits a host event, `host:<event>`, to modules (and wakes those declaring `onEvent:host:<event>`).
   *
   * @param event - The event name without the namespace, such as `online`.
   * @param payload - The payload.
   */
  emit(event: string, payload?: unknown): void;
  /**
   * The kill switch: switches a module (or some of its versions) off at once, deactivating it if
   * it runs, and keeps matching versions off if they are registered later.
   *
   * @param target - A module id, or `{ id, version }` with a version range.
   * @param reason - Why, for the logs and the host's notice.
   * @throws `ValidationError` (rejects) when the version range is not a semver range.
   */
  disable(target: DisableTarget, reason?: string): Promise<void>;
  /**
   * Lifts the kill switch for a module.
   *
   * @param moduleId - The module id.
   */
  enable(moduleId: string): void;
  /**
   * Activates a failed module again, as if it had never failed.
   *
   * @param moduleId - The module id.
   * @throws {@link ModuleFailedError} when it fails again.
   */
  retry(moduleId: string): Promise<void>;
  /**
   * Deactivates a module (whatever its state) and removes it, so that it can be registered again.
   *
   * @param moduleId - The module id.
   */
  unload(moduleId: string): Promise<void>;
  /**
   * The citizen's remembered answers for a module.
   *
   * @param moduleId - The module id.
   */
  grants(moduleId: string): Promise<Readonly<Partial<Record<PermissionId, PermissionDecision>>>>;
  /**
   * Forgets the citizen's answers (one permission or all) for a module: it will be asked again.
   *
   * @param moduleId - The module id.
   * @param permission - One permission; every one when left out.
   */
  revoke(moduleId: string, permission?: PermissionId): Promise<void>;
  /** Every use of a sensitive permission (identity, location, payments), oldest first. */
  auditLog(): readonly AuditEntry[];
  /** Every value refused by `register()` so far, including `options.modules`. */
  rejected(): readonly RejectedModule[];
}

/** What the host keeps for each module: a class, so that ten thousand of them share one shape. */
class ModuleRecord {
  readonly id: string;
  readonly requires: readonly (readonly [string, string])[];
  state: ModuleState;
  block: ModuleBlock | undefined = undefined;
  failure: ModuleFailure | undefined = undefined;
  bindings: ReadonlyMap<string, ModuleRecord | undefined> | undefined = undefined;
  scope: Scope | undefined = undefined;
  /** Runs the module's `deactivate(ctx)` in its phase, once activated; nothing when it has none. */
  stop: (() => unknown) | undefined = undefined;
  activation: Promise<void> | undefined = undefined;
  deactivation: Promise<void> | undefined = undefined;
  /** Bumped by every activation and failure; late callbacks of an older one are ignored. */
  generation = 0;

  constructor(
    readonly module: GerbangModule,
    readonly manifest: Manifest,
    public disabledReason: string | undefined,
  ) {
    this.id = manifest.id;
    this.requires = Object.entries(manifest.requires);
    this.state = disabledReason === undefined ? registered : disabled;
  }

  get settledBlock(): ModuleBlock | undefined {
    return this.state === blocked
      ? this.block
      : this.state === disabled
        ? { code: 'turned-off', message: `${DEV ? 'it was switched off: ' : ''}${this.disabledReason ?? ''}` }
        : undefined;
  }
}

type Trigger = ActivationEvent | 'retry' | 'dependency';

const noop = (): void => undefined;
const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => silentLogger };
const RESTING: ReadonlySet<ModuleState> = new Set([registered, inactive]);

/**
 * Creates a host. It validates and registers `options.modules` at once (as one batch), without
 * loading any module code.
 *
 * @param options - Modules, host services, brand, policy, consent prompt, storage, clock, logger,
 *   API client, locale and phase timeouts.
 * @example
 * ```ts
 * const host = createSuperApp({
 *   brand: { provinceCode: '18', regions: ['18'], origins: ['https://lampungin.example.id'] },
 *   modules: [aduan, harga],
 *   services: [provideService(locationRef, deviceLocation, { permission: 'location' })],
 *   consent: async ({ moduleName, rationale }) => confirm(`${moduleName.id}: ${rationale.id}`),
 *   logger: createRedactingLogger({ sink: createConsoleSink() }),
 * });
 * await host.start();
 * ```
 */
export function createSuperApp(options: SuperAppOptions = {}): SuperApp {
  const { brand } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const storage = options.storage ?? createMemoryStorage();
  const timeouts: PhaseTimeouts = { ...DEFAULT_PHASE_TIMEOUTS, ...options.timeouts };
  const locale = options.locale ?? 'id';

  const records = new Map<string, ModuleRecord>();
  const requirers = new Map<string, Set<ModuleRecord>>();
  const wakers = new Map<string, Set<ModuleRecord>>();
  const startup = new Set<ModuleRecord>();
  const kills = new Map<string, { range: string | undefined; reason: string }[]>();
  const activeOrder = new Set<ModuleRecord>();
  const rejections: RejectedModule[] = [];
  const engineSupport = new Map<string, boolean>();
  let started = false;
  let routeTable: RouteTable | undefined;
  let unrouted: ModuleRecord[] = [];
  let catalogueCache: Catalogue | undefined;

  const bus = createBus(wakers, (event, payload) => {
    for (const record of wakers.get(event) ?? []) {
      if (!RESTING.has(record.state)) continue;
      activate(record, `onEvent:${event}`).then(() => {
        // Deliver the event that woke the module to the listeners it added while activating.
        for (const [name, listener] of [...(record.scope?.listeners ?? [])]) if (name === event) listener(payload);
      }, noop);
    }
  });
  const emit = <TEvent extends keyof HostEvents>(event: TEvent, payload: HostEvents[TEvent]): void => { bus.emit(event, payload); };

  const services = createServiceRegistry<ModuleRecord>(options.services ?? []);
  const permissions = createPermissionGate({
    policies: [brand?.permissionPolicy, options.permissionPolicy],
    consent: options.consent,
    storage: createModuleStorage(storage, HOST_ID),
    now: () => clock.now(),
    logger,
    onAudit: (entry) => { emit('host:permission-used', entry); },
    auditLimit: options.auditLimit ?? 1000,
  });

  // -------------------------------------------------------------------------------------------
  // states and failures

  const setState = (record: ModuleRecord, to: ModuleState): void => {
    const from = record.state;
    if (from === to) return;
    record.state = to;
    catalogueCache = undefined;
    emit('host:state-changed', { moduleId: record.id, from, to });
  };

  const teardown = (record: ModuleRecord): void => {
    activeOrder.delete(record);
    record.scope?.dispose((cause) => { logger.warn(DEV ? 'a module cleanup threw' : 'cleanup', { module: record.id, error: cause }); });
  };

  /** Sets a module aside as `failed`, unless `generation` is no longer its current one. */
  const fail = (record: ModuleRecord, generation: number, phase: ModulePhase, cause: unknown): ModuleFailedError => {
    if (record.generation !== generation || record.state === failed || record.state === disabled) {
      return record.failure?.error ?? new ModuleFailedError(record.id, phase, cause);
    }
    const error = new ModuleFailedError(record.id, phase, cause);
    const failure: ModuleFailure = { moduleId: record.id, version: record.manifest.version, phase, cause, error, time: clock.now() };
    record.failure = failure;
    record.generation++;
    teardown(record);
    setState(record, failed);
    logger.error(error.message, { module: record.id, phase, error: cause });
    emit('host:module-failed', failure);
    return error;
  };

  const runPhase = <T>(record: ModuleRecord, phase: 'load' | 'activate' | 'deactivate', step: () => T | PromiseLike<T>): Promise<T> =>
    settleWithin(clock, record.id, phase, timeouts[phase], step);

  // -------------------------------------------------------------------------------------------
  // resolution

  const killReason = (manifest: Manifest): string | undefined =>
    kills.get(manifest.id)?.find(({ range }) => range === undefined || satisfies(manifest.version, range))?.reason;

  const environment: ResolutionEnvironment<ModuleRecord> = {
    refuse(manifest) {
      const { id, engine } = manifest;
      const excluded = brandExclusion(brand, manifest);
      if (excluded && excluded !== 'region') {
        return {
          code: 'turned-off',
          message: DEV
            ? excluded === 'feature-flag'
              ? `the feature flag "module.${id}" is off`
              : `the brand ${excluded === 'not-enabled' ? 'does not enable' : 'disables'} it`
            : `${excluded} module.${id}`,
        };
      }
      let supported = engineSupport.get(engine);
      if (supported === undefined) engineSupport.set(engine, (supported = satisfies(ENGINE_VERSION, engine)));
      if (!supported) return { code: 'engine-mismatch', message: DEV ? `it needs engine ${engine}; this host runs ${ENGINE_VERSION}` : `${engine} ${ENGINE_VERSION}` };
      if (excluded) {
        return { code: 'region-unavailable', message: DEV ? `it serves ${manifest.regions?.join(', ')}; this app serves ${brand?.regions.join(', ')}` : `${String(manifest.regions)} ${String(brand?.regions)}` };
      }
      return undefined;
    },
    offers: (serviceId) => services.offers(serviceId),
    settle(record, block, bindings) {
      record.bindings = bindings;
      record.block = block;
      if (block && (RESTING.has(record.state) || record.state === blocked)) setState(record, blocked);
      else if (!block && record.state === blocked) setState(record, registered);
    },
  };

  /** Resolves the given modules again (unless `dependentsOnly`), with the modules that require services they provide. */
  const resolve = (changed: Iterable<ModuleRecord>, dependentsOnly = false): void => {
    const todo = new Set<ModuleRecord>();
    const consider = (record: ModuleRecord): void => {
      if (!RESTING.has(record.state) && record.state !== blocked) return;
      // A module that requires nothing needs no graph search: only the host can refuse it.
      if (record.requires.length === 0) environment.settle(record, environment.refuse(record.manifest), NO_BINDINGS);
      else todo.add(record);
    };
    for (const record of changed) {
      if (!dependentsOnly) consider(record);
      for (const { id } of record.manifest.provides) for (const requirer of requirers.get(id) ?? []) consider(requirer);
    }
    if (todo.size > 0) resolveModules(todo, environment);
  };

  // -------------------------------------------------------------------------------------------
  // registration

  const index = <TKey>(map: Map<TKey, Set<ModuleRecord>>, key: TKey, record: ModuleRecord): void => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(record);
  };

  const admit = (candidate: unknown, batch: Map<string, ModuleRecord>): ModuleRecord | GerbangError => {
    if (!isGerbangModule(candidate)) {
      return new InvalidModuleError(`${DEV ? 'expected a module from defineModule({ manifest, load }), received ' : ''}${describeKind(candidate)}`);
    }
    const parsed = parseManifest(candidate.manifest);
    if (!parsed.success) return parsed.error;
    const manifest = parsed.data;
    if (manifest.id === HOST_ID) return new InvalidModuleError(DEV ? `the module id "${HOST_ID}" is reserved for the host's events` : HOST_ID);
    const existing = records.get(manifest.id) ?? batch.get(manifest.id);
    if (existing) return new DuplicateModuleError(manifest.id, existing.manifest.version, manifest.version);
    const record = new ModuleRecord(candidate, manifest, killReason(manifest));
    return record;
  };

  const register = (input: GerbangModule | readonly GerbangModule[]): RegistrationResult => {
    const list: readonly unknown[] = Array.isArray(input) ? input : [input];
    const batch = new Map<string, ModuleRecord>();
    const rejected: RejectedModule[] = [];
    for (let position = 0; position < list.length; position++) {
      let outcome: ModuleRecord | GerbangError;
      try {
        outcome = admit(list[position], batch);
      } catch (cause) {
        outcome = new InvalidModuleError(`${DEV ? 'the value could not be read: ' : ''}${cause instanceof Error ? cause.message : describeKind(cause)}`);
      }
      if (!(outcome instanceof Error)) {
        batch.set(outcome.id, outcome);
        continue;
      }
      const moduleId = (outcome as { moduleId?: unknown }).moduleId;
      rejected.push({ index: position, ...(typeof moduleId === 'string' ? { moduleId } : {}), error: outcome });
    }
    for (const record of batch.values()) {
      records.set(record.id, record);
      services.declare(record, record.manifest.provides);
      for (const [serviceId] of record.requires) index(requirers, serviceId, record);
      for (const event of record.manifest.activation) {
        if (event === 'onStartup') startup.add(record);
        else if (event.startsWith('onEvent:')) index(wakers, event.slice(8), record);
      }
      unrouted.push(record);
    }
    services.settle();
    resolve(batch.values());
    if (batch.size > 0) catalogueCache = undefined;
    for (const rejection of rejected) {
      rejections.push(rejection);
      logger.warn(rejection.error.message, { module: rejection.moduleId, code: rejection.error.code });
      emit('host:module-rejected', rejection);
    }
    if (started) for (const record of batch.values()) if (startup.has(record)) activate(record, 'onStartup').catch(noop);
    return { registered: [...batch.keys()], rejected };
  };

  // -------------------------------------------------------------------------------------------
  // lifecycle

  const contextHost: ContextHost<ModuleRecord> = {
    bus,
    clock,
    timeouts,
    logger,
    brand,
    locale,
    api: options.api,
    storage,
    permissions,
    services,
    navigate: (url) => host.navigate(url),
  };

  const refusal = (record: ModuleRecord, trigger: Trigger): Error | undefined => {
    const { state, id, failure } = record;
    const reason =
      state === blocked
        ? record.block?.message
        : state === disabled
          ? record.disabledReason
          : state === failed
            ? DEV ? `it failed in ${failure?.phase ?? 'a phase'}; retry or unload it` : `${failure?.phase}`
            : trigger.startsWith('on') && !record.manifest.activation.includes(trigger as ActivationEvent)
              ? DEV ? `it does not activate on ${trigger}; its activation events are ${record.manifest.activation.join(', ') || '(none)'}` : trigger
              : undefined;
    return reason === undefined ? undefined : new ModuleUnavailableError(id, state, reason, { cause: failure?.error });
  };

  const activate = (record: ModuleRecord, trigger: Trigger): Promise<void> => {
    if (record.state === active) return Promise.resolve();
    if (record.activation) return record.activation;
    const refused = refusal(record, trigger);
    if (refused) return Promise.reject(refused);
    const run = (record.deactivation ?? Promise.resolve()).then(() => runActivation(record));
    record.activation = run;
    const clear = (): void => {
      if (record.activation === run) record.activation = undefined;
    };
    run.then(clear, clear);
    return run;
  };

  const runActivation = async (record: ModuleRecord): Promise<void> => {
    if (record.state === active) return;
    const refused = refusal(record, 'dependency');
    if (refused) throw refused;
    for (const provider of new Set(record.bindings?.values())) {
      if (!provider) continue;
      try {
        await activate(provider, 'dependency');
      } catch (cause) {
        throw new ModuleUnavailableError(record.id, record.state, DEV ? `the provider of a service it requires, "${provider.id}", did not start` : provider.id, { cause });
      }
    }
    const generation = ++record.generation;
    let phase: 'load' | 'activate' = 'load';
    const current = (): void => {
      if (record.generation !== generation) throw record.failure?.error ?? new ModuleUnavailableError(record.id, record.state, DEV ? 'it was stopped while starting' : '');
    };
    try {
      setState(record, loading);
      const loaded = await runPhase(record, phase, () => record.module.load());
      current();
      const implementation = toImplementation(loaded);
      await permissions.load(record.id);
      current();
      phase = 'activate';
      setState(record, activating);
      const scope = createScope();
      const context = createModuleContext(record, scope, contextHost, (where, cause) => fail(record, generation, where, cause));
      record.scope = scope;
      record.stop = () => implementation.deactivate && runPhase(record, 'deactivate', () => implementation.deactivate?.(context));
      await runPhase(record, phase, () => implementation.activate(context));
      current();
      activeOrder.add(record);
      setState(record, active);
    } catch (cause) {
      if (record.generation !== generation) throw record.failure?.error ?? cause;
      throw fail(record, generation, phase, cause);
    }
  };

  const deactivate = async (record: ModuleRecord, to: typeof inactive | typeof disabled): Promise<void> => {
    await record.activation?.catch(noop);
    await record.deactivation;
    if (record.state !== active) {
      if (to === disabled) setState(record, disabled);
      return;
    }
    const { generation, stop } = record;
    setState(record, deactivating);
    activeOrder.delete(record);
    const run = (async () => {
      try {
        await stop?.();
      } catch (cause) {
        fail(record, generation, 'deactivate', cause);
      }
      teardown(record);
      if (record.generation === generation) record.generation++;
      if (record.state === deactivating || to === disabled) setState(record, to);
    })();
    record.deactivation = run;
    await run;
    record.deactivation = undefined;
  };

  // -------------------------------------------------------------------------------------------
  // routes, opening, navigation

  const routes = (): RouteTable => {
    if (!routeTable || unrouted.length > 0) {
      const entries = unrouted.map((record) => ({ moduleId: record.id, routes: record.manifest.routes }));
      routeTable = compileRouteTable(entries, routeTable ? { base: routeTable } : {});
      unrouted = [];
    }
    return routeTable;
  };

  const find = (moduleId: string): ModuleRecord => {
    const record = typeof moduleId === 'string' ? records.get(moduleId) : undefined;
    if (!record) throw new UnknownModuleError(moduleId);
    return record;
  };

  const openRecord = async (record: ModuleRecord, trigger: Trigger, { route, params = {}, query = {} }: OpenOptions): Promise<OpenedModule> => {
    const names = record.manifest.routes.map((each) => each.name);
    if (route !== undefined && !names.includes(route)) throw new UnknownRouteError(record.id, route, names);
    await activate(record, trigger);
    const views = record.scope?.views;
    const view = (route === undefined ? undefined : views?.get(route)) ?? views?.get('main');
    const opened = { moduleId: record.id, ...(route === undefined ? {} : { route }), params: { ...params }, query: { ...query } };
    // Modules hear host events too, so the event leaves the view out: the renderer reads it from `views()`.
    emit('host:opened', opened);
    return view ? { ...opened, view } : opened;
  };

  const statusOf = ({ id, manifest, state, block, failure, disabledReason }: ModuleRecord): ModuleStatus =>
    ({
      id,
      version: manifest.version,
      state,
      ...(state === blocked ? { block } : state === failed ? { failure } : state === disabled ? { disabledReason } : {}),
    }) as ModuleStatus;

  const host: SuperApp = {
    async start() {
      if (started) return;
      started = true;
      const waking = [...startup].filter((record) => RESTING.has(record.state));
      await Promise.all(waking.map((record) => activate(record, 'onStartup').catch(noop)));
      emit('host:started', { time: clock.now() });
    },

    async stop() {
      started = false;
      const starting = [...records.values()].flatMap((record) => (record.activation ? [record.activation.catch(noop)] : []));
      await Promise.all(starting);
      for (const record of [...activeOrder].reverse()) await deactivate(record, inactive);
      emit('host:stopped', { time: clock.now() });
    },

    register,

    async open(moduleId, openOptions = {}) {
      return openRecord(find(moduleId), 'onOpen', openOptions);
    },

    async navigate(url) {
      try {
        const link = resolveDeepLink(routes(), url, { origins: brand?.origins ?? [] });
        if (!link.ok) return { ok: false, error: link.error };
        return { ok: true, opened: await openRecord(find(link.moduleId), 'onDeepLink', link) };
      } catch (cause) {
        return {
          ok: false,
          error: isGerbangError(cause) ? cause : new ModuleUnavailableError(link(url), 'unknown', DEV ? 'the link could not be opened' : '', { cause }),
        };
      }
    },

    state: (moduleId) => records.get(moduleId)?.state,
    status: (moduleId) => {
      const record = records.get(moduleId);
      return record && statusOf(record);
    },
    modules: () => [...records.values()].map(statusOf),

    catalogue() {
      catalogueCache ??= buildCatalogue(
        [...records.values()].map((record) => record.manifest),
        { ...(brand ? { brand } : {}), locale, states: new Map([...records].map(([id, record]) => [id, record.state])) },
      );
      return catalogueCache;
    },

    views(moduleId) {
      const record = records.get(moduleId);
      return new Map(record?.state === active ? record.scope?.views : undefined);
    },

    on(event: string, listener: (payload: never) => void): Unsubscribe {
      return bus.on(
        event,
        guardListener(listener, (cause) => { logger.error(DEV ? `a host listener of "${event}" threw` : event, { error: cause }); }),
      );
    },

    emit(event, payload) {
      bus.emit(`${HOST_ID}:${event}`, payload);
    },

    async disable(target, reason = 'switched off by the host') {
      const id = typeof target === 'string' ? target : target.id;
      const range = typeof target === 'string' ? undefined : target.version;
      if (typeof id !== 'string') throw new UnknownModuleError(id);
      if (range !== undefined) {
        const checked = validate(semverRangeSchema, range, { subject: `the version range of the kill switch for "${id}"` });
        if (!checked.success) throw checked.error;
      }
      let list = kills.get(id);
      if (!list) kills.set(id, (list = []));
      list.push({ range, reason });
      const record = records.get(id);
      if (!record || killReason(record.manifest) === undefined || record.state === disabled) return;
      record.disabledReason = reason;
      await deactivate(record, disabled);
      resolve([record]);
    },

    enable(moduleId) {
      kills.delete(moduleId);
      const record = records.get(moduleId);
      if (record?.state !== disabled) return;
      record.disabledReason = undefined;
      setState(record, registered);
      resolve([record]);
    },

    async retry(moduleId) {
      const record = find(moduleId);
      if (record.state === failed) {
        record.failure = undefined;
        setState(record, registered);
        resolve([record]);
      }
      await activate(record, 'retry');
    },

    async unload(moduleId) {
      const record = find(moduleId);
      await deactivate(record, inactive);
      if (records.get(moduleId) !== record) return;
      record.generation++;
      teardown(record);
      records.delete(moduleId);
      services.withdraw(record, record.manifest.provides);
      for (const [serviceId] of record.requires) requirers.get(serviceId)?.delete(record);
      for (const event of record.manifest.activation) wakers.get(event.slice(8))?.delete(record);
      startup.delete(record);
      routeTable = undefined;
      unrouted = [...records.values()];
      catalogueCache = undefined;
      resolve([record], true);
      emit('host:module-unloaded', { moduleId });
    },

    grants: (moduleId) => permissions.grants(moduleId),
    revoke: (moduleId, permission) => permissions.revoke(moduleId, permission),
    auditLog: () => [...permissions.audit],
    rejected: () => [...rejections],
  };

  if (options.modules) register(options.modules);
  return host;
}

function toImplementation(loaded: unknown): ModuleImplementation {
  const candidate = loaded as { activate?: unknown; default?: { activate?: unknown } } | null | undefined;
  const implementation = typeof candidate?.activate === 'function' ? candidate : candidate?.default;
  if (typeof implementation?.activate !== 'function') {
    throw new InvalidModuleError(DEV ? 'load() must resolve to an object with activate(ctx), or to a module whose default export is one' : 'load()');
  }
  return implementation as ModuleImplementation;
}

function link(url: unknown): string {
  return typeof url === 'string' ? url.slice(0, 100) : describeKind(url);
}
