/**
 * Remote modules: a province's server lists modules in a catalogue (manifests with an entry URL
 * and an integrity hash, and a kill switch), optionally signed. The host verifies the signature
 * before it trusts the catalogue, and each module's hash before it evaluates any of its code.
 *
 * @module
 */
import {
  canonicalJson,
  compareVersions,
  GerbangError,
  moduleCatalogueSchema,
  parseRange,
  parseVersion,
  validate,
  type CatalogueSignature,
  type DisabledModule,
  type Manifest,
  type ModuleCatalogue,
  type ValidationError,
} from '@gerbang/contracts';
import { checkIntegrity, decodeBase64, encodeBase64 } from './integrity.ts';
import { defineModule, type GerbangModule, type ModuleImplementation } from './module.ts';

// ---------------------------------------------------------------------------------------------
// keys

/**
 * A key that WebCrypto imported: a `CryptoKey`, described by the members Gerbang reads, so that
 * no DOM types are needed to use this package.
 */
export interface WebCryptoKey {
  /** `public` or `private`. */
  readonly type: string;
  /** The algorithm: `Ed25519`, or `ECDSA` with `namedCurve: 'P-256'`. */
  readonly algorithm: { readonly name: string };
  /** What the key may be used for: `verify` or `sign`. */
  readonly usages: readonly string[];
}

/** A public key as a JSON Web Key: `{ kty: 'OKP', crv: 'Ed25519', x }` or `{ kty: 'EC', crv: 'P-256', x, y }`. */
export interface PublicJsonWebKey {
  /** The key type: `OKP` for Ed25519, `EC` for P-256. */
  readonly kty?: string;
  /** The curve: `Ed25519` or `P-256`. */
  readonly crv?: string;
  /** The public key's x coordinate (or the whole Ed25519 key), base64url. */
  readonly x?: string;
  /** The P-256 public key's y coordinate, base64url. */
  readonly y?: string;
}

/** A trusted public key: a WebCrypto key imported for `verify`, or a JWK. */
export type CataloguePublicKey = WebCryptoKey | PublicJsonWebKey;

/** The signature algorithms of catalogues: Ed25519, or ECDSA over P-256 with SHA-256. */
export type CatalogueSignatureAlgorithm = CatalogueSignature['algorithm'];

// ---------------------------------------------------------------------------------------------
// errors

/** The stable codes of {@link RemoteCatalogueError}; each is an anchor in `docs/errors.md`. */
export type RemoteCatalogueErrorCode = 'catalogue-malformed' | 'catalogue-unsigned' | 'catalogue-signature-invalid';

/** Why a catalogue's signature was refused. */
export type CatalogueSignatureProblem = 'malformed' | 'unknown-key' | 'key-mismatch' | 'invalid' | 'no-trusted-keys';

/**
 * A remote catalogue was refused before its contents were trusted:
 *
 * | code | meaning |
 * |---|---|
 * | `catalogue-malformed` | the text is not JSON (or is too long) |
 * | `catalogue-unsigned` | the host requires signed catalogues and this one has no `signature` |
 * | `catalogue-signature-invalid` | the signature does not verify; `problem` says why |
 *
 * A catalogue that is JSON but does not match the format gives contracts' `ValidationError`
 * (`validation-failed`) instead, listing every issue with its path.
 */
export class RemoteCatalogueError extends GerbangError<RemoteCatalogueErrorCode> {
  override name = 'RemoteCatalogueError' as const;
  /** For `catalogue-signature-invalid`: why. */
  readonly problem: CatalogueSignatureProblem | undefined;
  /** The key id the signature named, when it named one. */
  readonly keyId: string | undefined;

  /**
   * @param code - The stable code.
   * @param message - What is wrong.
   * @param details - The signature problem, the key id and the cause.
   */
  constructor(
    code: RemoteCatalogueErrorCode,
    message: string,
    details: { problem?: CatalogueSignatureProblem; keyId?: string; cause?: unknown } = {},
  ) {
    super(code, message, 'cause' in details ? { cause: details.cause } : {});
    this.problem = details.problem;
    this.keyId = details.keyId;
  }
}

/** The stable codes of {@link RemoteModuleError}; each is an anchor in `docs/errors.md`. */
export type RemoteModuleErrorCode = 'integrity-mismatch' | 'remote-module-unavailable';

/**
 * A remote module's code was refused or could not be fetched. Its code was never evaluated.
 *
 * | code | meaning |
 * |---|---|
 * | `integrity-mismatch` | the bytes fetched do not have the catalogue's hash: `expected` and `actual` say both |
 * | `remote-module-unavailable` | the fetch failed, answered an error status, or the code is not UTF-8 |
 */
export class RemoteModuleError extends GerbangError<RemoteModuleErrorCode> {
  override name: 'RemoteModuleError' | 'IntegrityError' = 'RemoteModuleError';
  /** The module id. */
  readonly moduleId: string;
  /** The entry URL. */
  readonly url: string;

  /**
   * @param code - The stable code.
   * @param moduleId - The module id.
   * @param url - The entry URL.
   * @param message - What went wrong.
   * @param options - The cause.
   */
  constructor(code: RemoteModuleErrorCode, moduleId: string, url: string, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.moduleId = moduleId;
    this.url = url;
  }
}

/**
 * The code fetched for a remote module does not have the integrity hash the catalogue lists, so
 * it was refused without being evaluated. Code `integrity-mismatch`.
 */
export class IntegrityError extends RemoteModuleError {
  override name = 'IntegrityError' as const;
  /** The integrity metadata from the catalogue. */
  readonly expected: string;
  /** The digest of the bytes fetched, with the same algorithm; `undefined` when `expected` is malformed. */
  readonly actual: string | undefined;

  /**
   * @param moduleId - The module id.
   * @param url - The entry URL.
   * @param expected - The catalogue's integrity metadata.
   * @param actual - The digest of what was fetched.
   */
  constructor(moduleId: string, url: string, expected: string, actual: string | undefined) {
    super(
      'integrity-mismatch',
      moduleId,
      url,
      actual === undefined
        ? `Refused module "${moduleId}" from ${url}: its integrity metadata is malformed, so its code cannot be verified`
        : `Refused module "${moduleId}" from ${url}: the code fetched has ${actual}, but the catalogue expects ${expected}; it was not evaluated`,
    );
    this.expected = expected;
    this.actual = actual;
  }
}

// ---------------------------------------------------------------------------------------------
// catalogues

/** Options of {@link parseRemoteCatalogue}. */
export interface ParseRemoteCatalogueOptions {
  /**
   * The trusted public keys, by key id (the signature's `keyId`). With any key here, a catalogue
   * must be signed by one of them, unless `requireSignature` is `false`.
   */
  readonly publicKeys?: Readonly<Record<string, CataloguePublicKey>>;
  /**
   * Whether an unsigned catalogue is refused. A catalogue that carries a signature is verified
   * whenever keys are given, even when this is `false`.
   * @default true when `publicKeys` holds a key, false otherwise
   */
  readonly requireSignature?: boolean;
  /**
   * The longest text accepted, in characters.
   * @default 5_000_000
   */
  readonly maxLength?: number;
}

/** What {@link parseRemoteCatalogue} gives: the catalogue, or why it was refused. */
export type RemoteCatalogueResult =
  | {
      readonly success: true;
      /** The validated catalogue, with defaults filled in. */
      readonly data: ModuleCatalogue;
      /** The id of the key whose signature verified, or `undefined` for an unsigned catalogue. */
      readonly signedBy: string | undefined;
      readonly error?: undefined;
    }
  | { readonly success: false; readonly data?: undefined; readonly error: RemoteCatalogueError | ValidationError };

/**
 * Parses a remote module catalogue from the text the server sent. It never throws. In order:
 *
 * 1. the text is parsed as JSON (`catalogue-malformed` if it is not);
 * 2. the `signature` member is verified, when present or required: Ed25519, or ECDSA P-256 with
 *    SHA-256 (`ES256`, the signature as raw `r‖s`, base64url), over the RFC 8785 canonical JSON of
 *    the catalogue as received without its `signature` member (`catalogue-unsigned`,
 *    `catalogue-signature-invalid`);
 * 3. the catalogue is validated with contracts' `moduleCatalogueSchema` (`validation-failed`).
 *
 * @param text - The response body, as text.
 * @param options - The trusted keys, and whether a signature is required.
 * @example
 * ```ts
 * const result = await parseRemoteCatalogue(await response.text(), {
 *   publicKeys: { 'lampung-2025': { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' } },
 * });
 * if (!result.success) logger.error('catalogue refused', { code: result.error.code });
 * ```
 */
export async function parseRemoteCatalogue(text: string, options: ParseRemoteCatalogueOptions = {}): Promise<RemoteCatalogueResult> {
  try {
    const maxLength = options.maxLength ?? 5_000_000;
    if (typeof text !== 'string') return refuse(new RemoteCatalogueError('catalogue-malformed', `Malformed remote catalogue: expected text, received ${typeof text}`));
    if (text.length > maxLength) {
      return refuse(new RemoteCatalogueError('catalogue-malformed', `Malformed remote catalogue: ${text.length} characters is more than the ${maxLength} accepted`));
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : 'not JSON';
      return refuse(new RemoteCatalogueError('catalogue-malformed', `Malformed remote catalogue: the text is not JSON (${detail})`, { cause }));
    }

    const keys = options.publicKeys ?? {};
    const keyIds = Object.keys(keys);
    const requireSignature = options.requireSignature ?? keyIds.length > 0;
    const signature = isRecord(json) && Object.hasOwn(json, 'signature') ? json.signature : undefined;
    let signedBy: string | undefined;
    if (signature === undefined) {
      if (requireSignature) {
        return refuse(new RemoteCatalogueError('catalogue-unsigned', 'Refused remote catalogue: it is not signed, and this host accepts only signed catalogues'));
      }
    } else if (requireSignature || keyIds.length > 0) {
      const problem = await verifySignature(json as Record<string, unknown>, signature, keys);
      if (problem !== undefined) return refuse(problem);
      signedBy = (signature as { keyId: string }).keyId;
    }

    const parsed = validate(moduleCatalogueSchema, json, { subject: 'remote module catalogue' });
    return parsed.success ? { success: true, data: parsed.data, signedBy } : { success: false, error: parsed.error };
  } catch (cause) {
    // Only reachable through an engine limit, such as JSON nested too deeply to canonicalize.
    return refuse(new RemoteCatalogueError('catalogue-malformed', 'Malformed remote catalogue: it could not be read', { cause }));
  }
}

/** What {@link signCatalogue} needs: a private key and the id hosts know its public key by. */
export interface SignCatalogueOptions {
  /** The private key, imported into WebCrypto for `sign`: Ed25519, or ECDSA P-256. */
  readonly privateKey: WebCryptoKey;
  /** The id under which hosts hold the public key. */
  readonly keyId: string;
}

/**
 * Signs a catalogue for {@link parseRemoteCatalogue}: the signature covers the RFC 8785 canonical
 * JSON of the catalogue without its `signature` member. For the back end's release tooling and
 * for tests; the algorithm follows the key (`Ed25519` or `ES256`).
 *
 * @param catalogue - The catalogue as it will be served (any `signature` member is replaced).
 * @param options - The private key and its id.
 * @returns The catalogue with its `signature` member; serve it with `JSON.stringify`.
 * @throws `TypeError` when the key is neither Ed25519 nor ECDSA P-256.
 * @example
 * ```ts
 * const { privateKey } = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
 * const signed = await signCatalogue(catalogue, { privateKey, keyId: 'lampung-2025' });
 * ```
 */
export async function signCatalogue<TCatalogue extends object>(
  catalogue: TCatalogue,
  options: SignCatalogueOptions,
): Promise<TCatalogue & { readonly signature: CatalogueSignature }> {
  const unsigned = withoutSignature(catalogue as Record<string, unknown>);
  const { name, namedCurve } = options.privateKey.algorithm as { name: string; namedCurve?: string };
  const algorithm: CatalogueSignatureAlgorithm | undefined = name === 'Ed25519' ? 'Ed25519' : name === 'ECDSA' && namedCurve === 'P-256' ? 'ES256' : undefined;
  if (algorithm === undefined) throw new TypeError(`signCatalogue: the key must be Ed25519 or ECDSA P-256, not ${name}${namedCurve === undefined ? '' : ` ${namedCurve}`}`);
  const bytes = await subtle().sign(
    signatureParams(algorithm),
    options.privateKey as CryptoKeyParameter,
    new TextEncoder().encode(canonicalJson(unsigned)),
  );
  return { ...catalogue, signature: { algorithm, keyId: options.keyId, value: encodeBase64(new Uint8Array(bytes), true) } };
}

// ---------------------------------------------------------------------------------------------
// the kill switch

/**
 * The kill-switch entry that disables a module version, if any. Ranges are matched with
 * prereleases included, so `*` and `<2.0.0` also switch off `1.5.0-beta.1`.
 *
 * @param catalogue - The catalogue, or just its `disabled` list.
 * @param id - The module id.
 * @param version - The module's version.
 * @example
 * ```ts
 * const entry = findDisabledEntry(catalogue, 'lampung.aduan', '1.2.0');
 * if (entry) host.disable({ id: entry.id, version: '1.2.0' }); // entry.reason says why
 * ```
 */
export function findDisabledEntry(catalogue: Pick<ModuleCatalogue, 'disabled'>, id: string, version: string): DisabledModule | undefined {
  return catalogue.disabled.find((entry) => entry.id === id && rangeIncludes(entry.versions, version));
}

/**
 * Tells whether a catalogue's kill switch disables a module version. See
 * {@link findDisabledEntry} for the entry and its reason.
 *
 * @param catalogue - The catalogue, or just its `disabled` list.
 * @param id - The module id.
 * @param version - The module's version.
 * @example
 * ```ts
 * isDisabledBy({ disabled: [{ id: 'lampung.aduan', versions: '<1.3.0', reason: 'diretas' }] }, 'lampung.aduan', '1.2.9'); // true
 * ```
 */
export function isDisabledBy(catalogue: Pick<ModuleCatalogue, 'disabled'>, id: string, version: string): boolean {
  return findDisabledEntry(catalogue, id, version) !== undefined;
}

/** Whether `version` is in `range`, prereleases included; an unreadable version or range counts as included. */
function rangeIncludes(range: string, version: string): boolean {
  const parsedRange = parseRange(range);
  const parsedVersion = parseVersion(version);
  // A kill switch errs on the safe side: what cannot be read is switched off.
  if (parsedRange === undefined || parsedVersion === undefined) return true;
  return parsedRange.set.some((comparators) =>
    comparators.every(({ operator, version: bound }) => {
      const order = compareVersions(parsedVersion, bound);
      return operator === '<' ? order < 0 : operator === '<=' ? order <= 0 : operator === '>' ? order > 0 : operator === '>=' ? order >= 0 : order === 0;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// remote modules

/** The response of a {@link RemoteFetch}: what `fetch` returns, as much as Gerbang reads. */
export interface RemoteResponse {
  /** Whether the status is 2xx. */
  readonly ok: boolean;
  /** The HTTP status. */
  readonly status: number;
  /** The body's bytes. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Fetches a module's code: the global `fetch` fits. */
export type RemoteFetch = (url: string) => Promise<RemoteResponse>;

/** Evaluates verified module code and returns its implementation. On the web, import a blob URL. */
export type RemoteEvaluate = (code: string, url: string) => Promise<ModuleImplementation | { readonly default: ModuleImplementation }>;

/** Options of {@link createRemoteModules}. */
export interface RemoteModulesOptions {
  /** Fetches the entry URL. */
  readonly fetch: RemoteFetch;
  /**
   * Evaluates the code, once its hash has been verified. The host decides how: on the web,
   * `import()` of a blob URL with the right content type; elsewhere, a sandbox of its choice.
   */
  readonly evaluate: RemoteEvaluate;
}

/**
 * Turns a catalogue's remote modules (those with an `entry`) into modules the host registers.
 * Nothing is fetched until a module loads. Its `load` fetches the entry URL, hashes the bytes with
 * WebCrypto, and refuses them with an {@link IntegrityError} unless they match the catalogue's
 * `integrity`; only then is the code decoded and passed to `evaluate`.
 *
 * @param catalogue - A catalogue from {@link parseRemoteCatalogue}.
 * @param options - How to fetch and how to evaluate.
 * @example
 * ```ts
 * const modules = createRemoteModules(result.data, {
 *   fetch: (url) => fetch(url),
 *   evaluate: async (code) => {
 *     const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
 *     try { return await import(url); } finally { URL.revokeObjectURL(url); }
 *   },
 * });
 * host.register(...modules);
 * ```
 */
export function createRemoteModules(catalogue: Pick<ModuleCatalogue, 'modules'>, options: RemoteModulesOptions): readonly GerbangModule<Manifest>[] {
  return catalogue.modules.flatMap((manifest) => {
    const entry = manifest.entry;
    if (entry === undefined) return [];
    return [defineModule({ manifest, load: () => loadRemoteModule(manifest.id, entry, options) })];
  });
}

async function loadRemoteModule(
  moduleId: string,
  entry: NonNullable<Manifest['entry']>,
  options: RemoteModulesOptions,
): Promise<ModuleImplementation | { readonly default: ModuleImplementation }> {
  const { url, integrity } = entry;
  let bytes: ArrayBuffer;
  try {
    const response = await options.fetch(url);
    if (!response.ok) {
      throw new RemoteModuleError('remote-module-unavailable', moduleId, url, `Cannot load module "${moduleId}": GET ${url} answered ${response.status}`);
    }
    bytes = await response.arrayBuffer();
  } catch (cause) {
    if (cause instanceof RemoteModuleError) throw cause;
    throw new RemoteModuleError('remote-module-unavailable', moduleId, url, `Cannot load module "${moduleId}": GET ${url} failed`, { cause });
  }
  const check = await checkIntegrity(bytes, integrity);
  if (check.outcome !== 'match') throw new IntegrityError(moduleId, url, integrity, check.actual);
  let code: string;
  try {
    code = decodeUtf8(new Uint8Array(bytes));
  } catch (cause) {
    throw new RemoteModuleError('remote-module-unavailable', moduleId, url, `Cannot load module "${moduleId}": the code at ${url} is not UTF-8`, { cause });
  }
  return options.evaluate(code, url);
}

// ---------------------------------------------------------------------------------------------
// internals

type SubtleCryptoApi = typeof globalThis.crypto.subtle;
type CryptoKeyParameter = Parameters<SubtleCryptoApi['verify']>[1];

function subtle(): SubtleCryptoApi {
  return globalThis.crypto.subtle;
}

function refuse(error: RemoteCatalogueError): RemoteCatalogueResult {
  return { success: false, error };
}

/** A shallow copy without the `signature` member: what a signature covers. */
function withoutSignature(catalogue: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(catalogue)) {
    // Defined, not assigned, so that a "__proto__" member is kept as data and signed as received.
    if (name !== 'signature') Object.defineProperty(copy, name, { value: catalogue[name], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function signatureParams(algorithm: CatalogueSignatureAlgorithm): { name: string; hash?: string } {
  return algorithm === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: 'SHA-256' };
}

const importedKeys = new WeakMap<object, CryptoKeyParameter>();

/** Verifies a catalogue's signature; returns the refusal, or `undefined` when it verifies. */
async function verifySignature(
  catalogue: Record<string, unknown>,
  signature: unknown,
  keys: Readonly<Record<string, CataloguePublicKey>>,
): Promise<RemoteCatalogueError | undefined> {
  const invalid = (problem: CatalogueSignatureProblem, reason: string, details: { keyId?: string; cause?: unknown } = {}) =>
    new RemoteCatalogueError('catalogue-signature-invalid', `Refused remote catalogue: ${reason}`, { problem, ...details });

  if (Object.keys(keys).length === 0) return invalid('no-trusted-keys', 'a signature is required, but the host holds no public keys to verify it');
  if (!isRecord(signature)) return invalid('malformed', 'its signature is not an object with algorithm, keyId and value');
  const { algorithm, keyId, value } = signature;
  if (algorithm !== 'Ed25519' && algorithm !== 'ES256') return invalid('malformed', 'its signature algorithm must be "Ed25519" or "ES256"');
  if (typeof keyId !== 'string' || keyId === '') return invalid('malformed', 'its signature names no keyId');
  const signatureBytes = typeof value === 'string' && /^[A-Za-z0-9_-]+$/.test(value) ? decodeBase64(value) : undefined;
  if (signatureBytes === undefined) return invalid('malformed', 'its signature value is not base64url', { keyId });
  const shownKey = JSON.stringify(keyId.slice(0, 100));
  const trusted = Object.hasOwn(keys, keyId) ? keys[keyId] : undefined;
  if (trusted === undefined) return invalid('unknown-key', `it is signed with the key ${shownKey}, which this host does not trust`, { keyId });

  let key: CryptoKeyParameter;
  try {
    const imported = await toCryptoKey(trusted, algorithm);
    if (imported === undefined) return invalid('key-mismatch', `the key ${shownKey} is not a ${algorithm} public key`, { keyId });
    key = imported;
  } catch (cause) {
    return invalid('key-mismatch', `the key ${shownKey} could not be imported as a ${algorithm} public key`, { keyId, cause });
  }

  const unsigned = withoutSignature(catalogue);
  let verified: boolean;
  try {
    verified = await subtle().verify(signatureParams(algorithm), key, signatureBytes, new TextEncoder().encode(canonicalJson(unsigned)));
  } catch (cause) {
    return invalid('key-mismatch', `the key ${shownKey} cannot verify ${algorithm} signatures`, { keyId, cause });
  }
  return verified ? undefined : invalid('invalid', `its ${algorithm} signature by ${shownKey} does not match its contents: it was changed after signing, or signed with another key`, { keyId });
}

async function toCryptoKey(key: CataloguePublicKey, algorithm: CatalogueSignatureAlgorithm): Promise<CryptoKeyParameter | undefined> {
  if ('algorithm' in key && 'type' in key) {
    const name = key.algorithm.name;
    const curve = (key.algorithm as { namedCurve?: unknown }).namedCurve;
    const fits = algorithm === 'Ed25519' ? name === 'Ed25519' : name === 'ECDSA' && curve === 'P-256';
    return fits && key.type === 'public' ? (key as CryptoKeyParameter) : undefined;
  }
  const jwk = key;
  const fits = algorithm === 'Ed25519' ? jwk.kty === 'OKP' && jwk.crv === 'Ed25519' : jwk.kty === 'EC' && jwk.crv === 'P-256';
  if (!fits) return undefined;
  const cached = importedKeys.get(jwk);
  if (cached !== undefined) return cached;
  const imported = await subtle().importKey(
    'jwk',
    // Only the public members: a JWK that also holds the private `d` must not be imported as private.
    // `never`: the JWK overload's parameter type is not reachable without DOM or Node type names.
    { kty: jwk.kty, crv: jwk.crv, x: jwk.x, ...(jwk.y === undefined ? {} : { y: jwk.y }) } as never,
    algorithm === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  importedKeys.set(jwk, imported);
  return imported;
}

/** Decodes UTF-8 strictly: `TextDecoder` where the runtime has it, else the percent-decoder. */
function decodeUtf8(bytes: Uint8Array): string {
  const Decoder = (globalThis as { TextDecoder?: new (label: string, options: { fatal: boolean }) => { decode(input: Uint8Array): string } }).TextDecoder;
  if (Decoder !== undefined) return new Decoder('utf-8', { fatal: true }).decode(bytes);
  let escaped = '';
  for (const byte of bytes) escaped += byte < 0x80 && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).padStart(2, '0')}`;
  return decodeURIComponent(escaped);
}
