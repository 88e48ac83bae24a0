/**
 * The detail of one report: its ticket, current status in the tenant's label and colour, the
 * status timeline with public notes and evidence, the photos, support, and the citizen's rating
 * once the report is resolved. It reloads on demand and every 20 seconds while it is open.
 *
 * @module
 */
import { getReport, rateReport, type Report, type ReportMedia, type ReportRating, type ReportStatusChange } from '@gerbang/contracts';
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { failureText } from '../model.ts';
import { categoryName, Failure, formatDate, StatusChip, useEnv, useLoader } from './common.tsx';
import { SupportButton } from './lists.tsx';

/** How often an open detail asks for the report again, in milliseconds. */
export const DETAIL_REFRESH_MS = 20_000;

function MediaList(props: { readonly media: readonly ReportMedia[]; readonly label: string }): JSX.Element | null {
  if (props.media.length === 0) return null;
  return (
    <ul class="gb-aduan-photos" aria-label={props.label}>
      {props.media.map((item, index) => (
        <li key={item.url}>
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {item.mediaType.startsWith('image/') ? <img src={item.url} alt={`${props.label} ${index + 1}`} loading="lazy" decoding="async" /> : `${props.label} ${index + 1}`}
          </a>
        </li>
      ))}
    </ul>
  );
}

function TimelineEntry(props: { readonly change: ReportStatusChange }): JSX.Element {
  const { ctx, state, t } = useEnv();
  const { change } = props;
  const display = state.lifecycle.states[change.to];
  const actor = change.actor.kind === 'officer' ? t.actorOfficer : change.actor.kind === 'citizen' ? t.actorCitizen : t.actorSystem;
  const who = change.actor.kind === 'officer' && change.actor.unit !== undefined ? `${actor}, ${change.actor.unit}` : actor;
  return (
    <li style={{ '--gb-aduan-step': display.colour }} data-status={change.to}>
      <strong>{ctx.i18n.text(display.label)}</strong>
      <p class="gb-aduan-meta">
        <time dateTime={change.at}>{formatDate(ctx, change.at)}</time> · {who}
      </p>
      {change.note?.visibility === 'public' ? <p class="gb-aduan-note">{change.note.text}</p> : null}
      <MediaList media={change.evidence} label={t.evidence} />
    </li>
  );
}

/** The citizen's 1–5 rating of a resolved report. */
function RatingForm(props: { readonly report: Report }): JSX.Element {
  const { ctx, t } = useEnv();
  const uid = useId();
  const [rating, setRating] = useState<ReportRating | undefined>(props.report.rating);
  const [stars, setStars] = useState<number>(props.report.rating?.stars ?? 0);
  const [comment, setComment] = useState(props.report.rating?.comment ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const submit = (event: Event): void => {
    event.preventDefault();
    if (busy || stars < 1) return;
    setBusy(true);
    setError(undefined);
    const trimmed = comment.trim();
    ctx.api.call(rateReport, { params: { ticket: props.report.ticket }, body: { stars, ...(trimmed === '' ? {} : { comment: trimmed }) } }).then(
      (answer) => {
        setRating(answer);
        setBusy(false);
      },
      (failure: unknown) => {
        setError(failure ?? new Error('failed'));
        setBusy(false);
      },
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{t.rateTitle}</h3>
      <fieldset class="gb-aduan-stars">
        <legend class="gb-aduan-visually-hidden">{t.rateHint}</legend>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value} data-testid={`aduan-rate-${value}`}>
            <input
              type="radio"
              name={`${uid}-stars`}
              value={String(value)}
              checked={stars === value}
              onChange={() => {
                setStars(value);
              }}
            />
            <span aria-hidden="true">{'★'.repeat(value)}</span>
            <span class="gb-aduan-visually-hidden">{t.rateStars(value)}</span>
          </label>
        ))}
      </fieldset>
      <div class="gb-aduan-field">
        <label for={`${uid}-comment`}>{t.rateComment}</label>
        <textarea
          id={`${uid}-comment`}
          rows={3}
          value={comment}
          onInput={(event) => {
            setComment(event.currentTarget.value);
          }}
        />
      </div>
      <button type="submit" class="gb-aduan-button gb-aduan-primary" disabled={busy || stars < 1} data-testid="aduan-rate-submit">
        {t.rateSend}
      </button>
      <p role="status" data-testid="aduan-rating">
        {rating === undefined ? '' : t.rated(rating.stars)}
      </p>
      {error === undefined ? null : (
        <p class="gb-aduan-error" role="alert">
          {failureText(error, t)}
        </p>
      )}
    </form>
  );
}

/** The detail screen of one report. */
export function ReportDetail(props: { readonly ticket: string }): JSX.Element {
  const { ctx, state, t, categories } = useEnv();
  const { ticket } = props;
  const report = useLoader(() => ctx.api.call(getReport, { params: { ticket } }), [ticket]);
  useLoader(() => categories.load(), []);
  const { reload } = report;
  useEffect(() => {
    const timer = ctx.timers.setInterval(reload, DETAIL_REFRESH_MS);
    return () => {
      ctx.timers.clear(timer);
    };
  }, [ctx, reload]);
  const data = report.data;
  const mine = data !== undefined && (data.reporter !== undefined || state.isMine(data.ticket));
  const resolved = data !== undefined && (data.status === 'done' || data.status === 'closed');
  const open = data !== undefined && state.lifecycle.states[data.status].open311 === 'open';
  return (
    <div>
      <p>
        {t.ticket}: <strong data-testid="aduan-ticket">{data?.ticket ?? ticket}</strong>
      </p>
      <div class="gb-aduan-row">
        <button type="button" class="gb-aduan-button" onClick={reload} disabled={report.loading} data-testid="aduan-refresh">
          {t.refresh}
        </button>
        {report.loading && data === undefined ? (
          <span role="status" class="gb-aduan-hint">
            {t.loading}
          </span>
        ) : null}
      </div>
      {report.error === undefined ? null : <Failure error={report.error} onRetry={reload} />}
      {data === undefined ? null : (
        <>
          <p aria-live="polite">
            {t.status}: <StatusChip status={data.status} testId="aduan-status" />
          </p>
          <p class="gb-aduan-meta">
            {categoryName(ctx, categories.items, data.categoryCode)} · {t.filedOn(formatDate(ctx, data.createdAt))} ·{' '}
            {data.visibility === 'public' ? t.publicReport : t.privateReport}
          </p>
          <p class="gb-aduan-meta">{t.updatedAt(formatDate(ctx, data.updatedAt))}</p>
          {open && data.deadline !== undefined ? <p class="gb-aduan-meta">{t.deadline(formatDate(ctx, data.deadline))}</p> : null}
          {data.routing.agency === undefined ? null : <p class="gb-aduan-meta">{t.handledBy(data.routing.agency.name)}</p>}
          <p class="gb-aduan-note">{data.description}</p>
          {data.location.landmark === undefined ? null : <p class="gb-aduan-meta">{data.location.landmark}</p>}
          <MediaList media={data.photos} label={t.photosOf} />
          {data.visibility === 'public' ? <SupportButton report={data} /> : null}
          {mine && resolved ? <RatingForm report={data} /> : null}
          <h3>{t.timeline}</h3>
          <ol class="gb-aduan-timeline" data-testid="aduan-timeline">
            {[...data.history].reverse().map((change, index) => (
              <TimelineEntry key={`${change.at}-${change.to}-${index}`} change={change} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
