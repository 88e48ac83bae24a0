/**
 * The idempotency ledger: what the mock back end remembers about each `Idempotency-Key`, so that
 * a retried request replays its first result (IETF httpapi draft "The Idempotency-Key HTTP Header
 * Field").
 *
 * @module
 */

/** A response kept for replay: its status, headers and JSON body. */
export interface StoredResponse {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers that are replayed with it. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, or `undefined` for no content. */
  readonly body: unknown;
}

/** What the ledger knows about a key when a request arrives with it. */
export type IdempotencyLookup =
  | { readonly state: 'new' }
  | { readonly state: 'in-progress' }
  | { readonly state: 'mismatch' }
  | { readonly state: 'replay'; readonly response: StoredResponse };

/**
 * Remembers idempotency keys with the fingerprint of their request and, once it is answered, the
 * response. Keys are scoped by the caller: pass the endpoint id and the citizen in `scope`.
 */
export interface IdempotencyLedger {
  /**
   * Looks a key up and, when it is new, marks it in progress.
   *
   * @param scope - The endpoint and caller the key belongs to.
   * @param key - The `Idempotency-Key` header.
   * @param fingerprint - A canonical form of the request payload.
   */
  begin(scope: string, key: string, fingerprint: string): IdempotencyLookup;
  /**
   * Stores the response of a key in progress, for replay.
   *
   * @param scope - As given to `begin`.
   * @param key - As given to `begin`.
   * @param response - The response to replay.
   */
  complete(scope: string, key: string, response: StoredResponse): void;
  /**
   * Forgets a key in progress whose request failed in a way that must not be replayed (a 5xx or
   * a 429), so that a retry runs again.
   *
   * @param scope - As given to `begin`.
   * @param key - As given to `begin`.
   */
  abandon(scope: string, key: string): void;
  /** How many keys the ledger holds. */
  readonly size: number;
  /** Forgets every key. */
  clear(): void;
}

interface Entry {
  readonly fingerprint: string;
  response: StoredResponse | undefined;
}

/**
 * Creates an empty idempotency ledger. The mock store has one (`store.idempotency`), cleared by
 * `store.reset()`.
 *
 * @example
 * ```ts
 * const ledger = createIdempotencyLedger();
 * ledger.begin('reports.create', 'key-1', '{"title":"x"}'); // { state: 'new' }
 * ```
 */
export function createIdempotencyLedger(): IdempotencyLedger {
  const entries = new Map<string, Entry>();
  const id = (scope: string, key: string): string => `${scope}\u0000${key}`;
  return {
    begin(scope, key, fingerprint) {
      const entry = entries.get(id(scope, key));
      if (entry === undefined) {
        entries.set(id(scope, key), { fingerprint, response: undefined });
        return { state: 'new' };
      }
      if (entry.fingerprint !== fingerprint) return { state: 'mismatch' };
      return entry.response === undefined ? { state: 'in-progress' } : { state: 'replay', response: entry.response };
    },
    complete(scope, key, response) {
      const entry = entries.get(id(scope, key));
      if (entry !== undefined) entry.response = response;
    },
    abandon(scope, key) {
      const entry = entries.get(id(scope, key));
      if (entry?.response === undefined) entries.delete(id(scope, key));
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
