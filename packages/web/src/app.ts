/**
 * `createWebApp()`: a brand, modules and an API address become a web app.
 *
 * @module
 */
import type { Brand } from '@gerbang/brand';
import type { ApiClient, FetchFunction, OnlineSignal, OutboxStorage } from '@gerbang/client';
import { browserOnlineSignal, createApiClient, defaultSteps } from '@gerbang/client';
import type { AnyEndpoint, OutboxService } from '@gerbang/contracts';
import { outboxServiceRef } from '@gerbang/contracts';
import type { ConsentRequest, GerbangModule, OpenedModule, RegistrationResult, SuperApp } from '@gerbang/core';
import { createSuperApp, provideModuleService } from '@gerbang/core';
import { h, render } from 'preact';
import { createHostApi } from './api.ts';
import { followLink, HOME_PATH, modulePath } from './links.ts';
import type { RouteTemplate } from './links.ts';
import { shellMessages } from './messages.ts';
import type { ShellLocale } from './messages.ts';
import type { WebOutbox } from './outbox.ts';
import { brandCss, injectStyle } from './styles.ts';
import { createShellStore, Shell } from './ui.tsx';
import type { PromptState, Screen, ShellActions } from './ui.tsx';
import { createViewSlot, pickView } from './view-slot.ts';

/** The options of {@link createWebApp}. */
export interface WebAppOptions {
  /**
   * The element the shell renders into; it should be empty.
   * @example document.getElementById('app')!
   */
  readonly element: HTMLElement;
  /**
   * The brand, from `defineBrand` or `parseBrand` of `@gerbang/brand`.
   * @example defineBrand(lampungIn)
   */
  readonly brand: Brand;
  /**
   * The modules, from `defineModule`; their code loads only when they are opened.
   * @example [aduanModule, hargaPanganModule]
   */
  readonly modules: readonly GerbangModule[];
  /**
   * The base URL of the Gerbang API.
   * @example 'https://api.lampungin.example.id/v1'
   */
  readonly apiBaseUrl: string;
  /**
   * The language of the shell and of modules.
   * @default the `lang` query parameter (`?lang=en`), else the brand's default locale
   * @example 'en'
   */
  readonly locale?: ShellLocale;
  /**
   * The citizen's bearer token, read before each request; `undefined` when signed out. Modules
   * whose manifest sets `loginRequired` show a sign-in card while it returns `undefined`.
   * @default no token: the citizen is signed out
   * @example () => session.accessToken
   */
  readonly token?: () => string | undefined;
  /**
   * Where the outbox keeps submissions until they are sent.
   * @default IndexedDB where it exists, else memory
   * @example createMemoryOutboxStorage()
   */
  readonly outboxStorage?: OutboxStorage;
  /**
   * The endpoints modules may submit through the outbox. Stored submissions name their endpoint,
   * so the list is needed before modules load, to resume them after a reload.
   * @default {@link GERBANG_OUTBOX_ENDPOINTS}, loaded lazily by `start()`
   * @example [createReport]
   */
  readonly outboxEndpoints?: readonly AnyEndpoint[];
  /**
   * Whether the device is online, and when it changes.
   * @default browserOnlineSignal()
   * @example createOnlineSignal(true)
   */
  readonly online?: OnlineSignal;
  /**
   * The `fetch` the API client uses.
   * @default globalThis.fetch
   * @example (request) => fetch(request, { keepalive: true })
   */
  readonly fetch?: FetchFunction;
}

/** A web app, from {@link createWebApp}. */
export interface WebApp {
  /** The core host underneath. */
  readonly host: SuperApp;
  /** The API client behind `ctx.api` and the outbox. */
  readonly client: ApiClient;
  /**
   * Renders the shell, starts the host and shows the address the page was opened at (a deep link
   * on first load); then follows the History API.
   */
  start(): Promise<void>;
  /**
   * Adds modules at run time; their tiles appear at once.
   *
   * @param modules - One module or several.
   */
  register(modules: GerbangModule | readonly GerbangModule[]): RegistrationResult;
  /**
   * Goes to an address: `/`, `/m/<id>/<path>`, `gerbang://<id>/<path>` or a brand origin's URL.
   *
   * @param url - The address.
   */
  navigate(url: string): Promise<void>;
  /** Unmounts the view and the shell, stops the host and the outbox, and removes the listeners. */
  destroy(): Promise<void>;
}

type HistoryMode = 'push' | 'replace' | 'none';

const NOT_FOUND_CODES = new Set(['deep-link-not-found', 'deep-link-malformed', 'deep-link-refused', 'unknown-module', 'unknown-route']);
const MODULE_LINK = /^(?:gerbang:\/\/([^/?#]+)|(?:https?:\/\/[^/?#]+)?\/m\/([^/?#]+))/i;

/**
 * Creates the web app of a brand: the brand's CSS variables (light and dark), the core host with
 * its consent prompt, the API client (default steps, the citizen's token), the offline outbox
 * (IndexedDB) and the shell: header, home screen with search, module views, error cards,
 * sign-in and not-found cards, the offline banner and the outbox panel. Addresses are
 * `/` and `/m/<moduleId>/<route path>`.
 *
 * @param options - The element, brand, modules, API address and the optional locale, token,
 *   outbox storage and endpoints, online signal and `fetch`.
 * @throws `TypeError` when the brand was not parsed (a raw preset instead of `defineBrand(preset)`).
 * @example
 * ```ts
 * const app = createWebApp({
 *   element: document.getElementById('app')!,
 *   brand: defineBrand(lampungIn),
 *   modules: [aduanModule, beritaModule],
 *   apiBaseUrl: '/api',
 *   token: () => session.token,
 * });
 * await app.start();
 * ```
 */
export function createWebApp(options: WebAppOptions): WebApp {
  const { element, brand } = options;
  const loose = brand as { readonly tokens?: { readonly spacing?: unknown }; readonly locales?: { readonly default?: unknown } };
  if (loose.tokens?.spacing === undefined || typeof loose.locales?.default !== 'string') {
    throw new TypeError('createWebApp() needs a parsed brand: pass defineBrand(preset) or the brand of a successful parseBrand(input), not the raw input');
  }
  const locale = pickLocale(options.locale, brand);
  const messages = shellMessages(locale);
  const origins = (brand.origins ?? []).map((origin) => origin.toLowerCase());
  const online = options.online ?? browserOnlineSignal();
  const token = options.token;
  const client = createApiClient({
    baseUrl: options.apiBaseUrl,
    steps: defaultSteps(token === undefined ? {} : { auth: { getToken: token } }),
    isOnline: () => online.isOnline(),
    headers: { 'accept-language': locale },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  let web: WebOutbox | undefined;
  // The outbox loads after the first screen is drawn; modules reach it through a service that
  // waits for it, so a module opened at once (a deep link) still submits.
  let outboxLoaded: (outbox: WebOutbox) => void = () => undefined;
  const outboxReady = new Promise<WebOutbox>((resolve) => {
    outboxLoaded = resolve;
  });
  const prompts: PromptState[] = [];
  const consent = (request: ConsentRequest): Promise<boolean> =>
    new Promise((resolve) => {
      let answered = false;
      const prompt: PromptState = {
        request,
        answer(granted) {
          // A second click on the same prompt must not answer the next one.
          if (answered) return;
          answered = true;
          prompts.splice(prompts.indexOf(prompt), 1);
          store.set({ prompt: prompts[0] });
          resolve(granted);
        },
      };
      prompts.push(prompt);
      if (prompts.length === 1) store.set({ prompt });
    });

  const host = createSuperApp({
    modules: options.modules,
    brand,
    locale,
    api: createHostApi(client),
    consent,
    services: [
      provideModuleService(outboxServiceRef, (moduleId) => deferredOutboxService(outboxReady, moduleId)),
    ],
  });

  const manifests = new Map<string, { readonly routes: readonly RouteTemplate[]; readonly loginRequired: boolean }>();
  const remember = (modules: readonly GerbangModule[]): void => {
    for (const module of modules) {
      const manifest = module.manifest as { id?: unknown; routes?: unknown; loginRequired?: unknown };
      if (typeof manifest.id !== 'string') continue;
      manifests.set(manifest.id, {
        routes: Array.isArray(manifest.routes) ? (manifest.routes as RouteTemplate[]) : [],
        loginRequired: manifest.loginRequired === true,
      });
    }
  };
  remember(options.modules);

  const store = createShellStore({
    screen: { kind: 'home' },
    online: online.isOnline(),
    entries: [],
    prompt: undefined,
    catalogue: host.catalogue(),
    focusKey: 0,
  });

  const viewElement = document.createElement('div');
  viewElement.className = 'gb-view';
  const slot = createViewSlot();
  let screenKey = 0;
  let navigations = 0;
  let started = false;
  let destroyed = false;
  let pending: { readonly id: number; readonly moduleId: string | undefined; readonly history: HistoryMode } | undefined;
  const cleanups: (() => void)[] = [];

  const show = (screen: Screen, focus = true): void => {
    if (screen.kind !== 'module') {
      slot.clear();
      viewElement.removeAttribute('data-testid');
    }
    store.set({ screen, ...(focus ? { focusKey: store.get().focusKey + 1 } : {}) });
  };
  const currentPath = (): string => `${location.pathname}${location.search}`;
  const writeHistory = (path: string, mode: HistoryMode): void => {
    if (mode === 'none' || path === currentPath()) return;
    if (mode === 'push') history.pushState({ gerbang: true }, '', path);
    else history.replaceState(history.state, '', path);
  };
  const moduleName = (moduleId: string): string => host.catalogue().tile(moduleId)?.name ?? moduleId;
  const needsLogin = (moduleId: string): boolean => manifests.get(moduleId)?.loginRequired === true && token?.() === undefined;

  const showFailure = (moduleId: string, phase: string): void => {
    show({ kind: 'failed', moduleId, phase });
  };

  cleanups.push(
    host.on('host:opened', (opened: Omit<OpenedModule, 'view'>) => {
      const { moduleId, route, params, query } = opened;
      if (pending?.moduleId !== undefined && pending.moduleId !== moduleId) return;
      const mode = pending?.history ?? 'push';
      const path = modulePath(opened, manifests.get(moduleId)?.routes ?? []);
      writeHistory(path, mode === 'none' ? 'replace' : mode);
      if (needsLogin(moduleId)) {
        show({ kind: 'login', moduleId });
        return;
      }
      const view = pickView(host.views(moduleId), route);
      if (view === undefined) {
        showFailure(moduleId, 'view');
        return;
      }
      viewElement.dataset['testid'] = `gb-module-${moduleId}`;
      slot.show(viewElement, view, { ...(route === undefined ? {} : { route }), params, query });
      // A view that threw while mounting failed its module: the failure card is up already.
      if (host.state(moduleId) === 'failed') return;
      show({ kind: 'module', moduleId, key: ++screenKey });
    }),
    host.on('host:module-failed', (failure) => {
      const { screen } = store.get();
      if ('moduleId' in screen && screen.moduleId === failure.moduleId) showFailure(failure.moduleId, failure.phase);
    }),
    host.on('host:state-changed', () => {
      store.set({ catalogue: host.catalogue() });
    }),
    online.subscribe((isOnline) => {
      store.set({ online: isOnline });
    }),
  );

  const go = async (url: string, mode: HistoryMode): Promise<void> => {
    const target = sameOriginPath(url);
    const id = ++navigations;
    if (target === HOME_PATH || target === '' || target.startsWith('/?')) {
      pending = undefined;
      writeHistory(target === '' ? HOME_PATH : target, mode);
      show({ kind: 'home' });
      return;
    }
    const match = MODULE_LINK.exec(target);
    const moduleId = match?.[1] ?? match?.[2];
    if (moduleId !== undefined && needsLogin(moduleId)) {
      pending = undefined;
      writeHistory(target, mode);
      show({ kind: 'login', moduleId });
      return;
    }
    pending = { id, moduleId, history: mode };
    show({ kind: 'loading', moduleId }, false);
    const result = await followLink(host, target, origins);
    if (id !== navigations) return;
    pending = undefined;
    if (result.ok) return;
    const error = result.error as Error & { code: string; moduleId?: unknown; phase?: unknown };
    const failedId = typeof error.moduleId === 'string' ? error.moduleId : moduleId;
    if (NOT_FOUND_CODES.has(error.code) || failedId === undefined || !manifests.has(failedId)) {
      writeHistory(target, mode);
      show({ kind: 'not-found', url: target });
      return;
    }
    writeHistory(target, mode);
    showFailure(failedId, typeof error.phase === 'string' ? error.phase : (host.status(failedId)?.failure?.phase ?? 'open'));
  };

  const actions: ShellActions = {
    back() {
      if ((history.state as { gerbang?: unknown } | null)?.gerbang === true) history.back();
      else void go(HOME_PATH, 'replace');
    },
    retry(moduleId) {
      const again = async (): Promise<void> => {
        if (host.state(moduleId) === 'failed') {
          try {
            await host.retry(moduleId);
          } catch (error) {
            showFailure(moduleId, typeof (error as { phase?: unknown }).phase === 'string' ? (error as { phase: string }).phase : 'activate');
            return;
          }
        }
        await go(currentPath(), 'replace');
      };
      void again();
    },
    retryEntry(entryId) {
      void web?.retry(entryId).catch(() => undefined);
    },
    discardEntry(entryId) {
      void web?.discard(entryId).catch(() => undefined);
    },
    moduleName,
    focus(root) {
      const { screen } = store.get();
      const scope = screen.kind === 'module' ? viewElement : root;
      const heading = scope.querySelector<HTMLElement>(screen.kind === 'home' ? 'h1, h2' : 'h2, h1') ?? root;
      if (heading !== root && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    },
  };

  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target;
    const anchor = target instanceof Element ? target.closest('a') : null;
    if (anchor === null || !element.contains(anchor)) return;
    if ((anchor.target !== '' && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
    const href = anchor.getAttribute('href');
    if (href === null) return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || (url.pathname !== HOME_PATH && !url.pathname.startsWith('/m/'))) return;
    event.preventDefault();
    void go(`${url.pathname}${url.search}`, 'push');
  };
  const onPopState = (): void => {
    void go(currentPath(), 'none');
  };

  return {
    host,
    client,
    async start() {
      if (started) return;
      started = true;
      const root = document.documentElement;
      const previousLang = root.getAttribute('lang');
      root.setAttribute('lang', locale);
      cleanups.push(
        injectStyle(`brand-${brand.id}`, brandCss(brand)),
        () => {
          if (previousLang === null) root.removeAttribute('lang');
          else root.setAttribute('lang', previousLang);
        },
      );
      render(h(Shell, { store, actions, messages, locale, brand: shellBrand(brand) }), element);
      element.querySelector('.gb-view-host')?.append(viewElement);
      element.addEventListener('click', onClick);
      window.addEventListener('popstate', onPopState);
      cleanups.push(() => {
        element.removeEventListener('click', onClick);
        window.removeEventListener('popstate', onPopState);
      });

      // The outbox (its storage, its endpoints' schemas) is not needed to draw the first screen.
      const loading = import('./outbox-setup.ts').then(({ createShellOutbox }) => {
        if (destroyed) return;
        web = createShellOutbox({ client, online, storage: options.outboxStorage, endpoints: options.outboxEndpoints });
        cleanups.push(web.subscribe((entries) => {
          store.set({ entries });
        }));
        outboxLoaded(web);
      });
      await host.start();
      // The home screen, with a query or without (`/?lang=en`), does not take focus from the page.
      if (location.pathname === HOME_PATH) show({ kind: 'home' }, false);
      else await go(currentPath(), 'replace');
      // Resolves once everything is up, the outbox included.
      await loading;
    },
    register(modules) {
      const list = Array.isArray(modules) ? (modules as readonly GerbangModule[]) : [modules as GerbangModule];
      const result = host.register(list);
      remember(list.filter((module) => result.registered.includes(String((module.manifest as { id?: unknown }).id))));
      store.set({ catalogue: host.catalogue() });
      return result;
    },
    navigate: (url) => go(url, 'push'),
    async destroy() {
      destroyed = true;
      navigations++;
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      for (const prompt of [...prompts]) prompt.answer(false);
      slot.clear();
      render(null, element);
      await host.stop();
      web?.close();
    },
  };
}

/** `id` or `en`: the option, else `?lang=`, else the brand's default locale. */
function pickLocale(option: ShellLocale | undefined, brand: Brand): ShellLocale {
  if (option !== undefined) return option;
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'id' || asked === 'en') return asked;
  return brand.locales.default.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** A path of this origin (`/m/...`) for an absolute URL of this origin; other URLs unchanged. */
function sameOriginPath(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  const parsed = new URL(url);
  return parsed.origin === location.origin ? `${parsed.pathname}${parsed.search}` : url;
}

/** The brand's name and logos as image URLs (inline SVG markup becomes a data URL). */
function shellBrand(brand: Brand): { name: string; logo: string; darkLogo: string | undefined } {
  const image = (value: string): string => (value.trimStart().startsWith('<') ? `data:image/svg+xml,${encodeURIComponent(value)}` : value);
  return { name: brand.shortName, logo: image(brand.logo.light), darkLogo: brand.logo.dark === undefined ? undefined : image(brand.logo.dark) };
}

/** The outbox service of one module, whose calls wait until the shell's outbox has loaded. */
function deferredOutboxService(ready: Promise<WebOutbox>, moduleId: string): OutboxService {
  const service = ready.then((outbox) => outbox.forModule(moduleId));
  return {
    submit: (endpoint, input, submitOptions) => service.then((outbox) => outbox.submit(endpoint, input, submitOptions)),
    entries: () => service.then((outbox) => outbox.entries()),
    retry: (id) => service.then((outbox) => outbox.retry(id)),
    discard: (id) => service.then((outbox) => outbox.discard(id)),
    subscribe(listener) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void service.then((outbox) => {
        if (!stopped) stop = outbox.subscribe(listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
