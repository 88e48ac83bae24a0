/**
 * The OpenAPI 3.1 document, generated from endpoint descriptors so that back-end teams implement
 * exactly the contract that the client and the mocks use. Schemas come from zod's own JSON Schema
 * output (draft 2020-12, the dialect of OpenAPI 3.1).
 *
 * @module
 */
import * as z from 'zod/mini';
import { IDEMPOTENCY_KEY_HEADER, isEndpoint, isNoContentSchema, type AnyEndpoint, type HttpMethod } from './endpoint.ts';
import { InvalidDefinitionError } from './errors.ts';
import { getProblemDefinition, PROBLEM_CONTENT_TYPE } from './problem.ts';

/** The OpenAPI version of the documents that {@link createOpenApiDocument} writes. */
export const OPENAPI_VERSION = '3.1.1';

/** A JSON Schema (draft 2020-12) or any other JSON object in the document. */
export type JsonObject = { [key: string]: unknown };

/** The `info` of an OpenAPI document: what the API is, and its version. */
export interface OpenApiInfo {
  /**
   * The title of the API.
   * @example 'Gerbang platform API'
   */
  title: string;
  /**
   * The version of the API contract (not of the OpenAPI format).
   * @example '1.0.0'
   */
  version: string;
  /**
   * A one-line summary of the API.
   * @default undefined
   */
  summary?: string;
  /**
   * A description in Markdown.
   * @default undefined
   */
  description?: string;
  /**
   * A URL to the terms of service.
   * @default undefined
   */
  termsOfService?: string;
  /**
   * Who to contact about the API.
   * @default undefined
   */
  contact?: { name?: string; url?: string; email?: string };
  /**
   * The licence of the API.
   * @default undefined
   * @example { name: 'Apache 2.0', identifier: 'Apache-2.0' }
   */
  license?: { name: string; identifier?: string; url?: string };
}

/** A server that hosts the API. */
export interface OpenApiServer {
  /** The base URL; endpoint paths are relative to it. */
  url: string;
  /** What the server is, such as `Production (Lampung)`. */
  description?: string;
}

/** The options of {@link createOpenApiDocument}. */
export interface OpenApiOptions {
  /**
   * The servers that host the API, such as a brand's API base URL per environment.
   * @default [] (the document then leaves `servers` out, meaning `/`)
   * @example [{ url: 'https://api.lampungin.example.id/gerbang', description: 'Production' }]
   */
  servers?: readonly OpenApiServer[];
}

/** A parameter of an OpenAPI operation: a path or query parameter, or a header. */
export interface OpenApiParameter {
  /** The parameter name. */
  name: string;
  /** Where the parameter goes. */
  in: 'path' | 'query' | 'header';
  /** Whether the parameter must be sent. */
  required: boolean;
  /** What the parameter means. */
  description?: string;
  /** Its JSON Schema. */
  schema: JsonObject;
}

/** A response of an OpenAPI operation. */
export interface OpenApiResponse {
  /** What the response means. */
  description: string;
  /** Response headers, by name. */
  headers?: Record<string, { description: string; schema: JsonObject }>;
  /** The body, by media type. */
  content?: Record<string, { schema: JsonObject }>;
}

/** One operation (method and path) of an OpenAPI document, from one endpoint. */
export interface OpenApiOperation {
  /** The endpoint's tags. */
  tags?: string[];
  /** The endpoint's summary. */
  summary?: string;
  /** The endpoint's description. */
  description?: string;
  /** The endpoint id. */
  operationId: string;
  /** Path and query parameters, and the `Idempotency-Key` header. */
  parameters?: OpenApiParameter[];
  /** The request body, by media type. */
  requestBody?: { required: boolean; content: Record<string, { schema: JsonObject }> };
  /** The responses, by status code. */
  responses: Record<string, OpenApiResponse>;
  /** Whether the endpoint is deprecated. */
  deprecated?: true;
  /** Who may call: `[]` for anyone, `[{ bearerAuth: [] }]`, or `[{}, { bearerAuth: [] }]` for optional auth. */
  security: Record<string, string[]>[];
}

/** An OpenAPI 3.1 document, as plain JSON data. */
export interface OpenApiDocument {
  /** The OpenAPI version; see {@link OPENAPI_VERSION}. */
  openapi: typeof OPENAPI_VERSION;
  /** What the API is. */
  info: OpenApiInfo;
  /** Where the API is served. */
  servers?: OpenApiServer[];
  /** Every tag used by an endpoint, sorted by name. */
  tags?: { name: string }[];
  /** The operations, by path (`/reports/{id}`) and lower-case method, sorted. */
  paths: Record<string, Partial<Record<Lowercase<HttpMethod>, OpenApiOperation>>>;
  /** Named schemas (problem types and schemas with a zod metadata `id`) and the security scheme. */
  components: {
    schemas?: Record<string, JsonObject>;
    securitySchemes?: Record<string, JsonObject>;
  };
}

const SUBJECT = 'OpenAPI document';
const METHOD_ORDER: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'HEAD', 'PATCH'];
const MEDIA_JSON = 'application/json';
const COMPONENT_NAME = /^[A-Za-z0-9._-]+$/;
const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Builds the OpenAPI 3.1 document of a set of endpoints. Every schema comes from zod's JSON Schema
 * output (`io: 'input'` for parameters and request bodies, `'output'` for responses). Problem
 * types from `defineProblem`, and schemas with an `id` in zod's global metadata registry, become
 * named schemas under `components/schemas`; everything else is inlined. The result does not depend
 * on the order of `endpoints`: paths, methods, tags and components are sorted.
 *
 * Schemas that JSON Schema cannot express fail, except `z.custom()` checks, which are written as
 * `{}` (any value): their rule lives in code only.
 *
 * @param endpoints - The endpoints of the API.
 * @param info - The title and version of the API, and more.
 * @param options - The servers.
 * @throws {@link InvalidDefinitionError} when two endpoints share an id, or a method and a path
 * shape (`/reports/:id` and `/reports/:reportId` are the same path), or a schema cannot be written
 * as JSON Schema.
 * @example
 * ```ts
 * const document = createOpenApiDocument(platformEndpoints, { title: 'Gerbang platform API', version: '1.0.0' });
 * await writeFile('gerbang.openapi.json', `${JSON.stringify(document, null, 2)}\n`);
 * ```
 */
export function createOpenApiDocument(
  endpoints: readonly AnyEndpoint[],
  info: OpenApiInfo,
  options: OpenApiOptions = {},
): OpenApiDocument {
  const infoCopy = copyInfo(info);
  const checked = checkEndpoints(endpoints);
  const schemas = new SchemaCollector();
  const paths: Record<string, Partial<Record<Lowercase<HttpMethod>, OpenApiOperation>>> = {};
  const tags = new Set<string>();
  let usesAuth = false;

  const ordered = checked
    .map((endpoint) => ({ endpoint, path: toOpenApiPath(endpoint) }))
    .sort((a, b) => compare(a.path, b.path) || METHOD_ORDER.indexOf(a.endpoint.method) - METHOD_ORDER.indexOf(b.endpoint.method));
  for (const { endpoint, path } of ordered) {
    const item = (paths[path] ??= {});
    item[endpoint.method.toLowerCase() as Lowercase<HttpMethod>] = buildOperation(endpoint, schemas);
    endpoint.tags.forEach((tag) => tags.add(tag));
    if (endpoint.auth !== 'none') usesAuth = true;
  }

  const components: OpenApiDocument['components'] = {};
  const named = schemas.finish();
  if (Object.keys(named).length > 0) components.schemas = named;
  if (usesAuth) {
    components.securitySchemes = {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description: 'An OAuth 2.0 access token, obtained with the authorization code flow and PKCE.',
      },
    };
  }

  const servers = copyServers(options.servers);
  return {
    openapi: OPENAPI_VERSION,
    info: infoCopy,
    ...(servers.length > 0 ? { servers } : {}),
    ...(tags.size > 0 ? { tags: [...tags].sort(compare).map((name) => ({ name })) } : {}),
    paths,
    components,
  };
}

// ---------------------------------------------------------------------------------------------
// operations

function buildOperation(endpoint: AnyEndpoint, schemas: SchemaCollector): OpenApiOperation {
  const owner = endpoint.id;

  const parameters: OpenApiParameter[] = [];
  const pathParams = schemas.objectProperties(endpoint.params, owner, 'params');
  for (const name of endpoint.pattern.params) {
    parameters.push(parameter(name, 'path', true, pathParams.properties[name] ?? { type: 'string' }));
  }
  if (endpoint.query !== undefined) {
    const query = schemas.objectProperties(endpoint.query, owner, 'query');
    for (const [name, property] of Object.entries(query.properties)) {
      parameters.push(parameter(name, 'query', query.required.includes(name), property));
    }
  }
  if (endpoint.idempotencyKey) {
    parameters.push({
      name: IDEMPOTENCY_KEY_HEADER,
      in: 'header',
      required: true,
      description:
        'A unique key per logical request, such as a UUID. A retry with the same key and payload replays the first result; the same key with another payload is rejected with 422, and one still in progress with 409.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }

  let requestBody: OpenApiOperation['requestBody'];
  if (endpoint.body !== undefined && endpoint.requestContentType !== undefined) {
    const body = endpoint.body;
    requestBody = {
      required: body._zod.optin !== 'optional',
      content: { [endpoint.requestContentType]: { schema: schemas.convert(body, 'input', owner, 'body') } },
    };
  }

  const responses: Record<string, OpenApiResponse> = {};
  const success: OpenApiResponse = { description: STATUS_TEXT[endpoint.status] ?? 'Success' };
  if (!isNoContentSchema(endpoint.response)) {
    success.content = { [MEDIA_JSON]: { schema: schemas.convert(endpoint.response, 'output', owner, 'response') } };
  }
  responses[String(endpoint.status)] = success;
  for (const [status, value] of Object.entries(endpoint.errors as Record<string, z.core.$ZodType | readonly z.core.$ZodType[]>)) {
    const list: readonly z.core.$ZodType[] = Array.isArray(value) ? value : [value as z.core.$ZodType];
    const refs = list.map((schema, index) =>
      schemas.convert(schema, 'output', owner, list.length === 1 ? `errors.${status}` : `errors.${status}.${index}`, problemComponentName(schema)),
    );
    const titles = list.flatMap((schema) => getProblemDefinition(schema)?.title ?? []);
    const response: OpenApiResponse = {
      description: titles.length > 0 ? titles.join(', or ') : (STATUS_TEXT[Number(status)] ?? 'Error'),
    };
    if (status === '429' || status === '503') {
      response.headers = {
        'Retry-After': {
          description: 'How long to wait before retrying: a number of seconds, or an HTTP date.',
          schema: { type: 'string' },
        },
      };
    }
    response.content = { [PROBLEM_CONTENT_TYPE]: { schema: refs.length === 1 ? refs[0]! : { anyOf: refs } } };
    responses[status] = response;
  }

  return {
    ...(endpoint.tags.length > 0 ? { tags: [...endpoint.tags] } : {}),
    ...(endpoint.summary === undefined ? {} : { summary: endpoint.summary }),
    ...(endpoint.description === undefined ? {} : { description: endpoint.description }),
    operationId: endpoint.id,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses,
    ...(endpoint.deprecated ? { deprecated: true as const } : {}),
    security: endpoint.auth === 'none' ? [] : endpoint.auth === 'optional' ? [{}, { bearerAuth: [] }] : [{ bearerAuth: [] }],
  };
}

function parameter(name: string, location: OpenApiParameter['in'], required: boolean, schema: JsonObject): OpenApiParameter {
  const description = schema['description'];
  return typeof description === 'string'
    ? { name, in: location, required, description, schema }
    : { name, in: location, required, schema };
}

function toOpenApiPath(endpoint: AnyEndpoint): string {
  if (endpoint.pattern.segments.length === 0) return '/';
  return `/${endpoint.pattern.segments.map((segment) => (segment.kind === 'param' ? `{${segment.name}}` : segment.value)).join('/')}`;
}

function problemComponentName(schema: z.core.$ZodType): string | undefined {
  const problem = getProblemDefinition(schema);
  if (problem === undefined) return undefined;
  const slug = problem.type.split(/[/:#?]/).filter((part) => part !== '').pop() ?? '';
  const words = slug.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  return `${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}Problem`;
}

function checkEndpoints(input: readonly AnyEndpoint[]): readonly AnyEndpoint[] {
  const list: unknown = input;
  if (!Array.isArray(list)) throw new InvalidDefinitionError(SUBJECT, 'the endpoints must be an array');
  const endpoints: readonly unknown[] = list;
  const ids = new Map<string, AnyEndpoint>();
  const shapes = new Map<string, AnyEndpoint>();
  const routes = new Map<string, AnyEndpoint>();
  endpoints.forEach((endpoint, index) => {
    if (!isEndpoint(endpoint)) {
      throw new InvalidDefinitionError(SUBJECT, `endpoints[${index}] is not an endpoint descriptor from defineEndpoint()`);
    }
    const sameId = ids.get(endpoint.id);
    if (sameId !== undefined) {
      if (sameId === endpoint) throw new InvalidDefinitionError(SUBJECT, `the endpoint "${endpoint.id}" is listed twice`);
      throw new InvalidDefinitionError(SUBJECT, `two endpoints have the id "${endpoint.id}", which must be a unique operationId`);
    }
    ids.set(endpoint.id, endpoint);
    const { shape, template } = endpoint.pattern;
    const sameShape = shapes.get(shape);
    if (sameShape !== undefined && sameShape.path !== template) {
      throw new InvalidDefinitionError(
        `endpoint "${endpoint.id}"`,
        `its path "${template}" is the same path as "${sameShape.path}" of endpoint "${sameShape.id}" with other parameter names; OpenAPI needs one spelling`,
      );
    }
    shapes.set(shape, endpoint);
    const route = `${endpoint.method} ${shape}`;
    const sameRoute = routes.get(route);
    if (sameRoute !== undefined) {
      throw new InvalidDefinitionError(
        `endpoint "${endpoint.id}"`,
        `${endpoint.method} ${template} clashes with endpoint "${sameRoute.id}" (${sameRoute.method} ${sameRoute.path}): both match the same requests`,
      );
    }
    routes.set(route, endpoint);
  });
  return input;
}

function copyInfo(info: OpenApiInfo): OpenApiInfo {
  if (typeof (info as unknown) !== 'object' || (info as unknown) === null) throw new InvalidDefinitionError(SUBJECT, 'the info must be an object');
  if (typeof info.title !== 'string' || info.title.trim() === '') throw new InvalidDefinitionError(SUBJECT, 'info.title must be a non-empty string');
  if (typeof info.version !== 'string' || info.version.trim() === '') {
    throw new InvalidDefinitionError(SUBJECT, 'info.version must be a non-empty string');
  }
  return {
    title: info.title,
    ...(info.summary === undefined ? {} : { summary: info.summary }),
    ...(info.description === undefined ? {} : { description: info.description }),
    ...(info.termsOfService === undefined ? {} : { termsOfService: info.termsOfService }),
    ...(info.contact === undefined ? {} : { contact: pick(info.contact, ['name', 'url', 'email']) }),
    ...(info.license === undefined ? {} : { license: pick(info.license, ['name', 'identifier', 'url']) }),
    version: info.version,
  };
}

function copyServers(input: readonly OpenApiServer[] | undefined): OpenApiServer[] {
  const servers: unknown = input;
  if (servers === undefined) return [];
  if (!Array.isArray(servers)) throw new InvalidDefinitionError(SUBJECT, 'options.servers must be an array');
  return (servers as readonly unknown[]).map((server, index) => {
    const url = typeof server === 'object' && server !== null ? (server as { url?: unknown }).url : undefined;
    if (typeof url !== 'string' || url === '') {
      throw new InvalidDefinitionError(SUBJECT, `options.servers[${index}].url must be a non-empty string`);
    }
    return pick(server as OpenApiServer, ['url', 'description']);
  });
}

function pick<T extends object>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) out[key] = member;
  }
  return out as T;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// schemas

type Io = 'input' | 'output';

interface Conversion {
  readonly io: Io;
  /** The root schema; may be a `$ref` to one of `defs`. */
  readonly root: JsonObject;
  /** Named schemas, still referenced as `#/$defs/<name>` until {@link SchemaCollector.finish}. */
  readonly defs: Record<string, JsonObject>;
}

interface DefUse {
  readonly io: Io;
  readonly schema: JsonObject;
  readonly text: string;
}

const LOCAL_REF = '#/$defs/';

/**
 * Converts zod schemas and gathers the named ones. A named schema whose input and output forms
 * differ (defaults, loose objects) is written twice: `Name` for responses, `NameInput` for
 * requests. Refs are rewritten to `#/components/schemas/...` once every schema has been seen.
 */
class SchemaCollector {
  readonly #conversions: Conversion[] = [];
  readonly #uses = new Map<string, DefUse[]>();

  /** Converts a schema and returns its root JSON Schema (refs are fixed up later). */
  convert(schema: z.core.$ZodType, io: Io, owner: string, part: string, rootName?: string): JsonObject {
    const subject = `endpoint "${owner}"`;
    let json: JsonObject;
    try {
      json = z.toJSONSchema(schema, {
        target: 'draft-2020-12',
        io,
        unrepresentable: (ctx) => {
          if (ctx.zodSchema._zod.def.type === 'custom') return {};
          throw new InvalidDefinitionError(
            subject,
            `its ${part} schema cannot be written as JSON Schema at ${['#', ...ctx.path].join('/')}: ${ctx.message}`,
          );
        },
      });
    } catch (error) {
      if (error instanceof InvalidDefinitionError) throw error;
      throw new InvalidDefinitionError(subject, `its ${part} schema cannot be written as JSON Schema: ${error instanceof Error ? error.message : String(error)}`);
    }
    delete json['$schema'];
    let defs = (json['$defs'] ?? {}) as Record<string, JsonObject>;
    delete json['$defs'];
    let root = json;

    // Names zod invents (`__schema0` for a shared recursive schema, `#` for the root itself) are
    // only unique within one conversion: give them names unique in the whole document.
    const renames = new Map<string, string>();
    for (const name of Object.keys(defs)) {
      if (/^__schema\d+$/.test(name)) renames.set(name, `${owner}.${part}.${name.slice('__schema'.length)}`);
    }
    const selfName = rootName ?? `${owner}.${part}`;
    const selfReferencing = containsRef(root, '#');
    if (renames.size > 0 || selfReferencing) {
      const rename = (ref: string) =>
        ref === '#' ? `${LOCAL_REF}${selfName}` : ref.startsWith(LOCAL_REF) ? `${LOCAL_REF}${renames.get(ref.slice(LOCAL_REF.length)) ?? ref.slice(LOCAL_REF.length)}` : ref;
      rewriteRefs(root, rename);
      defs = Object.fromEntries(
        Object.entries(defs).map(([name, def]) => {
          rewriteRefs(def, rename);
          return [renames.get(name) ?? name, def];
        }),
      );
    }
    const isBareRef = typeof root['$ref'] === 'string' && Object.keys(root).length === 1;
    if ((rootName !== undefined || selfReferencing) && !isBareRef) {
      const problem = getProblemDefinition(schema);
      if (problem?.description !== undefined && root['description'] === undefined) root['description'] = problem.description;
      defs[selfName] = root;
      root = { $ref: `${LOCAL_REF}${selfName}` };
    }

    for (const [name, def] of Object.entries(defs)) {
      if (!COMPONENT_NAME.test(name)) {
        throw new InvalidDefinitionError(subject, `the schema id ${JSON.stringify(name)} in its ${part} cannot name an OpenAPI component; use letters, digits, ".", "-" and "_"`);
      }
      const uses = this.#uses.get(name) ?? [];
      uses.push({ io, schema: def, text: JSON.stringify(def) });
      this.#uses.set(name, uses);
    }
    this.#conversions.push({ io, root, defs });
    return root;
  }

  /** Converts an object schema and returns its properties and required keys, for parameters. */
  objectProperties(schema: z.core.$ZodType, owner: string, part: string): { properties: Record<string, JsonObject>; required: string[] } {
    const root = this.convert(schema, 'input', owner, part);
    const conversion = this.#conversions[this.#conversions.length - 1]!;
    const ref = root['$ref'];
    const object = typeof ref === 'string' && ref.startsWith(LOCAL_REF) ? (conversion.defs[ref.slice(LOCAL_REF.length)] ?? root) : root;
    return {
      properties: (object['properties'] ?? {}) as Record<string, JsonObject>,
      required: (object['required'] ?? []) as string[],
    };
  }

  /** Decides the component names, rewrites every ref, and returns the components, sorted. */
  finish(): Record<string, JsonObject> {
    // A name is split into `Name` and `NameInput` when its two forms differ, or when it refers
    // to a split name.
    const split = new Set<string>();
    for (const [name, uses] of this.#uses) {
      for (const io of ['input', 'output'] as const) {
        const texts = new Set(uses.filter((use) => use.io === io).map((use) => use.text));
        if (texts.size > 1) {
          throw new InvalidDefinitionError(SUBJECT, `two different schemas are named ${JSON.stringify(name)}; schema ids must be unique`);
        }
      }
      if (new Set(uses.map((use) => use.text)).size > 1) split.add(name);
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const [name, uses] of this.#uses) {
        if (split.has(name) || new Set(uses.map((use) => use.io)).size < 2) continue;
        if ([...referencedNames(uses[0]!.schema)].some((ref) => split.has(ref))) {
          split.add(name);
          changed = true;
        }
      }
    }
    const nameFor = (name: string, io: Io) => (io === 'input' && split.has(name) ? `${name}Input` : name);
    for (const name of split) {
      if (this.#uses.has(`${name}Input`)) {
        throw new InvalidDefinitionError(SUBJECT, `the schema "${name}" has a different input form, which would be named "${name}Input", but that name is taken`);
      }
    }

    const components: Record<string, JsonObject> = {};
    for (const conversion of this.#conversions) {
      const rename = (ref: string) =>
        ref.startsWith(LOCAL_REF) ? `#/components/schemas/${nameFor(ref.slice(LOCAL_REF.length), conversion.io)}` : ref;
      rewriteRefs(conversion.root, rename);
      for (const [name, def] of Object.entries(conversion.defs)) {
        const component = nameFor(name, conversion.io);
        if (components[component] !== undefined) continue;
        rewriteRefs(def, rename);
        components[component] = def;
      }
    }
    const sorted: Record<string, JsonObject> = {};
    for (const name of Object.keys(components).sort(compare)) sorted[name] = components[name]!;
    return sorted;
  }
}

function walk(value: unknown, visit: (object: JsonObject) => void, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item) => {
      walk(item, visit, seen);
    });
    return;
  }
  visit(value as JsonObject);
  Object.values(value).forEach((item) => {
    walk(item, visit, seen);
  });
}

function rewriteRefs(schema: JsonObject, rename: (ref: string) => string): void {
  walk(schema, (object) => {
    if (typeof object['$ref'] === 'string') object['$ref'] = rename(object['$ref']);
  });
}

function containsRef(schema: JsonObject, ref: string): boolean {
  let found = false;
  walk(schema, (object) => {
    if (object['$ref'] === ref) found = true;
  });
  return found;
}

function referencedNames(schema: JsonObject): Set<string> {
  const names = new Set<string>();
  walk(schema, (object) => {
    const ref = object['$ref'];
    if (typeof ref === 'string' && ref.startsWith(LOCAL_REF)) names.add(ref.slice(LOCAL_REF.length));
  });
  return names;
}
