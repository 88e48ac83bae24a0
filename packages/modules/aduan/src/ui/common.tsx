/**
 * What the screens share: the module environment, links, the status chip, dates, notices and a
 * small loader hook.
 *
 * @module
 */
import {
  listReportCategories,
  type Report,
  type ReportCategory,
  type ReportStatus,
} from '@gerbang/contracts';
import type { ModuleContext } from '@gerbang/core';
import { createContext, type AnchorHTMLAttributes, type ComponentChildren, type JSX } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { AduanMessages } from '../messages.ts';
import { failureText, type AduanState } from '../model.ts';

/** What every screen reads: the module context, its state, texts and formatting. */
export interface AduanEnv {
  readonly ctx: ModuleContext;
  readonly state: AduanState;
  readonly t: AduanMessages;
  readonly categories: CategoryCache;
}

/** The preact context carrying {@link AduanEnv}. */
export const EnvContext = createContext<AduanEnv | undefined>(undefined);

/** The module environment; only used under an {@link EnvContext} provider. */
export function useEnv(): AduanEnv {
  const env = useContext(EnvContext);
  if (env === undefined) throw new Error('aduan: a screen was rendered outside its module environment');
  return env;
}

/** The path of a module screen: `/m/aduan/<path>`. */
export function modulePath(ctx: ModuleContext, path: string): string {
  return `/m/${ctx.moduleId}${path}`;
}

/** A real link to a module screen; a plain click navigates through the host. */
export function Link(props: { readonly to: string; readonly children: ComponentChildren } & Omit<AnchorHTMLAttributes, 'href'>): JSX.Element {
  const { ctx } = useEnv();
  const { to, children, ...rest } = props;
  const href = modulePath(ctx, to);
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void ctx.navigate(href);
  };
  return (
    <a {...rest} href={href} onClick={onClick}>
      {children}
    </a>
  );
}

/** The time zone to show dates in: the brand's, when it carries one, else the device's. */
function timeZoneOf(ctx: ModuleContext): string | undefined {
  // A full brand keeps it in `locales.timeZone`; the runtime's `HostBrand` does not carry it.
  const brand = ctx.brand as { readonly timeZone?: unknown; readonly locales?: { readonly timeZone?: unknown } } | undefined;
  const zone = brand?.locales?.timeZone ?? brand?.timeZone;
  return typeof zone === 'string' ? zone : undefined;
}

/** Formats a timestamp for the citizen, in the locale and the brand's time zone. */
export function formatDate(ctx: ModuleContext, at: string | number, withTime = true): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  const zone = timeZoneOf(ctx);
  try {
    return new Intl.DateTimeFormat(ctx.i18n.locale === 'en' ? 'en-GB' : 'id-ID', {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      ...(zone === undefined ? {} : { timeZone: zone }),
    }).format(date);
  } catch {
    return date.toISOString();
  }
}

/** A report's status in the tenant's label and colour. */
export function StatusChip(props: { readonly status: ReportStatus; readonly testId?: string }): JSX.Element {
  const { ctx, state } = useEnv();
  const display = state.lifecycle.states[props.status];
  return (
    <span class="gb-aduan-chip" data-status={props.status} data-testid={props.testId}>
      <span class="gb-aduan-dot" style={{ background: display.colour }} aria-hidden="true" />
      {ctx.i18n.text(display.label)}
    </span>
  );
}

/** A category's name in the locale, or its code when the catalogue is not known. */
export function categoryName(ctx: ModuleContext, categories: readonly ReportCategory[] | undefined, code: string): string {
  const category = categories?.find((entry) => entry.code === code);
  return category === undefined ? code : ctx.i18n.text(category.name);
}

/** A polite status message or an alert, with an optional retry button. */
export function Notice(props: {
  readonly kind?: 'status' | 'alert';
  readonly title?: string;
  readonly children?: ComponentChildren;
  readonly onRetry?: (() => void) | undefined;
  readonly testId?: string;
}): JSX.Element {
  const { t } = useEnv();
  const alert = props.kind === 'alert';
  return (
    <div class={`gb-aduan-notice${alert ? ' gb-aduan-alert' : ''}`} role={alert ? 'alert' : 'status'} data-testid={props.testId}>
      {props.title === undefined ? null : <strong>{props.title}</strong>}
      {props.children}
      {props.onRetry === undefined ? null : (
        <div class="gb-aduan-row">
          <button type="button" class="gb-aduan-button" onClick={props.onRetry}>
            {t.retry}
          </button>
        </div>
      )}
    </div>
  );
}

/** The text of a failed request, with a retry button. */
export function Failure(props: { readonly error: unknown; readonly onRetry?: () => void }): JSX.Element {
  const { t } = useEnv();
  return (
    <Notice kind="alert" onRetry={props.onRetry}>
      <p>{failureText(props.error, t)}</p>
    </Notice>
  );
}

/** What {@link useLoader} holds. */
export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Runs `load` on mount and whenever `keys` change or `reload` is called; keeps the last data
 * while reloading, and ignores answers that arrive after the view is gone.
 */
export function useLoader<T>(load: () => Promise<T>, keys: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    setLoading(true);
    load().then(
      (value) => {
        if (call !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (call !== latest.current) return;
        setError(failure ?? new Error('failed'));
        setLoading(false);
      },
    );
    return () => {
      // A newer call, or the view's removal, makes this answer stale.
      if (latest.current === call) latest.current++;
    };
  }, [...keys, round]);
  const reload = useCallback(() => {
    setRound((value) => value + 1);
  }, []);
  return { data, error, loading, reload };
}

/** Re-renders on every change of the module state. */
export function useStateVersion(state: AduanState): number {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      state.subscribe(() => {
        setVersion((value) => value + 1);
      }),
    [state],
  );
  return version;
}

/** The category catalogue, fetched once per activation and kept for offline use. */
export class CategoryCache {
  readonly #ctx: ModuleContext;
  #items: readonly ReportCategory[] | undefined;
  #pending: Promise<readonly ReportCategory[]> | undefined;

  constructor(ctx: ModuleContext) {
    this.#ctx = ctx;
  }

  /** The catalogue if it is known. */
  get items(): readonly ReportCategory[] | undefined {
    return this.#items;
  }

  /** The catalogue: from memory, the network, or (offline) the copy in storage. */
  load(): Promise<readonly ReportCategory[]> {
    if (this.#items !== undefined) return Promise.resolve(this.#items);
    this.#pending ??= this.#ctx.api
      .call(listReportCategories, {})
      .then(async ({ items }) => {
        this.#items = items;
        await this.#ctx.storage.set('categories', items).catch(() => undefined);
        return items;
      })
      .catch(async (error: unknown) => {
        this.#pending = undefined;
        const stored = await this.#ctx.storage.get<ReportCategory[]>('categories').catch(() => undefined);
        if (Array.isArray(stored) && stored.length > 0) {
          this.#items = stored;
          return stored;
        }
        throw error;
      });
    return this.#pending;
  }
}

/** A short text of a report: its category and the start of its description. */
export function reportSummary(report: Pick<Report, 'description'>, max = 120): string {
  const text = report.description.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
