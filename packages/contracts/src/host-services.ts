/**
 * Services a host offers every module, by ref: modules ask for them with `ctx.services.get(ref)`
 * and never import the host's packages.
 *
 * @module
 */
import type { AnyEndpoint, EndpointInput, EndpointResponse } from './endpoint.ts';
import { createServiceRef } from './service-ref.ts';

/**
 * Where a mutation kept for later stands:
 * - `queued`: stored on the device, waiting for the network;
 * - `sending`: on its way;
 * - `retrying`: the last attempt failed for a passing reason; it is sent again later;
 * - `sent`: the server accepted it;
 * - `failed`: the server refused it for good; the citizen can retry or discard it.
 */
export type OutboxEntryState = 'queued' | 'sending' | 'retrying' | 'sent' | 'failed';

/** A mutation kept on the device until the server accepts it, as a module sees it. */
export interface OutboxEntry {
  /** The entry id, which is also the request's `Idempotency-Key`. */
  readonly id: string;
  /** The id of the module that submitted it. */
  readonly moduleId: string;
  /** The endpoint id, such as `aduan.create-report`. */
  readonly endpointId: string;
  /** Where it stands. */
  readonly state: OutboxEntryState;
  /** A short text for the citizen, given at submission (such as the report's category). */
  readonly label?: string | undefined;
  /** When it was submitted, in milliseconds since the epoch. */
  readonly createdAt: number;
  /** How many attempts were started. */
  readonly attempts: number;
  /** Why the last attempt failed, if it did. */
  readonly error?: { readonly code: string; readonly message: string; readonly status?: number | undefined } | undefined;
  /** The server's response once it was sent. */
  readonly response?: unknown;
}

/** What {@link OutboxService.submit} gave: the response at once, or an entry kept for later. */
export type OutboxSubmission<TEndpoint extends AnyEndpoint> =
  | { readonly status: 'sent'; readonly entry: OutboxEntry; readonly response: EndpointResponse<TEndpoint> }
  | { readonly status: 'queued'; readonly entry: OutboxEntry };

/**
 * The host's offline outbox. A module submits an idempotent mutation (such as a citizen report);
 * the host sends it at once when it can, or keeps it on the device, across reloads, and sends it
 * exactly once when the network returns.
 */
export interface OutboxService {
  /**
   * Submits an idempotent mutation. Resolves with the response when it was sent within the
   * host's wait, or with the entry kept for later; rejects only when it cannot be stored, or
   * when the server refuses it for good on the first attempt (with the client's typed error).
   *
   * @param endpoint - An endpoint marked idempotent.
   * @param input - Its params, query and body (files included).
   * @param options - A label shown to the citizen while the entry waits.
   */
  submit<TEndpoint extends AnyEndpoint>(
    endpoint: TEndpoint,
    input: EndpointInput<TEndpoint>,
    options?: { readonly label?: string },
  ): Promise<OutboxSubmission<TEndpoint>>;
  /** The calling module's entries not yet removed, oldest first. */
  entries(): Promise<readonly OutboxEntry[]>;
  /**
   * Calls `listener` with the calling module's entries whenever one changes.
   *
   * @param listener - Receives the entries, oldest first.
   * @returns A function that stops the calls.
   */
  subscribe(listener: (entries: readonly OutboxEntry[]) => void): () => void;
  /**
   * Sends a `failed` entry again.
   *
   * @param id - The entry id.
   */
  retry(id: string): Promise<void>;
  /**
   * Forgets an entry that was not sent.
   *
   * @param id - The entry id.
   */
  discard(id: string): Promise<void>;
}

/**
 * The ref of the host's offline outbox (`gerbang.outbox` 1.0.0). `@gerbang/web` provides it.
 *
 * @example
 * ```ts
 * const outbox = ctx.services.get(outboxServiceRef);
 * const result = await outbox.submit(createReport, { body, files }, { label: 'Jalan rusak' });
 * if (result.status === 'queued') showQueued(result.entry);
 * ```
 */
export const outboxServiceRef = /* @__PURE__ */ createServiceRef<OutboxService>({
  id: 'gerbang.outbox',
  version: '1.0.0',
  description: 'Keeps idempotent mutations on the device until the server accepts them, and sends each exactly once.',
});
