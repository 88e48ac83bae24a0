/**
 * The shell's Preact components: header, home screen, cards, offline banner, outbox panel and the
 * permission dialog. They read a {@link ShellState} and call {@link ShellActions}.
 *
 * @internal
 * @module
 */
import type { OutboxEntry } from '@gerbang/contracts';
import type { Catalogue, CatalogueTile, ConsentRequest } from '@gerbang/core';
import type { CSSProperties, JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ShellLocale, ShellMessages } from './messages.ts';

/** What the shell shows in `<main>`. @internal */
export type Screen =
  | { readonly kind: 'home' }
  | { readonly kind: 'loading'; readonly moduleId: string | undefined }
  | { readonly kind: 'module'; readonly moduleId: string; readonly key: number }
  | { readonly kind: 'failed'; readonly moduleId: string; readonly phase: string }
  | { readonly kind: 'login'; readonly moduleId: string }
  | { readonly kind: 'not-found'; readonly url: string };

/** A permission prompt on screen. @internal */
export interface PromptState {
  readonly request: ConsentRequest;
  readonly answer: (granted: boolean) => void;
}

/** Everything the shell draws. @internal */
export interface ShellState {
  readonly screen: Screen;
  readonly online: boolean;
  readonly entries: readonly OutboxEntry[];
  readonly prompt: PromptState | undefined;
  readonly catalogue: Catalogue;
  /** Bumped on every navigation, so that focus moves to the new screen. */
  readonly focusKey: number;
}

/** What the components can ask of the shell. @internal */
export interface ShellActions {
  back(): void;
  retry(moduleId: string): void;
  retryEntry(id: string): void;
  discardEntry(id: string): void;
  moduleName(moduleId: string): string;
  /** Called after a screen was drawn, to move focus to its heading. */
  focus(root: HTMLElement): void;
}

/** The brand as the header shows it. @internal */
export interface ShellBrand {
  readonly name: string;
  readonly logo: string;
  readonly darkLogo: string | undefined;
}

/** A store of the shell's state that components subscribe to. @internal */
export interface ShellStore {
  get(): ShellState;
  set(patch: Partial<ShellState>): void;
  subscribe(listener: () => void): () => void;
}

/** @internal */
export function createShellStore(initial: ShellState): ShellStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

interface ShellProps {
  readonly store: ShellStore;
  readonly actions: ShellActions;
  readonly messages: ShellMessages;
  readonly locale: ShellLocale;
  readonly brand: ShellBrand;
}

/** The whole shell. @internal */
export function Shell({ store, actions, messages, locale, brand }: ShellProps): JSX.Element {
  const [state, setState] = useState(() => store.get());
  // Subscribed before the browser paints, then synchronized: no change made in between is missed.
  useLayoutEffect(() => {
    const sync = (): void => { setState(store.get()); };
    sync();
    return store.subscribe(sync);
  }, [store]);
  const main = useRef<HTMLElement>(null);
  const { screen, prompt } = state;
  useLayoutEffect(() => {
    if (state.focusKey > 0 && main.current !== null) actions.focus(main.current);
  }, [state.focusKey]);
  const modal = prompt !== undefined;
  return (
    <div class="gb-app" lang={locale}>
      <header class="gb-header" inert={modal}>
        {screen.kind === 'home' ? null : (
          <button type="button" class="gb-button gb-button-quiet" data-testid="gb-back" onClick={() => {
            actions.back();
          }}>
            <span aria-hidden="true">←</span>
            <span>{messages.back}</span>
          </button>
        )}
        <picture>
          {brand.darkLogo === undefined ? null : <source srcset={brand.darkLogo} media="(prefers-color-scheme: dark)" />}
          <img class="gb-logo" src={brand.logo} alt="" width={32} height={32} />
        </picture>
        <h1 class="gb-app-name">{brand.name}</h1>
      </header>
      <main class="gb-main" ref={main} tabIndex={-1} inert={modal}>
        <div class="gb-offline" role="status" data-testid="gb-offline-banner">
          {state.online ? null : messages.offline}
        </div>
        <OutboxPanel entries={state.entries} messages={messages} actions={actions} />
        <ScreenContent screen={screen} state={state} messages={messages} actions={actions} locale={locale} />
        <div class="gb-view-host" hidden={screen.kind !== 'module'} />
      </main>
      <nav class="gb-nav" aria-label={messages.navigation} inert={modal}>
        <a href="/" aria-current={screen.kind === 'home' ? 'page' : undefined}>
          {messages.home}
        </a>
      </nav>
      {prompt === undefined ? null : <PermissionDialog prompt={prompt} messages={messages} locale={locale} actions={actions} />}
    </div>
  );
}

interface ScreenProps {
  readonly screen: Screen;
  readonly state: ShellState;
  readonly messages: ShellMessages;
  readonly actions: ShellActions;
  readonly locale: ShellLocale;
}

function ScreenContent({ screen, state, messages, actions }: ScreenProps): JSX.Element | null {
  switch (screen.kind) {
    case 'home':
      return <Home catalogue={state.catalogue} messages={messages} />;
    case 'loading':
      return (
        <p role="status" class="gb-loading">
          {messages.opening(screen.moduleId === undefined ? '' : actions.moduleName(screen.moduleId))}
        </p>
      );
    case 'module':
      return null;
    case 'failed': {
      const name = actions.moduleName(screen.moduleId);
      return (
        <section class="gb-card gb-card-error" aria-labelledby="gb-error-title" data-testid={`gb-error-card-${screen.moduleId}`}>
          <h2 id="gb-error-title">{messages.errorTitle(name)}</h2>
          <p>{messages.errorText(messages.phases[screen.phase] ?? screen.phase)}</p>
          <div class="gb-actions">
            <button type="button" class="gb-button" data-testid={`gb-retry-${screen.moduleId}`} onClick={() => { actions.retry(screen.moduleId); }}>
              {messages.retry}
            </button>
          </div>
        </section>
      );
    }
    case 'login': {
      const name = actions.moduleName(screen.moduleId);
      return (
        <section class="gb-card" aria-labelledby="gb-login-title" data-testid={`gb-login-card-${screen.moduleId}`}>
          <h2 id="gb-login-title">{messages.loginTitle}</h2>
          <p>{messages.loginText(name)}</p>
        </section>
      );
    }
    case 'not-found':
      return (
        <section class="gb-card" aria-labelledby="gb-not-found-title" data-testid="gb-not-found">
          <h2 id="gb-not-found-title">{messages.notFoundTitle}</h2>
          <p>{messages.notFoundText}</p>
          <p>
            <a href="/">{messages.home}</a>
          </p>
        </section>
      );
  }
}

function Tile({ tile, featured = false }: { readonly tile: CatalogueTile; readonly featured?: boolean }): JSX.Element {
  const icon: CSSProperties = { '--gb-icon': `url(${JSON.stringify(tile.icon)})` };
  return (
    <li>
      <a class={featured ? 'gb-tile gb-tile-featured' : 'gb-tile'} href={`/m/${encodeURIComponent(tile.id)}/`} data-testid={`gb-tile-${tile.id}`}>
        <span class="gb-tile-icon" style={icon} aria-hidden="true" />
        {featured ? (
          <span>
            {tile.name}
            <small>{tile.description}</small>
          </span>
        ) : (
          <span>{tile.name}</span>
        )}
      </a>
    </li>
  );
}

function TileSection({ id, title, tiles, featured }: { readonly id: string; readonly title: string; readonly tiles: readonly CatalogueTile[]; readonly featured?: boolean }): JSX.Element | null {
  if (tiles.length === 0) return null;
  return (
    <section class="gb-section" aria-labelledby={`gb-section-${id}`}>
      <h2 id={`gb-section-${id}`}>{title}</h2>
      <ul class={featured === true ? 'gb-tiles gb-tiles-featured' : 'gb-tiles'}>
        {tiles.map((tile) => (
          <Tile key={tile.id} tile={tile} featured={featured === true} />
        ))}
      </ul>
    </section>
  );
}

/** The home screen: search, then pinned, featured, the brand's sections and every other tile, each tile once. */
function Home({ catalogue, messages }: { readonly catalogue: Catalogue; readonly messages: ShellMessages }): JSX.Element {
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const results = trimmed === '' ? undefined : catalogue.search(trimmed);
  const shown = new Set<string>();
  const take = (tiles: readonly CatalogueTile[]): CatalogueTile[] =>
    tiles.filter((tile) => {
      if (shown.has(tile.id)) return false;
      shown.add(tile.id);
      return true;
    });
  const pinned = take(catalogue.tiles.filter((tile) => tile.pinned));
  const featured = take(catalogue.tiles.filter((tile) => tile.featured));
  const sections = catalogue.sections.map((section) => ({ ...section, tiles: take(section.tiles) }));
  const rest = take(catalogue.tiles);
  return (
    <div data-testid="gb-home" class="gb-home">
      <div role="search">
        <label class="gb-search">
          <span>{messages.search}</span>
          <input
            type="search"
            data-testid="gb-search"
            value={query}
            placeholder={messages.searchPlaceholder}
            autocomplete="off"
            onInput={(event) => { setQuery(event.currentTarget.value); }}
          />
        </label>
      </div>
      <p role="status" class="gb-visually-hidden">
        {results === undefined ? '' : messages.searchResults(results.length)}
      </p>
      {results === undefined ? (
        <>
          <TileSection id="pinned" title={messages.pinned} tiles={pinned} />
          <TileSection id="featured" title={messages.featured} tiles={featured} featured />
          {sections.map((section) => (
            <TileSection key={section.id} id={`s-${section.id}`} title={section.title} tiles={section.tiles} />
          ))}
          <TileSection id="all" title={messages.allServices} tiles={rest} />
        </>
      ) : results.length === 0 ? (
        <p>{messages.searchNothing(trimmed)}</p>
      ) : (
        <TileSection id="results" title={messages.searchResults(results.length)} tiles={results} />
      )}
    </div>
  );
}

function OutboxPanel({ entries, messages, actions }: { readonly entries: readonly OutboxEntry[]; readonly messages: ShellMessages; readonly actions: ShellActions }): JSX.Element {
  const queued = entries.filter((entry) => entry.state === 'queued' || entry.state === 'retrying').length;
  const sending = entries.filter((entry) => entry.state === 'sending').length;
  const failed = entries.filter((entry) => entry.state === 'failed');
  return (
    <div class="gb-outbox" data-testid="gb-outbox" role="status">
      {queued > 0 ? <p data-testid="gb-outbox-queued">{messages.outboxQueued(queued)}</p> : null}
      {sending > 0 ? <p>{messages.outboxSending(sending)}</p> : null}
      {failed.length > 0 ? (
        <ul>
          {failed.map((entry) => (
            <li key={entry.id}>
              <span>{messages.outboxFailed(entry.label ?? messages.outboxEntry)}</span>
              <button type="button" class="gb-button" onClick={() => { actions.retryEntry(entry.id); }}>
                {messages.outboxRetry}
              </button>
              <button type="button" class="gb-button gb-button-quiet" onClick={() => { actions.discardEntry(entry.id); }}>
                {messages.outboxDiscard}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const FOCUSABLE = 'button:not([disabled]),a[href],input:not([disabled]),select,textarea,[tabindex]:not([tabindex="-1"])';

/** The permission prompt: a modal dialog that keeps focus inside; Escape denies. */
function PermissionDialog({ prompt, messages, locale, actions }: { readonly prompt: PromptState; readonly messages: ShellMessages; readonly locale: ShellLocale; readonly actions: ShellActions }): JSX.Element {
  const dialog = useRef<HTMLDivElement>(null);
  const { request, answer } = prompt;
  const name = actions.moduleName(request.moduleId);
  useLayoutEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      if (previous?.isConnected === true) previous.focus();
    };
  }, [request]);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      answer(false);
      return;
    }
    if (event.key !== 'Tab' || dialog.current === null) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (first === undefined || last === undefined) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  const label = request.descriptor.label[locale];
  const rationale = (locale === 'en' ? request.rationale.en : undefined) ?? request.rationale.id;
  return (
    <div class="gb-backdrop">
      <div
        ref={dialog}
        class="gb-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="gb-permission-title"
        aria-describedby="gb-permission-text"
        data-testid="gb-permission-prompt"
        onKeyDown={onKeyDown}
      >
        <h2 id="gb-permission-title">{messages.permissionTitle(name)}</h2>
        <div id="gb-permission-text">
          <p>{messages.permissionAsk(name, label)}</p>
          <p>{rationale}</p>
        </div>
        <div class="gb-actions">
          <button type="button" class="gb-button gb-button-quiet" data-testid="gb-permission-deny" onClick={() => { answer(false); }}>
            {messages.deny}
          </button>
          <button type="button" class="gb-button" data-testid="gb-permission-allow" onClick={() => { answer(true); }}>
            {messages.allow}
          </button>
        </div>
      </div>
    </div>
  );
}
