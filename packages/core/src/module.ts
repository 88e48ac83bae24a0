/**
 * Modules: a manifest plus an implementation that loads lazily, and the context (`ctx`) through
 * which the implementation reaches the host.
 *
 * @module
 */
import type {
  AnyEndpoint,
  EndpointInput,
  EndpointResponse,
  LocalizedText,
  Manifest,
  ManifestInput,
  PermissionId,
  ServiceRef,
} from '@gerbang/contracts';
import type { HostBrand } from './brand.ts';
import type { Logger } from './logger.ts';
import type { ModuleStorage } from './storage.ts';

const MODULE_BRAND = '@gerbang/module';

/** Removes what was added: a listener, a subscription, a view. Calling it twice does nothing. */
export type Unsubscribe = () => void;

/** A map from event name to payload type, used to type events: `{ 'report-created': { ticket: string } }`. */
export type EventMap = Record<string, unknown>;

/**
 * The scoped event bus of a module. It emits only in the module's own namespace
 * (`<moduleId>:<event>`), and listens to host events (`host:<event>`) and to other modules'
 * events (`<moduleId>:<event>`). Every listener is removed when the module deactivates, and a
 * listener that throws, rejects, or returns a promise that does not settle within the `handler`
 * timeout fails only its own module (phase `handler`).
 *
 * @typeParam TEmits - The events this module emits, by name without the namespace.
 * @typeParam TListens - The events this module listens to, by full name.
 */
export interface ModuleEvents<TEmits extends object = EventMap, TListens extends object = EventMap> {
  /**
   * Emits `<moduleId>:<event>` to every listener, and wakes modules that declared
   * `onEvent:<moduleId>:<event>`.
   *
   * @param event - The event name, without the namespace: `report-created`.
   * @param payload - The payload.
   */
  emit<TName extends keyof TEmits & string>(event: TName, payload: TEmits[TName]): void;
  /**
   * Listens to an event by its full name: `host:online`, `lampung.aduan:report-created`.
   *
   * @param event - The full event name.
   * @param listener - Called with each payload; a throw or rejection fails this module.
   * @returns A function that removes the listener.
   */
  on<TName extends keyof TListens & string>(event: TName, listener: (payload: TListens[TName]) => unknown): Unsubscribe;
}

/** The services a module uses and provides, matched by id and semver range. */
export interface ModuleServices {
  /**
   * Returns the implementation of a service: the highest version that satisfies the range the
   * manifest `requires` for its id (or `^<ref.version>`), from the host or an active module.
   *
   * @param ref - The service ref.
   * @param range - A range to use instead of the manifest's.
   * @throws {@link ServiceNotFoundError} naming the ref, the range and what is available.
   * @throws {@link PermissionDeniedError} at once, when the service is gated by a permission the
   * manifest does not declare.
   */
  get<TService>(ref: ServiceRef<TService>, range?: string): TService;
  /**
   * Provides a service that the manifest declares in `provides` (same id and version). Calls into
   * it pass through a boundary: a method that throws, rejects, or returns a promise that does not
   * settle within the `service` timeout fails this module (phase `service`), not the caller's.
   * It is withdrawn when the module deactivates.
   *
   * @param ref - The service ref.
   * @param implementation - The implementation.
   * @throws {@link ServiceNotDeclaredError} when the manifest does not declare it.
   */
  provide<TService>(ref: ServiceRef<TService>, implementation: TService): Unsubscribe;
}

/** What a view's `mount` may return: a function that unmounts it, or nothing. */
// A view that has nothing to undo returns nothing, as DOM-style mount functions do.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export type ViewUnmount = (() => void) | void;

/**
 * A view, host-agnostic: the renderer hands it a place to draw. On the web the element is a DOM
 * element and `mount(element, props)` returns the unmount function, so that any UI library fits.
 *
 * @typeParam TElement - What the host renders into.
 * @typeParam TProps - What the host passes: usually the route, its params and the query.
 */
export interface ModuleView<TElement = unknown, TProps = ViewProps> {
  /** Draws the view into `element` and returns how to remove it. */
  mount(element: TElement, props: TProps): ViewUnmount;
}

/** The props a host passes to a view it opens. */
export interface ViewProps {
  /** The route name, when the module was opened on a route. */
  readonly route?: string;
  /** The route's params. */
  readonly params: Readonly<Record<string, string>>;
  /** The query of the deep link, if any. */
  readonly query: Readonly<Record<string, string>>;
}

/** The views a module registers, by name; a view named after a route renders that route. */
export interface ModuleViews {
  /**
   * Registers a view. A view named like a route renders that route; `main` renders the rest.
   *
   * @param name - The view name: a route name, or `main`.
   * @param view - The view.
   * @returns A function that removes it.
   */
  register(name: string, view: ModuleView): Unsubscribe;
}

/** The state of one permission for one module. */
export type PermissionStatus = 'granted' | 'denied' | 'prompt' | 'undeclared' | 'blocked';

/** The permissions of a module: declared in the manifest, allowed by the host, granted by the citizen. */
export interface ModulePermissions {
  /**
   * Where a permission stands, without asking anyone.
   *
   * @param permission - The permission id.
   */
  status(permission: PermissionId): PermissionStatus;
  /**
   * Makes sure a permission is granted, asking the citizen through the host's consent prompt when
   * needed (with the manifest's rationale). The answer is remembered until revoked. A sensitive
   * permission's use is written to the audit log.
   *
   * @param permission - The permission id.
   * @param purpose - What this use is for, kept in the audit log.
   * @throws {@link PermissionDeniedError} at once (not as a rejection) when the manifest does not
   * declare it; rejects with it when the policy or the citizen denies it.
   */
  request(permission: PermissionId, purpose?: string): Promise<void>;
}

/** The host's API client as a module sees it: typed endpoints, the host's client underneath. */
export interface ModuleApi {
  /**
   * Calls an endpoint through the host's client.
   *
   * @param endpoint - The endpoint descriptor, from `@gerbang/contracts`.
   * @param input - Its params, query and body.
   * @throws {@link ApiUnavailableError} when the host has no API client.
   */
  call<TEndpoint extends AnyEndpoint>(endpoint: TEndpoint, input: EndpointInput<TEndpoint>): Promise<EndpointResponse<TEndpoint>>;
}

/** The locale of the host, and a helper that picks the right language from localized text. */
export interface ModuleI18n {
  /** The host's locale: `id` or `en`. */
  readonly locale: string;
  /**
   * Picks the text for the host's locale, falling back to Bahasa Indonesia.
   *
   * @param text - Localized text.
   */
  text(text: LocalizedText): string;
}

/** A timer handle from {@link ModuleTimers}. */
export type TimerHandle = number;

/** Timers that are cleared when the module deactivates, and whose callbacks run inside its boundary. */
export interface ModuleTimers {
  /** Like `setTimeout`. */
  setTimeout(callback: () => unknown, ms: number): TimerHandle;
  /** Like `setInterval`. */
  setInterval(callback: () => unknown, ms: number): TimerHandle;
  /** Clears a timeout or an interval. */
  clear(handle: TimerHandle): void;
}

/** What a navigation from `ctx.navigate` or `host.navigate` gave. */
export type NavigationResult =
  | { readonly ok: true; readonly opened: OpenedModule }
  | { readonly ok: false; readonly error: Error & { readonly code: string } };

/** What the renderer needs to show a module that was opened. */
export interface OpenedModule {
  /** The module id. */
  readonly moduleId: string;
  /** The route name, when one was opened. */
  readonly route?: string;
  /** The route's params. */
  readonly params: Readonly<Record<string, string>>;
  /** The deep link's query, if any. */
  readonly query: Readonly<Record<string, string>>;
  /** The view for the route (or `main`), when the module registered one. */
  readonly view?: ModuleView;
}

/**
 * A module's only door to the host. Everything registered through it (listeners, services,
 * views, timers, `onDispose` callbacks) is disposed when the module deactivates or fails.
 *
 * @typeParam TEmits - The events the module emits.
 * @typeParam TListens - The events the module listens to.
 */
export interface ModuleContext<TEmits extends object = EventMap, TListens extends object = EventMap> {
  /** The module id. */
  readonly moduleId: string;
  /** The module's validated manifest. */
  readonly manifest: Manifest;
  /** The scoped event bus. */
  readonly events: ModuleEvents<TEmits, TListens>;
  /** Services to use and to provide. */
  readonly services: ModuleServices;
  /** Views to register. */
  readonly views: ModuleViews;
  /** Permissions to check and request. */
  readonly permissions: ModulePermissions;
  /** The module's own key-value storage; other modules cannot read it. */
  readonly storage: ModuleStorage;
  /** A logger that masks NIKs, phone numbers and tokens. */
  readonly logger: Logger;
  /** The host's API client. */
  readonly api: ModuleApi;
  /** The brand, read-only; `undefined` when the host has none. */
  readonly brand: HostBrand | undefined;
  /** The locale. */
  readonly i18n: ModuleI18n;
  /** Timers disposed with the module. */
  readonly timers: ModuleTimers;
  /** Aborted when the module deactivates or fails: pass it to `fetch` and subscriptions. */
  readonly signal: AbortSignal;
  /** Shorthand for `ctx.timers.setTimeout`. */
  setTimeout(callback: () => unknown, ms: number): TimerHandle;
  /**
   * Opens a deep link (`gerbang://<module>/<path>` or a brand origin's URL).
   *
   * @param url - The link.
   */
  navigate(url: string): Promise<NavigationResult>;
  /**
   * Runs `dispose` when the module deactivates or fails.
   *
   * @param dispose - What to undo.
   */
  onDispose(dispose: () => void): void;
}

/**
 * A module's code: `activate(ctx)` registers views, services and event handlers; `deactivate`
 * is optional, since everything registered through `ctx` is disposed anyway.
 *
 * @typeParam TEmits - The events the module emits.
 * @typeParam TListens - The events the module listens to.
 */
export interface ModuleImplementation<TEmits extends object = EventMap, TListens extends object = EventMap> {
  /** Starts the module. Runs within the activate timeout; a throw or rejection fails the module. */
  activate(ctx: ModuleContext<TEmits, TListens>): void | Promise<void>;
  /** Stops the module, before the host disposes what it registered. */
  deactivate?(ctx: ModuleContext<TEmits, TListens>): void | Promise<void>;
}

/**
 * An implementation with any event types: what a loader may resolve to. (Typed implementations,
 * `ModuleImplementation<TEmits, TListens>`, are assignable to it.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- event maps vary per module; `any` keeps every typed implementation assignable
export type AnyModuleImplementation = ModuleImplementation<any, any>;

/** Loads a module's code lazily; `() => import('./module.ts')` works, with a default or named `activate`. */
export type ModuleLoader = () => Promise<AnyModuleImplementation | { readonly default: AnyModuleImplementation }>;

/** What {@link defineModule} takes. */
export interface ModuleDefinition<TManifest extends ManifestInput = ManifestInput> {
  /** The manifest, validated by the host when the module is registered. */
  readonly manifest: TManifest;
  /** Loads the implementation; not called until the module is opened, deep-linked or woken. */
  readonly load: ModuleLoader;
}

/**
 * A module as the host registers it: branded, so that modules built with another copy of the SDK
 * are recognized (see {@link isGerbangModule}).
 *
 * @typeParam TManifest - The manifest's literal type.
 */
export interface GerbangModule<TManifest extends ManifestInput = ManifestInput> extends ModuleDefinition<TManifest> {
  /** The brand that identifies modules across SDK copies. */
  readonly $$brand: typeof MODULE_BRAND;
  /** The version of this object's shape. */
  readonly $$version: 1;
}

/**
 * Defines a module: its manifest and how to load its code. It validates nothing and loads nothing,
 * so importing a module never breaks a host; the host validates the manifest on registration.
 *
 * @param definition - The manifest and the loader.
 * @example
 * ```ts
 * export default defineModule({
 *   manifest,
 *   load: () => import('./aduan.ts'),
 * });
 * ```
 */
export function defineModule<const TManifest extends ManifestInput>(definition: ModuleDefinition<TManifest>): GerbangModule<TManifest> {
  return Object.freeze({ $$brand: MODULE_BRAND, $$version: 1, manifest: definition.manifest, load: definition.load });
}

/**
 * Tells whether a value is a module from {@link defineModule}, from any copy of the SDK.
 *
 * @param value - Any value.
 */
export function isGerbangModule(value: unknown): value is GerbangModule {
  const candidate = value as Partial<GerbangModule> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.$$brand === MODULE_BRAND &&
    candidate.$$version === 1 &&
    typeof candidate.load === 'function'
  );
}
