/**
 * The shapes of the offline outbox: items, their states, the storage adapter contract, the
 * online signal and the events.
 *
 * @module
 */
import type { Unsubscribe } from '../types.ts';

/**
 * The state of an outbox item:
 * - `queued`: stored, not yet sent;
 * - `sending`: a request is on its way (after a crash, the item is sent again with the same key);
 * - `retrying`: the last attempt failed for a passing reason (offline, timeout, 5xx, 429, 401);
 *   it waits for its next attempt or for the network to return;
 * - `sent`: the server accepted it; it is removed from storage;
 * - `failed`: the server refused it for good (a 4xx such as 422); it stays stored until the host
 *   retries or discards it.
 */
export type OutboxItemState = 'queued' | 'sending' | 'retrying' | 'sent' | 'failed';

/** Why the last attempt of an item failed, as stored with it. */
export interface OutboxItemError {
  /** The error's stable code, such as `network-error` or `http-error`. */
  readonly code: string;
  /** The error message (URLs masked). */
  readonly message: string;
  /** The HTTP status, for an `http-error`. */
  readonly status?: number;
}

/** One queued mutation, as stored and as events report it. */
export interface OutboxItem {
  /** The item id, which is also its `Idempotency-Key`: every attempt, in any process, sends it. */
  readonly id: string;
  /** The queue; items of one queue are sent one at a time, in order. */
  readonly queue: string;
  /** The order of the item among all items, increasing. */
  readonly seq: number;
  /** The id of the endpoint to call. */
  readonly endpointId: string;
  /** The call's input as given to `enqueue` (files included). */
  readonly input: unknown;
  /** The state; see {@link OutboxItemState}. */
  readonly state: OutboxItemState;
  /** How many attempts were started. */
  readonly attempts: number;
  /** When it was queued, in milliseconds since the epoch. */
  readonly createdAt: number;
  /** When its state last changed, in milliseconds since the epoch. */
  readonly updatedAt: number;
  /** The earliest time of its next attempt, in milliseconds since the epoch (0: at once). */
  readonly nextAttemptAt: number;
  /** Why the last attempt failed, if it did. */
  readonly lastError?: OutboxItemError | undefined;
}

/**
 * Where the outbox keeps its items. Each method must be durable when its promise resolves: after
 * a crash, `load` returns every item whose last `put` resolved, as it was put (files included),
 * and none whose `delete` resolved. A `put` that rejects may or may not have been applied.
 */
export interface OutboxStorage {
  /** Reads every stored item. */
  load(): Promise<readonly OutboxItem[]>;
  /**
   * Stores an item, replacing the one with the same id.
   *
   * @param item - The item.
   */
  put(item: OutboxItem): Promise<void>;
  /**
   * Removes an item; removing a missing one is not an error.
   *
   * @param id - The item id.
   */
  delete(id: string): Promise<void>;
}

/** Tells the outbox whether the device is online, and when that changes. */
export interface OnlineSignal {
  /** Whether the device is online now. */
  isOnline(): boolean;
  /**
   * Listens to changes.
   *
   * @param listener - Called with the new state.
   * @returns A function that removes the listener.
   */
  subscribe(listener: (online: boolean) => void): Unsubscribe;
}

/** An event about one item. */
export interface OutboxItemEvent {
  /** The item, in its new state. */
  readonly item: OutboxItem;
}

/** The events of an outbox, one per state transition, plus upload progress. */
export interface OutboxEvents {
  /** An item was stored and waits to be sent. */
  queued: OutboxItemEvent;
  /** An attempt started. */
  sending: OutboxItemEvent;
  /** Part of an item's body was uploaded. */
  progress: OutboxItemEvent & {
    /** Bytes sent so far. */
    readonly loaded: number;
    /** Bytes to send. */
    readonly total: number;
  };
  /** The server accepted an item. */
  sent: OutboxItemEvent & {
    /** The parsed response. */
    readonly response: unknown;
  };
  /** An attempt failed for a passing reason; the item will be sent again. */
  retrying: OutboxItemEvent & {
    /** Why the attempt failed. */
    readonly error: unknown;
    /** The wait before the next attempt, in milliseconds (it starts early when the network returns). */
    readonly delay: number;
  };
  /** The server refused an item for good. */
  failed: OutboxItemEvent & {
    /** Why. */
    readonly error: unknown;
  };
}
