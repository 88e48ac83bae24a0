/**
 * The implementation of the alerts module, loaded when the module is first opened. It registers
 * two views: `main` (the active alerts and the flood gauges) and `peringatan` (one alert).
 *
 * Freshness: the alerts list is stale when it was last fetched more than
 * {@link ALERTS_STALE_AFTER_MS} ago, and each gauge when its reading (`updatedAt`) is older than
 * {@link GAUGES_STALE_AFTER_MS}. The time is read from `Date.now()` at each render; the views
 * refresh every {@link PERINGATAN_POLL_INTERVAL_MS} with `ctx.timers`, and on the Refresh button.
 *
 * @module
 */
import { CAP_SEVERITIES, listActiveAlerts, listFloodGauges, type CapAlert, type CapInfo, type FloodGauge } from '@gerbang/contracts';
import type { ModuleContext, ModuleImplementation, ViewProps } from '@gerbang/core';
import { render, type ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ALERTS_STALE_AFTER_MS, GAUGES_STALE_AFTER_MS, PERINGATAN_POLL_INTERVAL_MS } from './constants.ts';
import { messagesFor, type Messages } from './messages.ts';
import { STYLES } from './styles.ts';
import { brandRegion, brandTimeZone, describeError, formatInstant, formatTime, injectStyles } from './support.ts';

export { ALERTS_STALE_AFTER_MS, GAUGES_STALE_AFTER_MS, PERINGATAN_POLL_INTERVAL_MS };

/** What a view receives: the module context plus the host's props. */
type Props = ViewProps & { readonly ctx: ModuleContext };

/** A dataset kept across refreshes: the last data that loaded, when, and the last failure. */
interface Dataset<T> {
  /** The last data that loaded, kept when a refresh fails. */
  readonly data: T | undefined;
  /** When `data` was fetched, from `Date.now()`. */
  readonly fetchedAt: number | undefined;
  /** Why the latest refresh failed; `undefined` after a success. */
  readonly error: unknown;
  /** Whether a request is on its way. */
  readonly loading: boolean;
  /** Whether the latest request was asked for by the citizen (its outcome is announced). */
  readonly manual: boolean;
}

/**
 * Loads a dataset now, every {@link PERINGATAN_POLL_INTERVAL_MS} while the page is visible (with
 * `ctx.timers`, so that the polling stops with the module), when the page becomes visible again,
 * and on demand.
 */
function useDataset<T>(ctx: ModuleContext, load: () => Promise<T>): [Dataset<T>, (manual: boolean) => void] {
  const [state, setState] = useState<Dataset<T>>({ data: undefined, fetchedAt: undefined, error: undefined, loading: true, manual: false });
  const latest = useRef(0);
  const refresh = useRef((manual: boolean): void => {
    const request = ++latest.current;
    setState((previous) => ({ ...previous, loading: true, manual }));
    void load().then(
      (data) => {
        if (request === latest.current) setState({ data, fetchedAt: Date.now(), error: undefined, loading: false, manual });
      },
      (error: unknown) => {
        if (request === latest.current) setState((previous) => ({ ...previous, error, loading: false, manual }));
      },
    );
  }).current;
  useEffect(() => {
    refresh(false);
    const visible = (): boolean => typeof document === 'undefined' || document.visibilityState !== 'hidden';
    const handle = ctx.timers.setInterval(() => {
      if (visible()) refresh(false);
    }, PERINGATAN_POLL_INTERVAL_MS);
    // Back from another tab or app: refresh at once rather than at the next tick.
    const onVisibility = (): void => {
      if (visible()) refresh(false);
    };
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
    return () => {
      // Answers that arrive after the view is gone are dropped.
      latest.current = Number.NaN;
      ctx.timers.clear(handle);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [ctx, refresh]);
  return [state, refresh];
}

function loadAlerts(ctx: ModuleContext): Promise<CapAlert[]> {
  const regionCode = brandRegion(ctx.brand);
  return ctx.api.call(listActiveAlerts, { query: regionCode === undefined ? {} : { regionCode } }).then((response) => response.items);
}

function loadGauges(ctx: ModuleContext): Promise<FloodGauge[]> {
  const regionCode = brandRegion(ctx.brand);
  return ctx.api.call(listFloodGauges, { query: regionCode === undefined ? {} : { regionCode } }).then((response) => response.items);
}

/** The info block in the citizen's language, else the first. */
function pickInfo(alert: CapAlert, locale: string): CapInfo | undefined {
  return alert.info.find((info) => info.language.toLowerCase().split('-')[0] === locale) ?? alert.info[0];
}

/** The rank of a severity: 0 for Extreme, 4 for Unknown. */
function severityRank(info: CapInfo | undefined): number {
  return CAP_SEVERITIES.indexOf(info?.severity ?? 'Unknown');
}

/**
 * Sorts alerts most severe first, then newest (`sent`) first.
 *
 * @param alerts - The alerts.
 * @param locale - The host's locale, which picks the info block that is shown and ranked.
 */
function sortAlerts(alerts: readonly CapAlert[], locale: string): CapAlert[] {
  return [...alerts].sort(
    (a, b) => severityRank(pickInfo(a, locale)) - severityRank(pickInfo(b, locale)) || (Date.parse(b.sent) || 0) - (Date.parse(a.sent) || 0),
  );
}

const SEVERITY_MARKS = { Extreme: '‼', Severe: '!', Moderate: '▲', Minor: '●', Unknown: '?' } as const;

/** Shared by every part of a view: the locale's messages, the locale and the brand's time zone. */
interface Locale {
  readonly messages: Messages;
  readonly locale: string;
  readonly timeZone: string;
}

/** When a dataset was updated, and a "Data lama" badge with the reason when it is stale. */
function Freshness({ at, staleAfter, staleText, l }: { at: number | undefined; staleAfter: number; staleText: string; l: Locale }) {
  const valid = at !== undefined && !Number.isNaN(at);
  const stale = !valid || Date.now() - at > staleAfter;
  return (
    <div class="gb-peringatan-freshness">
      <p class="gb-peringatan-meta" data-testid="peringatan-updated">
        {valid ? <time dateTime={new Date(at).toISOString()}>{l.messages.updated(formatInstant(at, l.locale, l.timeZone))}</time> : l.messages.updated('–')}
      </p>
      {stale ? (
        <p class="gb-peringatan-stale-note">
          <span class="gb-peringatan-badge gb-peringatan-stale" data-testid="peringatan-stale">
            {l.messages.stale}
          </span>{' '}
          {staleText}
        </p>
      ) : null}
    </div>
  );
}

/** A failed refresh: the reason, that older data is kept, and a retry button. */
function LoadError({ dataset, what, retry, l }: { dataset: Dataset<unknown>; what: string; retry: () => void; l: Locale }) {
  if (dataset.error === undefined || dataset.loading) return null;
  return (
    <div class="gb-peringatan-error" role="alert">
      <p>
        {l.messages.loadFailed(what, describeError(dataset.error, l.messages))}
        {dataset.data === undefined ? '' : ` ${l.messages.keptData}`}
      </p>
      <button type="button" onClick={retry}>
        {l.messages.retry}
      </button>
    </div>
  );
}

function Severity({ info, l }: { info: CapInfo | undefined; l: Locale }) {
  const severity = info?.severity ?? 'Unknown';
  return (
    <p class={`gb-peringatan-badge gb-peringatan-severity gb-peringatan-severity-${severity.toLowerCase()}`}>
      <span aria-hidden="true">{SEVERITY_MARKS[severity]}</span> {l.messages.severityLabel}: <strong>{l.messages.severity[severity]}</strong>
    </p>
  );
}

function areasOf(info: CapInfo | undefined): string[] {
  return info?.area.map((area) => area.areaDesc) ?? [];
}

function isExpired(info: CapInfo | undefined): boolean {
  const expires = info?.expires === undefined ? Number.NaN : Date.parse(info.expires);
  return !Number.isNaN(expires) && expires <= Date.now();
}

/** When an alert is in effect: from `effective` (else `sent`) to `expires`, and whether it is over. */
function Period({ alert, info, l }: { alert: CapAlert; info: CapInfo | undefined; l: Locale }) {
  const { messages, locale, timeZone } = l;
  return (
    <p class="gb-peringatan-meta">
      {messages.effective} <time dateTime={info?.effective ?? alert.sent}>{formatInstant(info?.effective ?? alert.sent, locale, timeZone)}</time>
      {info?.expires === undefined ? null : (
        <>
          {' · '}
          {messages.expires} <time dateTime={info.expires}>{formatInstant(info.expires, locale, timeZone)}</time>
        </>
      )}
      {isExpired(info) ? <strong class="gb-peringatan-expired"> · {messages.expired}</strong> : null}
    </p>
  );
}

function alertHref(ctx: ModuleContext, alert: CapAlert): string {
  return `/m/${ctx.moduleId}/peringatan/${encodeURIComponent(alert.identifier)}`;
}

/** A button that refreshes, and a polite live region that reports a refresh the citizen asked for. */
function RefreshBar({ datasets, refresh, l }: { datasets: readonly Dataset<unknown>[]; refresh: () => void; l: Locale }) {
  const manual = datasets.some((dataset) => dataset.manual);
  const loading = datasets.some((dataset) => dataset.loading);
  const fetchedAt = Math.max(...datasets.map((dataset) => dataset.fetchedAt ?? 0));
  let status = '';
  if (manual && loading) status = l.messages.refreshing;
  else if (manual && fetchedAt > 0) status = l.messages.refreshed(formatTime(fetchedAt, l.locale, l.timeZone));
  return (
    <div class="gb-peringatan-toolbar">
      <button type="button" onClick={refresh}>
        {l.messages.refresh}
      </button>
      <p class="gb-peringatan-meta" role="status">
        {status}
      </p>
    </div>
  );
}

function useLocale(ctx: ModuleContext): Locale {
  return { messages: messagesFor(ctx.i18n.locale), locale: ctx.i18n.locale, timeZone: brandTimeZone(ctx.brand) };
}

/** The `main` view: the active alerts and the flood gauges. */
function AlertsView({ ctx }: Props) {
  const l = useLocale(ctx);
  const { messages } = l;
  const id = useId();
  const [alerts, refreshAlerts] = useDataset(ctx, () => loadAlerts(ctx));
  const [gauges, refreshGauges] = useDataset(ctx, () => loadGauges(ctx));
  const refresh = (): void => {
    refreshAlerts(true);
    refreshGauges(true);
  };
  const staleMinutes = (ms: number): number => Math.round(ms / 60_000);

  let alertList: ComponentChildren = null;
  if (alerts.data !== undefined) {
    alertList =
      alerts.data.length === 0 ? (
        <p>{messages.noAlerts}</p>
      ) : (
        <ul class="gb-peringatan-list" role="list">
          {sortAlerts(alerts.data, l.locale).map((alert) => {
            const info = pickInfo(alert, l.locale);
            const areas = areasOf(info);
            return (
              <li key={alert.identifier} class="gb-peringatan-card" data-testid={`peringatan-alert-${alert.identifier}`}>
                <Severity info={info} l={l} />
                <h4>
                  <a href={alertHref(ctx, alert)}>{info?.headline ?? info?.event ?? alert.identifier}</a>
                </h4>
                {info === undefined ? null : (
                  <p class="gb-peringatan-meta">
                    {info.event} · {messages.urgencyLabel}: {messages.urgency[info.urgency]} · {messages.certaintyLabel}: {messages.certainty[info.certainty]}
                  </p>
                )}
                {areas.length === 0 ? null : (
                  <p>
                    {messages.areas}: {areas.join('; ')}
                  </p>
                )}
                <Period alert={alert} info={info} l={l} />
              </li>
            );
          })}
        </ul>
      );
  } else if (alerts.loading) alertList = <p class="gb-peringatan-meta">{messages.loading}</p>;

  let gaugeList: ComponentChildren = null;
  if (gauges.data !== undefined) {
    const sorted = [...gauges.data].sort((a, b) => a.alertLevel - b.alertLevel || a.name.localeCompare(b.name));
    gaugeList =
      sorted.length === 0 ? (
        <p>{messages.noGauges}</p>
      ) : (
        <ul class="gb-peringatan-list" role="list">
          {sorted.map((gauge) => (
            <li key={gauge.id} class={`gb-peringatan-card gb-peringatan-level-${gauge.alertLevel}`} data-testid={`peringatan-gauge-${gauge.id}`}>
              <h4>{gauge.name}</h4>
              <p class="gb-peringatan-meta">{messages.kind[gauge.kind]}</p>
              <p>
                <strong class="gb-peringatan-badge gb-peringatan-level">{messages.level[gauge.alertLevel]}</strong> {messages.waterLevel(gauge.waterLevelCm.toLocaleString(l.locale === 'en' ? 'en-GB' : 'id-ID'))}
              </p>
              {gauge.thresholds === undefined ? null : (
                <p class="gb-peringatan-meta">{messages.thresholds(String(gauge.thresholds.siaga3), String(gauge.thresholds.siaga2), String(gauge.thresholds.siaga1))}</p>
              )}
              {gauge.pumps === undefined || gauge.pumps.length === 0 ? null : (
                <p class="gb-peringatan-meta">
                  {messages.pumps}: {gauge.pumps.map((pump) => `${pump.name ?? pump.id} ${messages.pump[pump.status]}`).join(', ')}
                </p>
              )}
              <Freshness at={Date.parse(gauge.updatedAt)} staleAfter={GAUGES_STALE_AFTER_MS} staleText={messages.staleGauge(staleMinutes(GAUGES_STALE_AFTER_MS))} l={l} />
              <p class="gb-peringatan-meta">{messages.source(gauge.source)}</p>
            </li>
          ))}
        </ul>
      );
  } else if (gauges.loading) gaugeList = <p class="gb-peringatan-meta">{messages.loading}</p>;

  return (
    <section class="gb-peringatan" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{messages.title}</h2>
      <RefreshBar datasets={[alerts, gauges]} refresh={refresh} l={l} />
      <section class="gb-peringatan-part" aria-labelledby={`${id}-alerts`}>
        <h3 id={`${id}-alerts`}>{messages.alertsTitle}</h3>
        {alerts.data === undefined ? null : (
          <Freshness at={alerts.fetchedAt} staleAfter={ALERTS_STALE_AFTER_MS} staleText={messages.staleAlerts(staleMinutes(ALERTS_STALE_AFTER_MS))} l={l} />
        )}
        <LoadError
          dataset={alerts}
          what={messages.alertsNoun}
          retry={() => {
            refreshAlerts(true);
          }}
          l={l}
        />
        {alertList}
      </section>
      <section class="gb-peringatan-part" aria-labelledby={`${id}-gauges`}>
        <h3 id={`${id}-gauges`}>{messages.gaugesTitle}</h3>
        <LoadError
          dataset={gauges}
          what={messages.gaugesNoun}
          retry={() => {
            refreshGauges(true);
          }}
          l={l}
        />
        {gaugeList}
      </section>
    </section>
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The `peringatan` view: one alert, with its instruction and areas. */
function AlertView({ ctx, params }: Props) {
  const l = useLocale(ctx);
  const { messages, locale, timeZone } = l;
  const id = useId();
  const [alerts, refresh] = useDataset(ctx, () => loadAlerts(ctx));
  const wanted = params.id ?? '';
  const alert = alerts.data?.find((entry) => entry.identifier === wanted || entry.identifier === safeDecode(wanted));
  const info = alert === undefined ? undefined : pickInfo(alert, locale);

  let body: ComponentChildren = null;
  if (alert !== undefined) {
    const areas = areasOf(info);
    body = (
      <>
        <Severity info={info} l={l} />
        {info === undefined ? null : (
          <dl class="gb-peringatan-facts">
            <div>
              <dt>{messages.urgencyLabel}</dt>
              <dd>{messages.urgency[info.urgency]}</dd>
            </div>
            <div>
              <dt>{messages.certaintyLabel}</dt>
              <dd>{messages.certainty[info.certainty]}</dd>
            </div>
            <div>
              <dt>{messages.sent}</dt>
              <dd>
                <time dateTime={alert.sent}>{formatInstant(alert.sent, locale, timeZone)}</time>
              </dd>
            </div>
            {info.onset === undefined ? null : (
              <div>
                <dt>{messages.onset}</dt>
                <dd>
                  <time dateTime={info.onset}>{formatInstant(info.onset, locale, timeZone)}</time>
                </dd>
              </div>
            )}
            <div>
              <dt>{messages.sender}</dt>
              <dd>{info.senderName ?? alert.sender}</dd>
            </div>
          </dl>
        )}
        <Period alert={alert} info={info} l={l} />
        {info?.instruction === undefined ? null : (
          <div class="gb-peringatan-instruction">
            <h3>{messages.instruction}</h3>
            <p>{info.instruction}</p>
          </div>
        )}
        {info?.description === undefined ? null : (
          <>
            <h3>{messages.description}</h3>
            <p>{info.description}</p>
          </>
        )}
        {areas.length === 0 ? null : (
          <>
            <h3>{messages.areas}</h3>
            <ul>
              {areas.map((area) => (
                <li key={area}>{area}</li>
              ))}
            </ul>
          </>
        )}
        {info?.web === undefined ? null : (
          <p>
            <a href={info.web} rel="noopener noreferrer" target="_blank">
              {messages.moreInfo}
            </a>
          </p>
        )}
      </>
    );
  } else if (alerts.data !== undefined) body = <p role="alert">{messages.notFound}</p>;
  else if (alerts.loading) body = <p class="gb-peringatan-meta">{messages.loading}</p>;

  return (
    <section class="gb-peringatan" aria-labelledby={`${id}-title`}>
      <p>
        <a href={`/m/${ctx.moduleId}/`}>{messages.back}</a>
      </p>
      <h2 id={`${id}-title`}>{info?.headline ?? info?.event ?? messages.title}</h2>
      <RefreshBar
        datasets={[alerts]}
        refresh={() => {
          refresh(true);
        }}
        l={l}
      />
      {alerts.data === undefined ? null : (
        <Freshness at={alerts.fetchedAt} staleAfter={ALERTS_STALE_AFTER_MS} staleText={messages.staleAlerts(Math.round(ALERTS_STALE_AFTER_MS / 60_000))} l={l} />
      )}
      <LoadError
        dataset={alerts}
        what={messages.alertsNoun}
        retry={() => {
          refresh(true);
        }}
        l={l}
      />
      {body}
    </section>
  );
}

const VIEWS = { main: AlertsView, peringatan: AlertView } as const;

/** The alerts module's implementation: registers the `main` and `peringatan` views. */
const implementation: ModuleImplementation = {
  activate(ctx) {
    for (const [name, View] of Object.entries(VIEWS)) {
      ctx.views.register(name, {
        mount(element, props) {
          const target = element as HTMLElement;
          injectStyles(target, 'gb-peringatan', STYLES);
          render(<View ctx={ctx} {...props} />, target);
          return () => {
            render(null, target);
          };
        },
      });
    }
  },
};

export default implementation;
