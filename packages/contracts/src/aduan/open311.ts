/**
 * Open311 GeoReport v2, the international standard for civic issue reports (FixMyStreet,
 * SeeClickFix), mapped both ways onto Gerbang's reports: services and categories, service
 * requests and reports, the `open`/`closed` statuses, the form-encoded POST body with its
 * `attribute[code]` and `attribute[code][]` fields, and Open311's error arrays and RFC 9457
 * problem details.
 *
 * Open311's own examples write ids as bare numbers with leading zeros (`"service_code":001`),
 * which is not valid JSON and which `JSON.parse` would turn into `1`. Ids are therefore strings
 * everywhere here, and {@link parseOpen311Json} reads such documents without losing the zeros.
 *
 * @module
 */
import type { ProblemDetails } from '../problem.ts';
import { FORBIDDEN_KEYS, formatPath, validate } from '../validation.ts';
import { defaultReportLifecycle, REPORT_STATUSES, type Open311Status, type ReportLifecycle, type ReportStatus } from './lifecycle.ts';
import { REPORT_DESCRIPTION_MAX_LENGTH, reportDraftSchema, type Report, type ReportCategory, type ReportDraft } from './schema.ts';

/** An Open311 service: one kind of request a city takes, Gerbang's report category. */
export interface Open311Service {
  /** The unique id of the service, a string (leading zeros kept). */
  readonly service_code: string;
  /** The name of the service. */
  readonly service_name: string;
  /** A description of the service. */
  readonly description?: string;
  /** Whether the service has a definition with extra attributes (`GET /services/{code}`). */
  readonly metadata: boolean;
  /** `realtime` (a request id at once), `batch` (a token first) or `blackbox` (no tracking). */
  readonly type: 'realtime' | 'batch' | 'blackbox';
  /** Comma-separated keywords. */
  readonly keywords?: string;
  /** The group the service is listed under. */
  readonly group?: string;
}

/** An Open311 service request, as `GET /requests` returns it. */
export interface Open311ServiceRequest {
  /** The request id, a string (leading zeros kept); Gerbang's ticket number. */
  readonly service_request_id: string;
  /** `open` or `closed`. */
  readonly status: Open311Status;
  /** An explanation of the status, public. */
  readonly status_notes?: string;
  /** The service's name. */
  readonly service_name?: string;
  /** The service's code. */
  readonly service_code: string;
  /** The citizen's description. */
  readonly description?: string;
  /** The agency responsible. */
  readonly agency_responsible?: string;
  /** Information about the request's handling. */
  readonly service_notice?: string;
  /** When the request was made, with an offset. */
  readonly requested_datetime?: string;
  /** When the request last changed, with an offset. */
  readonly updated_datetime?: string;
  /** When the request is expected to be handled, with an offset. */
  readonly expected_datetime?: string;
  /** A human-readable address. */
  readonly address?: string;
  /** The id of the address in the city's address registry. */
  readonly address_id?: string;
  /** The postal code. */
  readonly zipcode?: string;
  /** Latitude, WGS 84. */
  readonly lat?: number;
  /** Longitude, WGS 84. */
  readonly long?: number;
  /** A URL to a photo of the request. */
  readonly media_url?: string;
}

/** The form-encoded body of Open311's `POST /requests`, decoded. */
export interface Open311RequestForm {
  /** The service. */
  readonly service_code: string;
  /** Latitude, WGS 84; with `long`. */
  readonly lat?: number;
  /** Longitude, WGS 84; with `lat`. */
  readonly long?: number;
  /** A human-readable address. */
  readonly address_string?: string;
  /** The id of the address in the city's address registry. */
  readonly address_id?: string;
  /** The values of the service's attributes, by attribute code; each a list (one item for a single value). */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  /** The requester's email. */
  readonly email?: string;
  /** The requester's device id. */
  readonly device_id?: string;
  /** The requester's account id. */
  readonly account_id?: string;
  /** The requester's first name. */
  readonly first_name?: string;
  /** The requester's last name. */
  readonly last_name?: string;
  /** The requester's phone number. */
  readonly phone?: string;
  /** The description, at most 4000 characters. */
  readonly description?: string;
  /** A URL to a photo. */
  readonly media_url?: string;
  /** The API key of the client, if it sent one. */
  readonly api_key?: string;
  /** The jurisdiction, on multi-jurisdiction endpoints. */
  readonly jurisdiction_id?: string;
}

/** One Open311 error: a code (usually the HTTP status) and a description. */
export interface Open311Error {
  /** The error code; Open311 servers send the HTTP status, as a number. */
  readonly code: number | string;
  /** What went wrong. */
  readonly description: string;
}

/** The outcome of an Open311 reader: the value, or Open311 errors that say what was wrong. */
export type Open311Result<T> =
  | { readonly ok: true; readonly value: T; readonly errors?: undefined }
  | { readonly ok: false; readonly value?: undefined; readonly errors: readonly Open311Error[] };

const ID_MEMBERS = ['service_code', 'service_request_id', 'token', 'address_id', 'account_id', 'zipcode', 'jurisdiction_id'];
const STRING_MEMBERS = ['email', 'device_id', 'first_name', 'last_name', 'phone', 'description', 'media_url', 'api_key', 'address_string'] as const;

/**
 * Reads an Open311 JSON document without losing the leading zeros of ids written as bare numbers
 * (`"service_code":001`, as in Open311's own examples): such numbers in id members
 * (`service_code`, `service_request_id`, `token`, `address_id`, `account_id`, `zipcode`,
 * `jurisdiction_id`) are read as strings. Never throws.
 *
 * @param text - The JSON text of an Open311 response.
 * @example
 * ```ts
 * parseOpen311Json('[{"service_code":001,"service_name":"Cans left out 24x7"}]');
 * // { ok: true, value: [{ service_code: '001', service_name: 'Cans left out 24x7' }] }
 * ```
 */
export function parseOpen311Json(text: string): Open311Result<unknown> {
  const members = ID_MEMBERS.join('|');
  const quoted = text.replace(
    new RegExp(`((?:^|[^\\\\])"(?:${members})"\\s*:\\s*)(-?\\d[\\d.eE+-]*)`, 'g'),
    (_whole, head: string, digits: string) => `${head}"${digits}"`,
  );
  try {
    return { ok: true, value: JSON.parse(quoted) as unknown };
  } catch (cause) {
    return { ok: false, errors: [{ code: 400, description: `not valid JSON: ${cause instanceof Error ? cause.message : 'unreadable'}` }] };
  }
}

/**
 * Writes a report category as an Open311 service.
 *
 * @param category - A report category.
 * @param options - The language of the name and description (`id` by default).
 */
export function categoryToOpen311Service(category: ReportCategory, options: { readonly language?: 'id' | 'en' } = {}): Open311Service {
  const language = options.language ?? 'id';
  const description = category.description === undefined ? undefined : (category.description[language] ?? category.description.id);
  return {
    service_code: category.code,
    service_name: category.name[language] ?? category.name.id,
    ...(description === undefined ? {} : { description }),
    metadata: false,
    type: 'realtime',
    ...(category.keywords === undefined || category.keywords.length === 0 ? {} : { keywords: category.keywords.join(', ') }),
    ...(category.group === undefined ? {} : { group: category.group }),
  };
}

/**
 * Reads an Open311 service (from {@link parseOpen311Json} or any JSON) as a report category.
 * Numeric codes are turned into strings; read the JSON with {@link parseOpen311Json} to keep
 * their leading zeros.
 *
 * @param service - One item of an Open311 service list.
 * @param defaults - The jurisdiction of the category (Open311 has none).
 */
export function open311ServiceToCategory(
  service: unknown,
  defaults: { readonly jurisdiction?: ReportCategory['jurisdiction'] } = {},
): Open311Result<ReportCategory> {
  const source = asRecord(service);
  const code = readId(source['service_code']);
  const name = readString(source['service_name']);
  const errors: Open311Error[] = [];
  if (code === undefined) errors.push({ code: 400, description: 'service_code is required' });
  if (name === undefined) errors.push({ code: 400, description: 'service_name is required' });
  if (code === undefined || name === undefined) return { ok: false, errors };
  const description = readString(source['description']);
  const group = readString(source['group']);
  const keywords = (readString(source['keywords']) ?? '')
    .split(',')
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
  return {
    ok: true,
    value: {
      code,
      name: { id: name },
      ...(description === undefined ? {} : { description: { id: description } }),
      ...(group === undefined ? {} : { group }),
      ...(keywords.length === 0 ? {} : { keywords }),
      jurisdiction: defaults.jurisdiction ?? 'province',
      photoRequired: false,
      active: true,
    },
  };
}

/**
 * The Open311 status of a report state, from the tenant's lifecycle.
 *
 * @param status - A report state.
 * @param lifecycle - The tenant's lifecycle.
 * @example
 * ```ts
 * toOpen311Status('in_progress'); // 'open'
 * toOpen311Status('done'); // 'closed'
 * ```
 */
export function toOpen311Status(status: ReportStatus, lifecycle: ReportLifecycle = defaultReportLifecycle): Open311Status {
  return lifecycle.states[status].open311;
}

/**
 * The report states that an Open311 status stands for, in lifecycle order: a filter such as
 * `GET /requests?status=open` becomes these states.
 *
 * @param status - `open` or `closed`.
 * @param lifecycle - The tenant's lifecycle.
 */
export function fromOpen311Status(status: Open311Status, lifecycle: ReportLifecycle = defaultReportLifecycle): ReportStatus[] {
  return REPORT_STATUSES.filter((state) => lifecycle.states[state].open311 === status);
}

/** Options of {@link reportToOpen311Request}. */
export interface ReportToOpen311Options {
  /**
   * The tenant's lifecycle, for the `open`/`closed` mapping.
   * @default defaultReportLifecycle
   */
  readonly lifecycle?: ReportLifecycle;
  /**
   * The category catalogue, for `service_name`.
   * @default [] (no service_name)
   */
  readonly categories?: readonly ReportCategory[];
  /**
   * The language of `service_name`.
   * @default 'id'
   */
  readonly language?: 'id' | 'en';
}

/**
 * Writes a report as an Open311 service request. Only public information goes out: the latest
 * public note becomes `status_notes`; internal notes and the reporter never appear.
 *
 * @param report - A report.
 * @param options - The lifecycle, the category catalogue and the language.
 */
export function reportToOpen311Request(report: Report, options: ReportToOpen311Options = {}): Open311ServiceRequest {
  const category = options.categories?.find((candidate) => candidate.code === report.categoryCode);
  const language = options.language ?? 'id';
  const publicNote = [...report.history].reverse().find((change) => change.note?.visibility === 'public')?.note?.text;
  const address = report.location.address ?? report.location.landmark;
  const photo = report.photos[0]?.url;
  return {
    service_request_id: report.ticket,
    status: toOpen311Status(report.status, options.lifecycle),
    ...(publicNote === undefined ? {} : { status_notes: publicNote }),
    ...(category === undefined ? {} : { service_name: category.name[language] ?? category.name.id }),
    service_code: report.categoryCode,
    description: report.description,
    ...(report.routing.agency === undefined ? {} : { agency_responsible: report.routing.agency.name }),
    requested_datetime: report.createdAt,
    updated_datetime: report.updatedAt,
    ...(report.deadline === undefined ? {} : { expected_datetime: report.deadline }),
    ...(address === undefined ? {} : { address }),
    ...(report.location.point === undefined ? {} : { lat: report.location.point.lat, long: report.location.point.lng }),
    ...(photo === undefined ? {} : { media_url: photo }),
  };
}

/**
 * Decodes the `application/x-www-form-urlencoded` body of Open311's `POST /requests`. Attributes
 * come as `attribute[CODE]=value` (one value) or `attribute[CODE][]=value`, repeated (several
 * values); both give a list. Never throws: a body that breaks the specification gives Open311
 * errors (code 400), all of them at once.
 *
 * @param body - The raw body, or its parsed `URLSearchParams`.
 * @example
 * ```ts
 * decodeOpen311RequestForm('service_code=001&lat=37.76524078&long=-122.4212043&attribute[WHISHETN][]=123&attribute[WHISHETN][]=124');
 * // { ok: true, value: { service_code: '001', lat: 37.76524078, long: -122.4212043, attributes: { WHISHETN: ['123', '124'] } } }
 * ```
 */
export function decodeOpen311RequestForm(body: string | URLSearchParams): Open311Result<Open311RequestForm> {
  const params = typeof body === 'string' ? new URLSearchParams(body) : body;
  const errors: Open311Error[] = [];
  const fail = (description: string): void => {
    errors.push({ code: 400, description });
  };
  const scalars = new Map<string, string>();
  const attributes: Record<string, string[]> = {};
  for (const [key, value] of params) {
    const attribute = /^attribute\[([^\]]*)\](\[\])?$/.exec(key);
    if (attribute !== null) {
      const code = attribute[1] ?? '';
      if (code === '' || FORBIDDEN_KEYS.includes(code)) {
        fail(`the attribute code ${JSON.stringify(code)} is not allowed`);
        continue;
      }
      (Object.hasOwn(attributes, code) ? attributes[code]! : (attributes[code] = [])).push(value);
    } else if (!scalars.has(key)) {
      scalars.set(key, value);
    }
  }

  const serviceCode = nonEmpty(scalars.get('service_code'));
  if (serviceCode === undefined) fail('service_code is required');
  const lat = readCoordinate(scalars.get('lat'), 'lat', 90, fail);
  const long = readCoordinate(scalars.get('long'), 'long', 180, fail);
  if ((lat === undefined) !== (long === undefined) && errors.length === 0) fail('lat and long must be given together');
  const form: Record<string, unknown> = { service_code: serviceCode ?? '', attributes };
  if (lat !== undefined && long !== undefined) {
    form['lat'] = lat;
    form['long'] = long;
  }
  for (const name of [...STRING_MEMBERS, 'account_id', 'address_id', 'jurisdiction_id']) {
    const value = nonEmpty(scalars.get(name));
    if (value !== undefined) form[name] = value;
  }
  if (form['lat'] === undefined && form['address_string'] === undefined && form['address_id'] === undefined) {
    fail('a location is required: lat and long, address_string or address_id');
  }
  const description = form['description'];
  if (typeof description === 'string' && description.length > REPORT_DESCRIPTION_MAX_LENGTH) {
    fail(`description must be at most ${REPORT_DESCRIPTION_MAX_LENGTH} characters`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: form as unknown as Open311RequestForm };
}

/**
 * Encodes an Open311 `POST /requests` body, `application/x-www-form-urlencoded`. An attribute with
 * one value is written `attribute[CODE]=value`, one with several `attribute[CODE][]=value` per
 * value, as the specification's examples do.
 *
 * @param form - The request.
 * @example
 * ```ts
 * encodeOpen311RequestForm({ service_code: '001', lat: -5.4, long: 105.26, attributes: { WHISHETN: ['123'] } });
 * // 'service_code=001&lat=-5.4&long=105.26&attribute%5BWHISHETN%5D=123'
 * ```
 */
export function encodeOpen311RequestForm(form: Open311RequestForm): string {
  const params = new URLSearchParams();
  params.append('service_code', form.service_code);
  if (form.lat !== undefined && form.long !== undefined) {
    params.append('lat', String(form.lat));
    params.append('long', String(form.long));
  }
  if (form.address_string !== undefined) params.append('address_string', form.address_string);
  if (form.address_id !== undefined) params.append('address_id', form.address_id);
  for (const [code, values] of Object.entries(form.attributes)) {
    if (values.length === 1) params.append(`attribute[${code}]`, values[0]!);
    else for (const value of values) params.append(`attribute[${code}][]`, value);
  }
  for (const name of ['email', 'device_id', 'account_id', 'first_name', 'last_name', 'phone', 'description', 'media_url', 'api_key', 'jurisdiction_id'] as const) {
    const value = form[name];
    if (value !== undefined) params.append(name, value);
  }
  return params.toString();
}

/** Options of {@link open311RequestToReportDraft}. */
export interface Open311ToReportOptions {
  /**
   * The Kemendagri code of the region the request is in (Open311 carries none): the brand's
   * province, or a finer code the back end found from the point.
   * @example '18.71'
   */
  readonly regionCode: string;
  /**
   * The visibility of the new report.
   * @default 'public' (Open311 requests are public by design)
   */
  readonly visibility?: 'private' | 'public';
}

/**
 * Reads one service request of an Open311 `GET /requests` response (from {@link parseOpen311Json}
 * or any JSON): ids become strings, `null` members are left out, and `status` must be `open` or
 * `closed`. Never throws.
 *
 * @param value - One item of the response array.
 * @example
 * ```ts
 * const requests = parseOpen311Json(text);
 * const first = readOpen311ServiceRequest((requests.value as unknown[])[0]);
 * first.value?.service_request_id; // '638344'
 * ```
 */
export function readOpen311ServiceRequest(value: unknown): Open311Result<Open311ServiceRequest> {
  const source = asRecord(value);
  const errors: Open311Error[] = [];
  const id = readId(source['service_request_id']);
  const serviceCode = readId(source['service_code']);
  const status = source['status'];
  if (id === undefined) errors.push({ code: 400, description: 'service_request_id is required' });
  if (serviceCode === undefined) errors.push({ code: 400, description: 'service_code is required' });
  if (status !== 'open' && status !== 'closed') errors.push({ code: 400, description: 'status must be "open" or "closed"' });
  const request: Record<string, unknown> = { service_request_id: id, status, service_code: serviceCode };
  for (const name of ['status_notes', 'service_name', 'description', 'agency_responsible', 'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'media_url']) {
    const text = readString(source[name]);
    if (text !== undefined) request[name] = text;
  }
  for (const name of ['address_id', 'zipcode']) {
    const text = readId(source[name]);
    if (text !== undefined) request[name] = text;
  }
  for (const [name, limit] of [['lat', 90], ['long', 180]] as const) {
    const coordinate = source[name];
    if (coordinate === undefined || coordinate === null) continue;
    if (typeof coordinate === 'number' && Number.isFinite(coordinate) && Math.abs(coordinate) <= limit) request[name] = coordinate;
    else errors.push({ code: 400, description: `${name} must be a number from -${limit} to ${limit}` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: request as unknown as Open311ServiceRequest };
}

/**
 * Turns an Open311 request into the draft of a Gerbang report, with channel `open311`: a decoded
 * `POST /requests` body (from {@link decodeOpen311RequestForm}), or a service request read from
 * another Open311 server (from {@link readOpen311ServiceRequest}). The request carries `lat` and
 * `long`, an address, or both: the point becomes the geotag and the address the landmark. A request without
 * requester details (email, name, phone, account) is anonymous. Failures are Open311 errors (code
 * 400), one per invalid field, ready to send back.
 *
 * @param request - The decoded body or the service request.
 * @param options - The region code and the visibility.
 */
export function open311RequestToReportDraft(request: Open311RequestForm | Open311ServiceRequest, options: Open311ToReportOptions): Open311Result<ReportDraft> {
  const form: Partial<Open311RequestForm> & { readonly address?: string } = request;
  const anonymous = [form.email, form.first_name, form.last_name, form.phone, form.account_id].every((value) => value === undefined);
  const address = form.address_string ?? form.address;
  const result = validate(
    reportDraftSchema,
    {
      categoryCode: request.service_code,
      description: form.description ?? '',
      location: {
        ...(form.lat === undefined || form.long === undefined ? {} : { point: { lat: form.lat, lng: form.long } }),
        ...(address === undefined ? {} : { landmark: address.slice(0, 300) }),
        regionCode: options.regionCode,
      },
      visibility: options.visibility ?? 'public',
      anonymous,
      channel: 'open311',
    },
    { subject: 'Open311 service request' },
  );
  if (result.success) return { ok: true, value: result.data };
  const names: Record<string, string> = { categoryCode: 'service_code', 'location.point.lat': 'lat', 'location.point.lng': 'long', 'location.landmark': 'address_string' };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const path = formatPath(issue.path);
      return { code: 400, description: `${names[path] ?? path}: ${issue.message}` };
    }),
  };
}

/**
 * Turns an Open311 error array into an RFC 9457 problem: `status` is the HTTP status of the
 * response, `title` the first description, `detail` every description, and the original array
 * stays in the `errors` extension member.
 *
 * @param errors - The Open311 errors, such as `[{ code: 403, description: 'Invalid api_key' }]`.
 * @param status - The HTTP status of the response.
 * @example
 * ```ts
 * open311ErrorsToProblem([{ code: 403, description: 'Invalid api_key received' }], 403);
 * // { type: 'about:blank', status: 403, title: 'Invalid api_key received', detail: 'Invalid api_key received',
 * //   errors: [{ code: 403, description: 'Invalid api_key received' }] }
 * ```
 */
export function open311ErrorsToProblem(errors: readonly Open311Error[], status: number): ProblemDetails {
  const descriptions = errors.map((error) => error.description).filter((description) => description.trim() !== '');
  return {
    type: 'about:blank',
    status,
    title: descriptions[0] ?? `HTTP ${status}`,
    ...(descriptions.length === 0 ? {} : { detail: descriptions.join('; ') }),
    errors: errors.map(({ code, description }) => ({ code, description })),
  };
}

/**
 * Turns an RFC 9457 problem into an Open311 error array. A validation problem with `issues`
 * (Gerbang's `validation-failed`) gives one error per issue, naming its path; any other gives one
 * error with the problem's status and its detail (or title, or type).
 *
 * @param problem - A problem, such as one read with `parseProblemDetails`.
 * @example
 * ```ts
 * problemToOpen311Errors({ type: 'https://gerbang.dev/problems/not-found', title: 'Not found', status: 404 });
 * // [{ code: 404, description: 'Not found' }]
 * ```
 */
export function problemToOpen311Errors(problem: ProblemDetails): Open311Error[] {
  const code = problem.status ?? 500;
  const issues = problem['issues'];
  if (Array.isArray(issues) && issues.length > 0) {
    return issues.map((issue: unknown) => {
      const record = asRecord(issue);
      const path = Array.isArray(record['path']) ? formatPath(record['path'].filter((part) => typeof part === 'string' || typeof part === 'number')) : '(root)';
      return { code, description: `${path}: ${readString(record['message']) ?? 'is invalid'}` };
    });
  }
  return [{ code, description: problem.detail ?? problem.title ?? problem.type }];
}

// ---------------------------------------------------------------------------------------------
// internals

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function readId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return readString(value);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function readCoordinate(text: string | undefined, name: string, limit: number, fail: (description: string) => void): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text) || !Number.isFinite(value) || Math.abs(value) > limit) {
    fail(`${name} ${JSON.stringify(text.slice(0, 40))} must be a number from -${limit} to ${limit}`);
    return undefined;
  }
  return value;
}
