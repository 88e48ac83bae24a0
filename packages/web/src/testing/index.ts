/**
 * `@gerbang/web/testing`: render one module as the web shell would, for module authors' tests
 * (in happy-dom or a browser), with the real core, the real client and its outbox on memory
 * storage, against a mock back end such as `@gerbang/mocks`.
 *
 * @packageDocumentation
 */
import type { Brand, BrandInput } from '@gerbang/brand';
import { defineBrand, lampungIn } from '@gerbang/brand';
import type { ApiClient, FetchFunction, ManualOnlineSignal, Outbox } from '@gerbang/client';
import { createApiClient, createMemoryOutboxStorage, createOnlineSignal, defaultSteps } from '@gerbang/client';
import type { AnyEndpoint } from '@gerbang/contracts';
import type { ConsentPrompt, GerbangModule, SuperApp } from '@gerbang/core';
import { createSuperApp } from '@gerbang/core';
import { createHostApi } from '../api.ts';
import { followLink } from '../links.ts';
import { GERBANG_OUTBOX_ENDPOINTS } from '../outbox-endpoints.ts';
import { createWebOutbox } from '../outbox.ts';
import { createViewSlot, pickView } from '../view-slot.ts';

/** The options of {@link renderModule}. */
export interface RenderModuleOptions {
  /**
   * Where the (mock) back end listens.
   * @example 'https://api.gerbang.test'
   */
  readonly baseUrl: string;
  /**
   * The route name to open.
   * @default the module's `main` view
   * @example 'laporan'
   */
  readonly route?: string;
  /**
   * The route's params.
   * @default {}
   * @example { ticket: 'LPG-2025-000001' }
   */
  readonly params?: Readonly<Record<string, string>>;
  /**
   * The query, as a deep link would carry.
   * @default {}
   * @example { kategori: 'jalan' }
   */
  readonly query?: Readonly<Record<string, string>>;
  /**
   * The locale of `ctx.i18n` and of the catalogue.
   * @default 'id'
   * @example 'en'
   */
  readonly locale?: 'id' | 'en';
  /**
   * The brand behind `ctx.brand`: a parsed brand or a preset (parsed here). The module under test
   * is enabled in it whatever its module list says.
   * @default lampungIn
   * @example jakartaStyle
   */
  readonly brand?: Brand | BrandInput;
  /**
   * The citizen's bearer token; without it the citizen is signed out.
   * @default undefined
   * @example 'demo-citizen'
   */
  readonly token?: string;
  /**
   * How permission prompts are answered: always `'grant'`, always `'deny'`, or a function.
   * @default 'grant'
   * @example async ({ permission }) => permission === 'location'
   */
  readonly consent?: 'grant' | 'deny' | ConsentPrompt;
  /**
   * Whether the device is online at first; flip it later with {@link RenderedModule.setOnline}.
   * @default true
   * @example false
   */
  readonly online?: boolean;
  /**
   * The endpoints the outbox may queue.
   * @default `GERBANG_OUTBOX_ENDPOINTS` of `@gerbang/web`
   * @example [createReport]
   */
  readonly outboxEndpoints?: readonly AnyEndpoint[];
  /**
   * The `fetch` the client sends requests with.
   * @default globalThis.fetch
   * @example (request) => fetch(request)
   */
  readonly fetch?: FetchFunction;
  /**
   * How long the outbox's `submit` waits for the server before it resolves `queued`, in milliseconds.
   * @default 15000
   * @example 1000
   */
  readonly submitWait?: number;
}

/** A module rendered by {@link renderModule}. */
export interface RenderedModule {
  /** The element the view is mounted in, attached to `document.body`. */
  readonly element: HTMLElement;
  /** The host, with only this module registered. */
  readonly host: SuperApp;
  /** The client's offline outbox (on memory storage) behind `gerbang.outbox`. */
  readonly outbox: Outbox;
  /** The API client behind `ctx.api`. */
  readonly client: ApiClient;
  /**
   * Sets whether the device is online, as the client and the outbox see it.
   *
   * @param online - The new state.
   */
  setOnline(online: boolean): void;
  /**
   * Follows a link (`/m/<id>/<path>`, `gerbang://...`) as the shell does, and shows its view.
   *
   * @param url - The link.
   * @throws The host's typed error when the link cannot be opened.
   */
  navigate(url: string): Promise<void>;
  /** Unmounts the view, stops the host and the outbox, and removes the element. */
  destroy(): Promise<void>;
}

/**
 * Renders one module the way `@gerbang/web` does: a host with the module, the API adapter and the
 * outbox service of the shell, and its view (the route's, else `main`) mounted in an element
 * attached to `document.body`. Navigation with `ctx.navigate` re-renders like the shell.
 *
 * @param module - The module, from `defineModule`.
 * @param options - The back end's base URL, the route, locale, brand, token, consent and network.
 * @throws The host's typed error when the module is refused (an invalid manifest) or cannot be
 *   opened (it failed to load, to activate, or to mount its view).
 * @example
 * ```ts
 * const mock = setupMockServer({ baseUrl: 'https://api.gerbang.test' });
 * mock.listen();
 * const view = await renderModule(aduanModule, { baseUrl: 'https://api.gerbang.test', token: 'demo-citizen' });
 * view.element.querySelector('h2')?.textContent; // the view's heading
 * await view.destroy();
 * ```
 */
export async function renderModule(module: GerbangModule, options: RenderModuleOptions): Promise<RenderedModule> {
  const online: ManualOnlineSignal = createOnlineSignal(options.online ?? true);
  const { token } = options;
  const client = createApiClient({
    baseUrl: options.baseUrl,
    steps: defaultSteps({ retry: false, ...(token === undefined ? {} : { auth: { getToken: () => token } }) }),
    isOnline: () => online.isOnline(),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const web = createWebOutbox({
    client,
    storage: createMemoryOutboxStorage(),
    endpoints: options.outboxEndpoints ?? GERBANG_OUTBOX_ENDPOINTS,
    online,
    ...(options.submitWait === undefined ? {} : { submitWait: options.submitWait }),
  });
  const consent = options.consent ?? 'grant';
  const brand = defineBrand((options.brand ?? lampungIn));
  // The module under test is on whatever the brand's own list says.
  const declared = (module.manifest as { readonly id?: unknown }).id;
  const enabled = brand.modules.enabled;
  const host = createSuperApp({
    modules: [module],
    services: [web.service],
    api: createHostApi(client),
    brand: {
      ...brand,
      modules: {
        ...(enabled === undefined ? {} : { enabled: [...enabled, String(declared)] }),
        disabled: (brand.modules.disabled ?? []).filter((id) => id !== declared),
      },
    },
    locale: options.locale ?? 'id',
    consent: typeof consent === 'function' ? consent : () => Promise.resolve(consent === 'grant'),
  });
  const [rejected] = host.rejected();
  const [registered] = host.modules();
  if (rejected !== undefined || registered === undefined) throw rejected?.error ?? new TypeError('renderModule() expects a module from defineModule()');
  const moduleId = registered.id;
  const element = document.createElement('div');
  element.dataset['testid'] = `gb-module-${moduleId}`;
  document.body.append(element);
  const slot = createViewSlot();
  const stopRendering = host.on('host:opened', ({ moduleId: opened, route, params, query }) => {
    if (opened !== moduleId) return;
    const view = pickView(host.views(opened), route);
    if (view === undefined) slot.clear();
    else slot.show(element, view, { ...(route === undefined ? {} : { route }), params, query });
  });

  const destroy = async (): Promise<void> => {
    stopRendering();
    slot.clear();
    await host.stop();
    web.close();
    element.remove();
  };

  try {
    await host.start();
    await host.open(moduleId, {
      ...(options.route === undefined ? {} : { route: options.route }),
      params: options.params ?? {},
      query: options.query ?? {},
    });
    // A view that threw while mounting failed its module: report it like a failed activation.
    const failure = host.status(moduleId)?.failure;
    if (failure !== undefined) throw failure.error;
  } catch (error) {
    await destroy();
    throw error;
  }

  return {
    element,
    host,
    outbox: web.outbox,
    client,
    setOnline: (next) => {
      online.set(next);
    },
    async navigate(url) {
      const result = await followLink(host, url, brand.origins ?? []);
      if (!result.ok) throw result.error;
    },
    destroy,
  };
}
