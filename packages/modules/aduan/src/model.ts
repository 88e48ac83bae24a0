/**
 * The state of the citizen-reports module that does not draw anything: the tenant's lifecycle,
 * the draft kept in the module's storage, the form's validation against the contract, the
 * reports waiting in the host's outbox, and the reading of the client's errors.
 *
 * @module
 */
import {
  createReport,
  createReportBodySchema,
  defaultReportLifecycle,
  defineReportLifecycle,
  getProvince,
  getRegencies,
  outboxServiceRef,
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_MAX_PHOTOS,
  REPORT_PHOTO_MAX_BYTES,
  validate,
  type CreateReportBody,
  type OutboxEntry,
  type OutboxService,
  type ReportCategory,
  type ReportLifecycle,
} from '@gerbang/contracts';
import type { HostBrand, ModuleContext } from '@gerbang/core';
import type { AduanMessages } from './messages.ts';

/** The fields of the report form, for errors and focus. */
export type FieldName = 'category' | 'description' | 'photos' | 'location' | 'landmark' | 'region' | 'visibility';

/** What the citizen typed and chose, as kept in storage (photos apart). */
export interface FormDraft {
  categoryCode: string;
  description: string;
  landmark: string;
  regionCode: string;
  visibility: 'private' | 'public';
  anonymous: boolean;
  /** The geotag, when the citizen shared the device's location. */
  point?: { lat: number; lng: number; accuracy?: number } | undefined;
}

/** A photo kept in storage between reloads, as a data URL. */
interface StoredPhoto {
  readonly name: string;
  readonly type: string;
  readonly data: string;
}

/** What the module remembers about a report waiting in the outbox, by entry id. */
export interface PendingReport {
  readonly categoryCode: string;
  readonly description: string;
  readonly createdAt: number;
}

/** The draft of an empty form. */
export const EMPTY_DRAFT: FormDraft = {
  categoryCode: '',
  description: '',
  landmark: '',
  regionCode: '',
  visibility: 'private',
  anonymous: false,
};

const DRAFT_KEY = 'draft';
const DRAFT_PHOTOS_KEY = 'draft-photos';
const PENDING_KEY = 'pending';
const MINE_KEY = 'mine';
/** Photos are kept across reloads only up to this total, so that storage quotas are not hit. */
const MAX_STORED_PHOTO_BYTES = 3 * 1024 * 1024;

/** The largest photo accepted, in whole megabytes, for messages. */
export const PHOTO_MAX_MEGABYTES = Math.round(REPORT_PHOTO_MAX_BYTES / (1024 * 1024));

/**
 * The tenant's report lifecycle: the default one with the labels and colours of the brand's
 * `reportStatuses`.
 */
export function lifecycleFor(brand: HostBrand | undefined, warn: (message: string) => void): ReportLifecycle {
  const states = brand?.reportStatuses;
  if (states === undefined) return defaultReportLifecycle;
  try {
    return defineReportLifecycle({ states });
  } catch (error) {
    warn(`the brand's reportStatuses are invalid, the default labels are used: ${error instanceof Error ? error.message : String(error)}`);
    return defaultReportLifecycle;
  }
}

/** A region the citizen can pick: a regency or city of the brand's province, or the province. */
export interface RegionOption {
  readonly code: string;
  readonly name: string;
}

/** The regions of the brand's province for the picker: its regencies and cities, else the province itself. */
export function regionOptions(brand: HostBrand | undefined): readonly RegionOption[] {
  if (brand === undefined) return [];
  const regencies = getRegencies(brand.provinceCode);
  if (regencies !== undefined && regencies.length > 0) return regencies.map((regency) => ({ code: regency.code, name: regency.name }));
  const province = getProvince(brand.provinceCode);
  return province === undefined ? [] : [{ code: province.code, name: province.name }];
}

/** The reason of a failed request, as the module tells them apart (by the client's `error.code`). */
export type FailureKind =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'not-found'
  | 'sign-in'
  | 'forbidden'
  | 'conflict'
  | 'invalid'
  | 'rate-limited'
  | 'server'
  | 'unknown';

/** Reads a client error by its stable `code` and `status`, without importing the client. */
export function failureKind(error: unknown): FailureKind {
  const { code, status } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; status?: unknown };
  if (code === 'offline') return 'offline';
  if (code === 'network-error' || code === 'circuit-open') return 'network';
  if (code === 'timeout') return 'timeout';
  if (code === 'contract-violation') return 'invalid';
  if (code !== 'http-error' || typeof status !== 'number') return 'unknown';
  if (status === 401) return 'sign-in';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'invalid';
  if (status === 429) return 'rate-limited';
  return status >= 500 ? 'server' : 'unknown';
}

/** The sentence shown for a failed request. */
export function failureText(error: unknown, t: AduanMessages): string {
  switch (failureKind(error)) {
    case 'offline':
      return t.errorOffline;
    case 'network':
      return t.errorNetwork;
    case 'timeout':
      return t.errorTimeout;
    case 'not-found':
      return t.errorNotFound;
    case 'sign-in':
      return t.errorSignIn;
    case 'forbidden':
      return t.errorForbidden;
    case 'conflict':
      return t.errorConflict;
    case 'rate-limited':
      return t.errorRateLimited;
    case 'server':
      return t.errorServer;
    default:
      return t.errorUnknown;
  }
}

/** The issues of a 422 problem from the back end, if the error carries them. */
export function problemIssues(error: unknown): readonly { readonly path: readonly (string | number)[]; readonly code?: string }[] {
  const problem = (error as { problem?: { issues?: unknown } } | null)?.problem;
  const issues = problem?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is { path: (string | number)[]; code?: string } =>
      typeof issue === 'object' && issue !== null && Array.isArray((issue as { path?: unknown }).path),
  );
}

/**
 * Maps validation issues (from the contract's schema, or a 422 from the back end) to the form's
 * fields, one message each.
 */
export function fieldErrors(
  issues: readonly { readonly path: readonly (string | number)[]; readonly code?: string | undefined; readonly message?: string | undefined }[],
  t: AduanMessages,
): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  const set = (field: FieldName, message: string): void => {
    errors[field] ??= message;
  };
  for (const issue of issues) {
    const [first, second, third] = issue.path;
    if (first === 'photos') {
      if (second === undefined) set('photos', issue.code === 'too_small' ? t.errorPhotoRequired : t.errorPhotoCount(REPORT_MAX_PHOTOS));
      else set('photos', issue.code === 'too_big' ? t.errorPhotoSize(PHOTO_MAX_MEGABYTES) : t.errorPhotoType);
      continue;
    }
    if (first !== 'report') continue;
    if (second === 'categoryCode') set('category', t.errorCategory);
    else if (second === 'description') set('description', issue.code === 'custom' && issue.message?.includes('at most') === true ? t.errorDescriptionLong(REPORT_DESCRIPTION_MAX_LENGTH) : t.errorDescriptionEmpty);
    else if (second === 'visibility' || second === 'anonymous') set('visibility', t.errorInvalid);
    else if (second === 'location') {
      // The contract names the landmark when neither a geotag nor a landmark places the report.
      if (third === 'landmark') set(issue.message?.includes('no point') === true ? 'location' : 'landmark', issue.message?.includes('no point') === true ? t.errorLocationPoint : t.errorLandmark);
      else if (third === 'regionCode') set('region', t.errorRegion);
      else set('location', t.errorLocationPoint);
    }
  }
  return errors;
}

/** The body of `POST /reports` built from the form, before validation. */
export function toRequestBody(draft: FormDraft, photos: readonly File[]): unknown {
  const landmark = draft.landmark.trim();
  return {
    report: {
      categoryCode: draft.categoryCode,
      description: draft.description,
      location: {
        ...(draft.point === undefined ? {} : { point: { lat: draft.point.lat, lng: draft.point.lng } }),
        ...(landmark === '' ? {} : { landmark }),
        regionCode: draft.regionCode,
      },
      visibility: draft.visibility,
      anonymous: draft.anonymous,
      channel: 'app',
    },
    ...(photos.length === 0 ? {} : { photos: [...photos] }),
  };
}

/** The outcome of {@link checkForm}: the body to send, or the message of each bad field. */
export type FormCheck =
  | { readonly ok: true; readonly body: CreateReportBody }
  | { readonly ok: false; readonly errors: Partial<Record<FieldName, string>> };

/**
 * Checks the form with the contract's own schema (`createReportBodySchema`), plus the category's
 * photo rule and the location (a geotag or a landmark), and says what is wrong next to each field.
 */
export function checkForm(draft: FormDraft, photos: readonly File[], categories: readonly ReportCategory[], t: AduanMessages): FormCheck {
  const result = validate(createReportBodySchema, toRequestBody(draft, photos), { subject: 'report' });
  const errors = result.success ? {} : fieldErrors(result.error.issues, t);
  const category = categories.find((entry) => entry.code === draft.categoryCode);
  if (category?.photoRequired === true && photos.length === 0) errors.photos ??= t.errorPhotoRequired;
  // The contract checks the location as a whole only once its fields are valid; say it at once.
  if (draft.point === undefined && draft.landmark.trim() === '') errors.location ??= t.errorLocationPoint;
  if (result.success && Object.keys(errors).length === 0) return { ok: true, body: result.data };
  // A schema failure that maps to no field still blocks the submission.
  if (Object.keys(errors).length === 0) errors.description = t.errorInvalid;
  return { ok: false, errors };
}

/** Reads a file as a data URL, to keep a photo across reloads. */
function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('the photo could not be read'));
    };
    reader.readAsDataURL(file);
  });
}

/** Turns a stored data URL back into a file. */
function fromDataUrl(photo: StoredPhoto): File | undefined {
  const comma = photo.data.indexOf(',');
  if (!photo.data.startsWith('data:') || comma < 0 || !photo.data.slice(0, comma).endsWith(';base64')) return undefined;
  try {
    const binary = atob(photo.data.slice(comma + 1));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return new File([bytes], photo.name, { type: photo.type });
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads a stored draft defensively: an older module version may have stored another shape. */
function readDraft(value: unknown): FormDraft | undefined {
  if (!isRecord(value)) return undefined;
  const point = value.point;
  const validPoint = isRecord(point) && typeof point.lat === 'number' && typeof point.lng === 'number';
  return {
    categoryCode: text(value.categoryCode),
    description: text(value.description),
    landmark: text(value.landmark),
    regionCode: text(value.regionCode),
    visibility: value.visibility === 'public' ? 'public' : 'private',
    anonymous: value.anonymous === true,
    ...(validPoint
      ? { point: { lat: point.lat as number, lng: point.lng as number, ...(typeof point.accuracy === 'number' ? { accuracy: point.accuracy } : {}) } }
      : {}),
  };
}

/** A listener of {@link AduanState} changes. */
type Listener = () => void;

/**
 * The module's shared state for one activation: the draft, the reports waiting in the outbox,
 * and which tickets are the citizen's own. Views read it and subscribe to it.
 */
export class AduanState {
  readonly #ctx: ModuleContext;
  readonly #listeners = new Set<Listener>();
  #outbox: OutboxService | undefined;
  #entries: readonly OutboxEntry[] = [];
  #pending: Record<string, PendingReport> = {};
  #mine = new Set<string>();
  #draft: FormDraft = { ...EMPTY_DRAFT };
  #photos: File[] = [];
  #writes: Promise<void> = Promise.resolve();
  /** Bumped when a queued report was sent, so that lists reload. */
  #sentVersion = 0;
  /** The tenant's lifecycle. */
  readonly lifecycle: ReportLifecycle;
  /** Resolves once the stored draft and outbox entries are read. */
  readonly ready: Promise<void>;

  constructor(ctx: ModuleContext) {
    this.#ctx = ctx;
    this.lifecycle = lifecycleFor(ctx.brand, (message) => {
      ctx.logger.warn(message);
    });
    this.ready = this.#load();
  }

  /** The host's outbox, fetched on first use. */
  get outbox(): OutboxService {
    this.#outbox ??= this.#ctx.services.get(outboxServiceRef);
    return this.#outbox;
  }

  async #load(): Promise<void> {
    const storage = this.#ctx.storage;
    const [draft, photos, pending, mine] = await Promise.all([
      storage.get(DRAFT_KEY).catch(() => undefined),
      storage.get(DRAFT_PHOTOS_KEY).catch(() => undefined),
      storage.get(PENDING_KEY).catch(() => undefined),
      storage.get(MINE_KEY).catch(() => undefined),
    ]);
    this.#draft = readDraft(draft) ?? { ...EMPTY_DRAFT };
    if (Array.isArray(photos)) {
      this.#photos = photos
        .filter((photo): photo is StoredPhoto => isRecord(photo) && typeof photo.data === 'string' && typeof photo.name === 'string' && typeof photo.type === 'string')
        .map(fromDataUrl)
        .filter((file): file is File => file !== undefined)
        .slice(0, REPORT_MAX_PHOTOS);
    }
    if (isRecord(pending)) this.#pending = pending as Record<string, PendingReport>;
    if (Array.isArray(mine)) this.#mine = new Set(mine.filter((ticket): ticket is string => typeof ticket === 'string'));
    const unsubscribe = this.outbox.subscribe((entries) => {
      this.#receive(entries);
    });
    this.#ctx.onDispose(unsubscribe);
    this.#receive(await this.outbox.entries());
  }

  /** Takes the outbox's entries: keeps the reports, and notes the ones that were just sent. */
  #receive(entries: readonly OutboxEntry[]): void {
    const reports = entries.filter((entry) => entry.endpointId === createReport.id);
    let sent = false;
    for (const entry of reports) {
      const ticket = sentTicket(entry);
      if (ticket !== undefined && !this.#mine.has(ticket)) {
        this.rememberMine([ticket]);
        sent = true;
      }
    }
    const known = new Set(reports.map((entry) => entry.id));
    const stale = Object.keys(this.#pending).filter((id) => !known.has(id));
    if (stale.length > 0) {
      for (const id of stale) Reflect.deleteProperty(this.#pending, id);
      void this.#ctx.storage.set(PENDING_KEY, this.#pending).catch(() => undefined);
    }
    if (sent || stale.length > 0) this.#sentVersion++;
    this.#entries = reports;
    this.#emit();
  }

  /** Calls `listener` on every change; returns how to stop. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  /** The reports in the outbox, oldest first. */
  get entries(): readonly OutboxEntry[] {
    return this.#entries;
  }

  /** A counter that grows whenever a queued report was sent or dropped, so that lists reload. */
  get sentVersion(): number {
    return this.#sentVersion;
  }

  /** What the module remembers about a queued report. */
  pendingOf(id: string): PendingReport | undefined {
    return this.#pending[id];
  }

  /** Whether a ticket is one of the citizen's own reports. */
  isMine(ticket: string): boolean {
    return this.#mine.has(ticket);
  }

  /** Notes tickets as the citizen's own (for the rating button). */
  rememberMine(tickets: readonly string[]): void {
    const before = this.#mine.size;
    for (const ticket of tickets) this.#mine.add(ticket);
    if (this.#mine.size !== before) void this.#ctx.storage.set(MINE_KEY, [...this.#mine].slice(-500)).catch(() => undefined);
  }

  /** The draft of the form. */
  get draft(): FormDraft {
    return this.#draft;
  }

  /** The photos of the form. */
  get photos(): readonly File[] {
    return this.#photos;
  }

  /** Changes the draft and keeps it in storage at once, so that a reload keeps every keystroke. */
  updateDraft(change: Partial<FormDraft>): void {
    this.#draft = { ...this.#draft, ...change };
    void this.saveDraft();
  }

  /** Writes the draft to storage; writes happen in order, so that the last one wins. */
  saveDraft(): Promise<void> {
    const snapshot = this.#draft;
    this.#writes = this.#writes.then(() =>
      this.#ctx.storage.set(DRAFT_KEY, snapshot).catch((error: unknown) => {
        this.#ctx.logger.warn('the report draft could not be stored', { error: error instanceof Error ? error.message : String(error) });
      }),
    );
    return this.#writes;
  }

  /** Replaces the photos, and keeps them in storage when they are small enough. */
  async setPhotos(photos: readonly File[]): Promise<void> {
    this.#photos = [...photos];
    const total = photos.reduce((sum, photo) => sum + photo.size, 0);
    let stored: StoredPhoto[] | undefined;
    if (total <= MAX_STORED_PHOTO_BYTES) {
      try {
        stored = await Promise.all(photos.map(async (photo) => ({ name: photo.name, type: photo.type, data: await readAsDataUrl(photo) })));
      } catch {
        stored = undefined;
      }
    }
    // The citizen may have changed the photos while they were read: only the newest are written.
    if (this.#photos.length !== photos.length || this.#photos.some((photo, index) => photo !== photos[index])) return;
    const storage = this.#ctx.storage;
    this.#writes = this.#writes.then(() =>
      // Too large or unreadable: the photos stay in memory, only their copy across reloads is lost.
      (stored === undefined || stored.length === 0 ? storage.delete(DRAFT_PHOTOS_KEY) : storage.set(DRAFT_PHOTOS_KEY, stored)).catch(() => undefined),
    );
    await this.#writes;
  }

  /** Empties the form and its stored copy, once the report is sent or queued. */
  async clearDraft(): Promise<void> {
    this.#draft = { ...EMPTY_DRAFT };
    this.#photos = [];
    this.#writes = this.#writes.then(() =>
      Promise.all([this.#ctx.storage.delete(DRAFT_KEY), this.#ctx.storage.delete(DRAFT_PHOTOS_KEY)]).then(
        () => undefined,
        () => undefined,
      ),
    );
    await this.#writes;
  }

  /** Remembers what a queued report is about, to list it before it is sent. */
  async rememberPending(entry: OutboxEntry, draft: FormDraft): Promise<void> {
    this.#pending = {
      ...this.#pending,
      [entry.id]: { categoryCode: draft.categoryCode, description: draft.description.slice(0, 200), createdAt: entry.createdAt },
    };
    if (!this.#entries.some((known) => known.id === entry.id)) this.#entries = [...this.#entries, entry];
    this.#emit();
    await this.#ctx.storage.set(PENDING_KEY, this.#pending).catch(() => undefined);
  }
}

/** The ticket of a report the outbox has sent, if the entry holds its response. */
export function sentTicket(entry: OutboxEntry): string | undefined {
  if (entry.state !== 'sent') return undefined;
  const response = entry.response as { ticket?: unknown } | undefined;
  return typeof response?.ticket === 'string' ? response.ticket : undefined;
}
