/**
 * The report form: category, description, photos, location (the device's, or a landmark and a
 * region), visibility and anonymity. Checked with the contract's schema before sending, kept in
 * the module's storage while the citizen types, and sent through the host's offline outbox.
 *
 * @module
 */
import {
  createReport,
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_MAX_PHOTOS,
  type OutboxEntry,
} from '@gerbang/contracts';
import type { JSX } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import {
  checkForm,
  EMPTY_DRAFT,
  fieldErrors,
  PHOTO_MAX_MEGABYTES,
  problemIssues,
  regionOptions,
  sentTicket,
  type FieldName,
  type FormDraft,
} from '../model.ts';
import { categoryName, Failure, Link, modulePath, Notice, useEnv, useLoader, useStateVersion } from './common.tsx';

type GeoState = 'idle' | 'locating' | 'denied' | 'unavailable';

/** The order in which fields get focus when several are wrong. */
const FIELD_ORDER: readonly FieldName[] = ['category', 'description', 'photos', 'location', 'landmark', 'region', 'visibility'];

/** Object URLs for photo previews, revoked when the photos change or the form goes away. */
function usePreviews(photos: readonly File[]): readonly (string | undefined)[] {
  const [urls, setUrls] = useState<readonly (string | undefined)[]>([]);
  useEffect(() => {
    const canPreview = typeof URL.createObjectURL === 'function';
    const created = photos.map((photo) => (canPreview ? URL.createObjectURL(photo) : undefined));
    setUrls(created);
    return () => {
      for (const url of created) if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [photos]);
  return urls;
}

/** The report form screen. */
export function ReportForm(): JSX.Element {
  const { ctx, state, t, categories } = useEnv();
  const uid = useId();
  const ids = (field: string): string => `${uid}-${field}`;
  const [draft, setDraft] = useState<FormDraft>(state.draft);
  const [photos, setPhotos] = useState<readonly File[]>(state.photos);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [summary, setSummary] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState<OutboxEntry | undefined>(undefined);
  const [geo, setGeo] = useState<GeoState>('idle');
  const [cameraDenied, setCameraDenied] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const cameraAnswered = useRef(false);
  const catalogue = useLoader(() => categories.load(), []);
  useStateVersion(state);
  const regions = useMemo(() => regionOptions(ctx.brand), [ctx.brand]);
  const previews = usePreviews(photos);
  const category = catalogue.data?.find((entry) => entry.code === draft.categoryCode);

  const change = (patch: Partial<FormDraft>, field?: FieldName): void => {
    setDraft((current) => ({ ...current, ...patch }));
    state.updateDraft(patch);
    if (field !== undefined && errors[field] !== undefined) {
      setErrors((current) => {
        const next = { ...current };
        Reflect.deleteProperty(next, field);
        return next;
      });
    }
  };

  const changePhotos = (next: readonly File[]): void => {
    const kept = next.slice(0, REPORT_MAX_PHOTOS);
    setPhotos(kept);
    void state.setPhotos(kept);
    const check = checkForm({ ...draft }, kept, [], t);
    const photoError = next.length > REPORT_MAX_PHOTOS ? t.errorPhotoCount(REPORT_MAX_PHOTOS) : check.ok ? undefined : check.errors.photos;
    setErrors((current) => {
      const rest = { ...current };
      Reflect.deleteProperty(rest, 'photos');
      return photoError === undefined ? rest : { ...rest, photos: photoError };
    });
  };

  const onPhotoClick = (event: MouseEvent): void => {
    if (cameraDenied || cameraAnswered.current || ctx.permissions.status('camera') === 'granted') return;
    // Ask for the camera first; the citizen's answer is itself a click, so the picker may open after it.
    event.preventDefault();
    const input = event.currentTarget as HTMLInputElement;
    ctx.permissions.request('camera', 'photo of a citizen report').then(
      () => {
        cameraAnswered.current = true;
        input.click();
      },
      () => {
        cameraAnswered.current = true;
        setCameraDenied(true);
      },
    );
  };

  const onPhotoChange = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = Array.from(input.files ?? []);
    input.value = '';
    if (chosen.length > 0) changePhotos([...state.photos, ...chosen]);
  };

  const locate = async (): Promise<void> => {
    setGeo('locating');
    try {
      await ctx.permissions.request('location', 'geotag of a citizen report');
    } catch {
      setGeo('denied');
      return;
    }
    const geolocation = typeof navigator === 'undefined' ? undefined : (navigator.geolocation as Geolocation | undefined);
    if (geolocation === undefined) {
      setGeo('unavailable');
      return;
    }
    geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude, accuracy } = position.coords;
        change({ point: { lat: latitude, lng: longitude, ...(Number.isFinite(accuracy) ? { accuracy } : {}) } }, 'location');
        setGeo('idle');
      },
      (problem) => {
        setGeo(problem.code === 1 ? 'denied' : 'unavailable');
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const showErrors = (found: Partial<Record<FieldName, string>>): void => {
    setErrors(found);
    const count = Object.keys(found).length;
    setSummary(t.fixErrors(count));
    const first = FIELD_ORDER.find((field) => found[field] !== undefined);
    if (first !== undefined) formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setFailure(undefined);
    // The state holds every change at once, even those not yet rendered.
    const current = state.draft;
    const check = checkForm(current, state.photos, catalogue.data ?? [], t);
    if (!check.ok) {
      showErrors(check.errors);
      return;
    }
    setErrors({});
    setSummary(undefined);
    setBusy(true);
    await state.saveDraft();
    try {
      const label = categoryName(ctx, catalogue.data, current.categoryCode);
      const result = await state.outbox.submit(createReport, { body: check.body }, { label });
      if (result.status === 'sent') {
        state.rememberMine([result.response.ticket]);
        await state.clearDraft();
        await ctx.navigate(modulePath(ctx, `/laporan/${encodeURIComponent(result.response.ticket)}`));
        return;
      }
      await state.rememberPending(result.entry, current);
      await state.clearDraft();
      setDraft({ ...EMPTY_DRAFT });
      setPhotos([]);
      setGeo('idle');
      setQueued(result.entry);
    } catch (error) {
      const found = fieldErrors(problemIssues(error), t);
      if (Object.keys(found).length > 0) showErrors(found);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const queuedNow = queued === undefined ? undefined : (state.entries.find((entry) => entry.id === queued.id) ?? queued);
  const sentNow = queuedNow === undefined ? undefined : sentTicket(queuedNow);
  const describedBy = (field: FieldName, ...more: string[]): string =>
    [...more, ...(errors[field] === undefined ? [] : [ids(`${field}-error`)])].join(' ');
  const fieldError = (field: FieldName): JSX.Element | null =>
    errors[field] === undefined ? null : (
      <p class="gb-aduan-error" id={ids(`${field}-error`)}>
        {errors[field]}
      </p>
    );

  return (
    <div>
      {sentNow !== undefined ? (
        <Notice title={t.sentNow(sentNow)} testId="aduan-sent">
          <Link to={`/laporan/${encodeURIComponent(sentNow)}`}>{t.openReport}</Link>
        </Notice>
      ) : queuedNow !== undefined && queuedNow.state !== 'failed' ? (
        <Notice title={t.queuedTitle} testId="aduan-queued">
          <p>{t.queuedBody}</p>
          <Link to="/saya">{t.myReports}</Link>
        </Notice>
      ) : null}
      {summary === undefined ? null : (
        <Notice kind="alert">
          <p>{summary}</p>
        </Notice>
      )}
      {failure === undefined ? null : (
        <Failure
          error={failure}
          onRetry={() => {
            void submit(new Event('submit'));
          }}
        />
      )}
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <div class="gb-aduan-field">
          <label for={ids('category')}>{t.category}</label>
          <select
            id={ids('category')}
            data-field="category"
            data-testid="aduan-category"
            value={draft.categoryCode}
            aria-invalid={errors.category !== undefined}
            aria-describedby={describedBy('category', ids('category-hint'))}
            onChange={(event) => {
              change({ categoryCode: event.currentTarget.value }, 'category');
            }}
          >
            <option value="">{catalogue.loading && catalogue.data === undefined ? t.loading : t.categoryPlaceholder}</option>
            {(catalogue.data ?? []).map((entry) => (
              <option key={entry.code} value={entry.code}>
                {ctx.i18n.text(entry.name)}
              </option>
            ))}
            {draft.categoryCode !== '' && catalogue.data !== undefined && category === undefined ? (
              <option value={draft.categoryCode}>{draft.categoryCode}</option>
            ) : null}
          </select>
          <p class="gb-aduan-hint" id={ids('category-hint')}>
            {category?.description === undefined ? '' : ctx.i18n.text(category.description)}
            {category?.photoRequired === true ? ` ${t.categoryPhotoRequired}` : ''}
          </p>
          {fieldError('category')}
          {catalogue.error !== undefined && catalogue.data === undefined ? <Failure error={catalogue.error} onRetry={catalogue.reload} /> : null}
        </div>

        <div class="gb-aduan-field">
          <label for={ids('description')}>{t.description}</label>
          <textarea
            id={ids('description')}
            data-field="description"
            data-testid="aduan-description"
            value={draft.description}
            rows={5}
            aria-invalid={errors.description !== undefined}
            aria-describedby={describedBy('description', ids('description-hint'), ids('description-count'))}
            onInput={(event) => {
              change({ description: event.currentTarget.value }, 'description');
            }}
          />
          <p class="gb-aduan-hint" id={ids('description-hint')}>
            {t.descriptionHint(REPORT_DESCRIPTION_MAX_LENGTH)}
          </p>
          <p class="gb-aduan-hint" id={ids('description-count')}>
            {t.descriptionCount(draft.description.length, REPORT_DESCRIPTION_MAX_LENGTH)}
          </p>
          {fieldError('description')}
        </div>

        <div class="gb-aduan-field">
          <label for={ids('photos')}>{t.addPhoto}</label>
          <input
            id={ids('photos')}
            type="file"
            accept="image/*"
            {...(cameraDenied ? {} : { capture: 'environment' })}
            multiple
            data-field="photos"
            data-testid="aduan-photo"
            disabled={photos.length >= REPORT_MAX_PHOTOS}
            aria-invalid={errors.photos !== undefined}
            aria-describedby={describedBy('photos', ids('photos-hint'))}
            onClick={onPhotoClick}
            onChange={onPhotoChange}
          />
          <p class="gb-aduan-hint" id={ids('photos-hint')}>
            {t.photosHint(REPORT_MAX_PHOTOS, PHOTO_MAX_MEGABYTES)} ({photos.length}/{REPORT_MAX_PHOTOS})
          </p>
          {cameraDenied ? <p class="gb-aduan-hint">{t.cameraDenied}</p> : null}
          {fieldError('photos')}
          {photos.length === 0 ? null : (
            <ul class="gb-aduan-photos" aria-label={t.photos}>
              {photos.map((photo, index) => (
                <li key={`${photo.name}-${index}`}>
                  {previews[index] === undefined ? <span>{photo.name}</span> : <img src={previews[index]} alt={t.photoAlt(index + 1)} />}
                  <button
                    type="button"
                    class="gb-aduan-button"
                    onClick={() => {
                      changePhotos(state.photos.filter((_, other) => other !== index));
                    }}
                  >
                    {t.removePhoto(index + 1)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>

        <fieldset class="gb-aduan-field">
          <legend>{t.location}</legend>
          <div class="gb-aduan-row">
            <button
              type="button"
              class="gb-aduan-button"
              data-field="location"
              data-testid="aduan-locate"
              disabled={geo === 'locating'}
              aria-describedby={describedBy('location', ids('location-status'))}
              onClick={() => void locate()}
            >
              {t.useMyLocation}
            </button>
          </div>
          <p class="gb-aduan-hint" id={ids('location-status')} role="status">
            {geo === 'locating'
              ? t.locating
              : geo === 'denied'
                ? t.locationDenied
                : geo === 'unavailable'
                  ? t.locationUnavailable
                  : draft.point === undefined
                    ? ''
                    : t.located(
                        draft.point.lat.toFixed(5),
                        draft.point.lng.toFixed(5),
                        draft.point.accuracy === undefined ? undefined : String(Math.round(draft.point.accuracy)),
                      )}
          </p>
          {fieldError('location')}
          <div class="gb-aduan-field">
            <label for={ids('landmark')}>{t.landmark}</label>
            <input
              id={ids('landmark')}
              type="text"
              data-field="landmark"
              data-testid="aduan-landmark"
              value={draft.landmark}
              autocomplete="off"
              aria-invalid={errors.landmark !== undefined}
              aria-describedby={describedBy('landmark', ids('landmark-hint'))}
              onInput={(event) => {
                change({ landmark: event.currentTarget.value }, 'landmark');
              }}
            />
            <p class="gb-aduan-hint" id={ids('landmark-hint')}>
              {t.landmarkHint}
            </p>
            {fieldError('landmark')}
          </div>
          <div class="gb-aduan-field">
            <label for={ids('region')}>{t.region}</label>
            <select
              id={ids('region')}
              data-field="region"
              data-testid="aduan-region"
              value={draft.regionCode}
              aria-invalid={errors.region !== undefined}
              aria-describedby={describedBy('region')}
              onChange={(event) => {
                change({ regionCode: event.currentTarget.value }, 'region');
              }}
            >
              <option value="">{t.regionPlaceholder}</option>
              {regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </select>
            {fieldError('region')}
          </div>
        </fieldset>

        <div class="gb-aduan-field">
          <label for={ids('visibility')}>{t.visibility}</label>
          <select
            id={ids('visibility')}
            data-field="visibility"
            data-testid="aduan-visibility"
            value={draft.visibility}
            aria-describedby={describedBy('visibility', ids('visibility-hint'))}
            onChange={(event) => {
              change({ visibility: event.currentTarget.value === 'public' ? 'public' : 'private' }, 'visibility');
            }}
          >
            <option value="private">{t.visibilityPrivate}</option>
            <option value="public">{t.visibilityPublic}</option>
          </select>
          <p class="gb-aduan-hint" id={ids('visibility-hint')}>
            {t.visibilityHint}
          </p>
          {fieldError('visibility')}
        </div>

        <div class="gb-aduan-field">
          <div class="gb-aduan-check">
            <input
              id={ids('anonymous')}
              type="checkbox"
              data-testid="aduan-anonymous"
              checked={draft.anonymous}
              aria-describedby={ids('anonymous-hint')}
              onChange={(event) => {
                change({ anonymous: event.currentTarget.checked });
              }}
            />
            <label for={ids('anonymous')}>{t.anonymous}</label>
          </div>
          <p class="gb-aduan-hint" id={ids('anonymous-hint')}>
            {t.anonymousHint}
          </p>
        </div>

        <button type="submit" class="gb-aduan-button gb-aduan-primary gb-aduan-block" data-testid="aduan-submit" disabled={busy}>
          {busy ? t.submitting : t.submit}
        </button>
        <p class="gb-aduan-hint">{t.draftKept}</p>
      </form>
    </div>
  );
}
