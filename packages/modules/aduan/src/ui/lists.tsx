/**
 * The lists: the citizen's own reports (with those still waiting in the outbox) and the public
 * feed, a page at a time, with community support.
 *
 * @module
 */
import {
  listMyReports,
  listPublicReports,
  supportReport,
  type CursorPage,
  type OutboxEntry,
  type Report,
  type ReportSupport,
} from '@gerbang/contracts';
import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { failureText } from '../model.ts';
import { categoryName, Failure, formatDate, Link, Notice, reportSummary, StatusChip, useEnv, useLoader, useStateVersion } from './common.tsx';

/** What {@link usePages} holds. */
interface Pages {
  readonly items: readonly Report[];
  readonly nextCursor: string | null;
  readonly loading: boolean;
  readonly error: unknown;
  /** Whether the items are the copy saved on the device, not a fresh answer. */
  readonly saved: boolean;
  readonly loadMore: () => void;
  readonly reload: () => void;
}

/**
 * A cursor-paged list: the first page on mount and whenever `version` changes, more on demand.
 * The first page is kept in the module's storage under `cacheKey`, and shown when offline.
 */
function usePages(fetchPage: (cursor: string | undefined) => Promise<CursorPage<Report>>, version: number, cacheKey: string): Pages {
  const { ctx } = useEnv();
  const [items, setItems] = useState<readonly Report[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [round, setRound] = useState(0);
  const call = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const run = useCallback(
    (cursor: string | undefined) => {
      const current = ++call.current;
      setLoading(true);
      setError(undefined);
      fetchRef.current(cursor).then(
        (page) => {
          if (current !== call.current) return;
          setItems((before) => (cursor === undefined ? page.items : [...before, ...page.items.filter((item) => !before.some((known) => known.ticket === item.ticket))]));
          setNextCursor(page.nextCursor);
          setSaved(false);
          setLoading(false);
          if (cursor === undefined) void ctx.storage.set(cacheKey, page.items).catch(() => undefined);
        },
        async (failure: unknown) => {
          if (current !== call.current) return;
          if (cursor === undefined) {
            const copy = await ctx.storage.get<Report[]>(cacheKey).catch(() => undefined);
            if (current !== call.current) return;
            if (Array.isArray(copy)) {
              setItems(copy);
              setNextCursor(null);
              setSaved(true);
            }
          }
          setError(failure ?? new Error('failed'));
          setLoading(false);
        },
      );
    },
    [ctx, cacheKey],
  );

  useEffect(() => {
    run(undefined);
    return () => {
      call.current++;
    };
  }, [run, version, round]);

  return {
    items,
    nextCursor,
    loading,
    error,
    saved,
    loadMore: () => {
      if (nextCursor !== null) run(nextCursor);
    },
    reload: () => {
      setRound((value) => value + 1);
    },
  };
}

/** The support ("dukung") button of a public report, with its count. */
export function SupportButton(props: { readonly report: Report }): JSX.Element {
  const { ctx, t } = useEnv();
  const [support, setSupport] = useState<ReportSupport>(props.report.support);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    setSupport(props.report.support);
  }, [props.report.support.count, props.report.support.supportedByMe]);
  const onClick = (): void => {
    if (busy || support.supportedByMe) return;
    setBusy(true);
    setError(undefined);
    ctx.api.call(supportReport, { params: { ticket: props.report.ticket } }).then(
      (answer) => {
        setSupport(answer);
        setBusy(false);
      },
      (failure: unknown) => {
        setError(failure ?? new Error('failed'));
        setBusy(false);
      },
    );
  };
  return (
    <div class="gb-aduan-row">
      <button type="button" class="gb-aduan-button" aria-pressed={support.supportedByMe} disabled={busy} data-testid="aduan-support" onClick={onClick}>
        {support.supportedByMe ? t.supported : t.support}
      </button>
      <span data-testid="aduan-support-count" aria-live="polite">
        {t.supportCount(support.count)}
      </span>
      {error === undefined ? null : (
        <span class="gb-aduan-error" role="alert">
          {failureText(error, t)}
        </span>
      )}
    </div>
  );
}

/** One report in a list. */
function ReportCard(props: { readonly report: Report; readonly publicFeed?: boolean }): JSX.Element {
  const { ctx, state, t, categories } = useEnv();
  const { report } = props;
  const path = `/laporan/${encodeURIComponent(report.ticket)}`;
  const resolved = report.status === 'done' || report.status === 'closed';
  return (
    <li class="gb-aduan-card" data-testid={`aduan-report-${report.ticket}`}>
      <Link to={path}>
        {categoryName(ctx, categories.items, report.categoryCode)}
        <span class="gb-aduan-visually-hidden"> {report.ticket}</span>
      </Link>
      <p class="gb-aduan-meta">
        {t.ticket}: {report.ticket} · {formatDate(ctx, report.createdAt, false)}
      </p>
      <StatusChip status={report.status} />
      <p>{reportSummary(report)}</p>
      {props.publicFeed === true ? (
        <>
          <SupportButton report={report} />
          {resolved && state.isMine(report.ticket) ? (
            <Link to={path} class="gb-aduan-button">
              {t.rateTitle}
            </Link>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** A report still in the outbox: waiting for signal, being sent, or refused. */
function PendingCard(props: { readonly entry: OutboxEntry }): JSX.Element {
  const { ctx, state, t, categories } = useEnv();
  const { entry } = props;
  const pending = state.pendingOf(entry.id);
  const waiting = entry.state === 'queued' || entry.state === 'retrying' || entry.state === 'sending';
  const title = pending === undefined ? (entry.label ?? t.pendingReport) : categoryName(ctx, categories.items, pending.categoryCode);
  return (
    <li class="gb-aduan-card" data-testid={`aduan-pending-${entry.id}`}>
      <strong>{title}</strong>
      <p class="gb-aduan-meta">{formatDate(ctx, entry.createdAt, true)}</p>
      {waiting ? (
        <span class="gb-aduan-chip" data-testid="aduan-queued" data-state={entry.state}>
          {entry.state === 'sending' ? t.sendingState : t.queuedState}
        </span>
      ) : (
        <span class="gb-aduan-chip" data-state={entry.state}>
          {t.failedState}
        </span>
      )}
      {pending === undefined ? null : <p>{reportSummary(pending)}</p>}
      {waiting ? <p class="gb-aduan-hint">{t.queuedBody}</p> : null}
      {entry.state === 'failed' ? (
        <div class="gb-aduan-row">
          <button
            type="button"
            class="gb-aduan-button"
            onClick={() => {
              void state.outbox.retry(entry.id);
            }}
          >
            {t.retry}
          </button>
          <button
            type="button"
            class="gb-aduan-button"
            onClick={() => {
              void state.outbox.discard(entry.id);
            }}
          >
            {t.discard}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** The citizen's reports: those waiting in the outbox first, then the sent ones, newest first. */
export function MyReports(props: { readonly limit?: number }): JSX.Element {
  const { ctx, state, t, categories } = useEnv();
  useStateVersion(state);
  useLoader(() => categories.load(), []);
  const pages = usePages(
    (cursor) => ctx.api.call(listMyReports, { query: { ...(cursor === undefined ? {} : { cursor }), ...(props.limit === undefined ? {} : { limit: props.limit }) } }),
    state.sentVersion,
    props.limit === undefined ? 'cache:mine' : 'cache:mine-recent',
  );
  useEffect(() => {
    if (pages.items.length > 0) state.rememberMine(pages.items.map((report) => report.ticket));
  }, [pages.items, state]);
  // A sent entry is left out: the list reloads when one is sent, and shows the real report.
  const pending = state.entries.filter((entry) => entry.state !== 'sent');
  const empty = !pages.loading && pages.error === undefined && pages.items.length === 0 && pending.length === 0;
  return (
    <PagedReports pages={pages} label={t.myReports} emptyText={t.empty} empty={empty} more={props.limit === undefined}>
      {pending.map((entry) => (
        <PendingCard key={entry.id} entry={entry} />
      ))}
      {pages.items.map((report) => (
        <ReportCard key={report.ticket} report={report} />
      ))}
    </PagedReports>
  );
}

/** The public feed: every public report, newest first, with support buttons. */
export function PublicFeed(props: { readonly limit?: number }): JSX.Element {
  const { ctx, t, categories } = useEnv();
  useLoader(() => categories.load(), []);
  const pages = usePages(
    (cursor) => ctx.api.call(listPublicReports, { query: { ...(cursor === undefined ? {} : { cursor }), ...(props.limit === undefined ? {} : { limit: props.limit }) } }),
    0,
    props.limit === undefined ? 'cache:public' : 'cache:public-recent',
  );
  const empty = !pages.loading && pages.error === undefined && pages.items.length === 0;
  return (
    <PagedReports pages={pages} label={t.publicFeed} emptyText={t.emptyPublic} empty={empty} more={props.limit === undefined}>
      {pages.items.map((report) => (
        <ReportCard key={report.ticket} report={report} publicFeed />
      ))}
    </PagedReports>
  );
}

/** A list of reports read page by page: refresh, loading and failure states, the empty text and "load more". */
function PagedReports(props: {
  readonly pages: Pages;
  readonly label: string;
  readonly emptyText: string;
  readonly empty: boolean;
  /** Whether to offer the next page (not in the landing's short lists). */
  readonly more: boolean;
  readonly children: ComponentChildren;
}): JSX.Element {
  const { t } = useEnv();
  const { pages } = props;
  return (
    <div>
      <div class="gb-aduan-row">
        <button type="button" class="gb-aduan-button" onClick={pages.reload} disabled={pages.loading}>
          {t.refresh}
        </button>
      </div>
      {pages.loading ? (
        <p role="status" class="gb-aduan-hint">
          {t.loading}
        </p>
      ) : null}
      {pages.error === undefined ? null : <Failure error={pages.error} onRetry={pages.reload} />}
      {pages.saved ? <Notice>{t.savedCopy}</Notice> : null}
      {props.empty ? <p>{props.emptyText}</p> : null}
      <ul class="gb-aduan-list" aria-label={props.label}>
        {props.children}
      </ul>
      {props.more && pages.nextCursor !== null ? (
        <button type="button" class="gb-aduan-button gb-aduan-block" data-testid="aduan-load-more" disabled={pages.loading} onClick={pages.loadMore}>
          {t.loadMore}
        </button>
      ) : null}
    </div>
  );
}
