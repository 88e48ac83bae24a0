/**
 * The offline outbox: mutations stored before their first send, sent in order per queue when the
 * network allows, each with its stored idempotency key, so that a citizen's report is sent
 * exactly once even across crashes and reloads.
 *
 * @module
 */
import type { AnyEndpoint, EndpointInput } from '@gerbang/contracts';
import { prepareInput, type ApiClient } from '../client.ts';
import { OutboxError } from '../errors.ts';
import { createEmitter } from '../events.ts';
import { computeBackoff, type BackoffOptions } from '../steps/retry.ts';
import { randomKey } from '../steps/idempotency.ts';
import { sleep as defaultSleep } from '../steps/sleep.ts';
import type { Listener, Unsubscribe } from '../types.ts';
import type { OnlineSignal, OutboxEvents, OutboxItem, OutboxItemError, OutboxStorage } from './types.ts';

/** The options of {@link createOutbox}. */
export interface OutboxOptions {
  /**
   * The client that sends the items (its steps apply: auth, retries, logging).
   * @example createApiClient({ baseUrl })
   */
  client: ApiClient;
  /**
   * Where items are kept; see {@link createIndexedDbOutboxStorage} and, for Node, the file storage
   * of `@gerbang/client/node`.
   * @example createIndexedDbOutboxStorage()
   */
  storage: OutboxStorage;
  /**
   * The endpoints whose calls may be queued. Stored items name their endpoint by id, so a new
   * outbox (after a reload) must list the same endpoints to resume them.
   * @example [createReport, addReportComment]
   */
  endpoints: readonly AnyEndpoint[];
  /**
   * Whether the device is online, and when it comes back; items wait while it is offline and are
   * sent at once when it returns.
   * @default always online
   * @example browserOnlineSignal()
   */
  online?: OnlineSignal;
  /**
   * The backoff between attempts of one item (full jitter; `Retry-After` is honoured).
   * @default { baseDelay: 1000, maxDelay: 300000 }
   * @example { baseDelay: 2000, maxDelay: 600_000 }
   */
  backoff?: BackoffOptions;
  /**
   * Waits between attempts; the signal aborts when the wait is cut short (the network returned).
   * Inject a virtual clock in tests.
   * @default a timer
   * @example () => Promise.resolve()
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * The current time in milliseconds since the epoch.
   * @default Date.now
   * @example () => clock.now
   */
  now?: () => number;
}

/** The options of {@link Outbox.enqueue}. */
export interface EnqueueOptions {
  /**
   * The queue; items of one queue are sent one at a time, in the order they were queued.
   * @default 'default'
   * @example 'reports'
   */
  queue?: string;
  /**
   * The item's id and idempotency key. Give the id of the draft, so that queueing the same draft
   * again (after a crash before `enqueue` resolved) keeps one item.
   * @default a new random UUID
   * @example draft.id
   */
  idempotencyKey?: string;
}

/** An offline outbox, from {@link createOutbox}. */
export interface Outbox {
  /**
   * Validates a call and stores it before anything is sent; resolves with the stored item. When
   * an item with the same `idempotencyKey` exists, resolves with it and stores nothing.
   *
   * @param endpoint - An idempotent endpoint (a POST or PATCH marked `idempotent`, or a PUT or
   *   DELETE) listed in the outbox's `endpoints`.
   * @param input - The call's input; files (`Blob`, `File`) are stored with it.
   * @param options - The queue and the idempotency key.
   * @throws {@link OutboxError} for an endpoint that is not idempotent or not listed;
   * {@link ContractError} when the input breaks the contract; the storage's error when the item
   * could not be stored (then nothing is queued).
   * @example
   * ```ts
   * await outbox.enqueue(createReport, { body: { title, description, photos } }, { queue: 'reports', idempotencyKey: draft.id });
   * ```
   */
  enqueue<TEndpoint extends AnyEndpoint>(endpoint: TEndpoint, input: EndpointInput<TEndpoint>, options?: EnqueueOptions): Promise<OutboxItem>;
  /** Resolves with every item not yet removed, in order. */
  items(): Promise<readonly OutboxItem[]>;
  /**
   * Tries every waiting item now (skipping backoff waits) and resolves when no item is queued,
   * sending or retrying. While the device is offline, it waits for the network.
   */
  flush(): Promise<void>;
  /**
   * Queues a failed item again.
   *
   * @param id - The item id.
   * @throws {@link OutboxError} when no failed item has that id.
   */
  retry(id: string): Promise<void>;
  /**
   * Removes an item that is not being sent.
   *
   * @param id - The item id.
   * @throws {@link OutboxError} when the item is being sent.
   */
  discard(id: string): Promise<void>;
  /**
   * Listens to an outbox event.
   *
   * @param type - The event name, such as `'sent'`.
   * @param listener - Called with the event.
   * @returns A function that removes the listener.
   * @example
   * ```ts
   * outbox.on('progress', ({ item, loaded, total }) => showProgress(item.id, loaded / total));
   * ```
   */
  on<TType extends keyof OutboxEvents>(type: TType, listener: Listener<OutboxEvents[TType]>): Unsubscribe;
  /** Stops sending: loops end at their next step, and the online listener is removed. */
  close(): void;
}

const PENDING: readonly OutboxItem['state'][] = ['queued', 'sending', 'retrying'];
const PASSING_ERRORS = ['NetworkError', 'TimeoutError', 'OfflineError', 'CircuitOpenError'];

/**
 * Creates an offline outbox over a storage. It loads the stored items at once and resumes them:
 * items left `sending` by a crash are sent again with the same idempotency key, which the server
 * answers by replaying the first result.
 *
 * @param options - The client, the storage, the queueable endpoints, the online signal.
 * @example
 * ```ts
 * const outbox = createOutbox({
 *   client,
 *   storage: createIndexedDbOutboxStorage(),
 *   endpoints: [createReport],
 *   online: browserOnlineSignal(),
 * });
 * outbox.on('sent', ({ item, response }) => notify(`Laporan ${item.id} terkirim`, response));
 * await outbox.enqueue(createReport, { body: report }, { idempotencyKey: draft.id });
 * ```
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { client, storage, sleep = defaultSleep, now = Date.now } = options;
  const backoff: BackoffOptions = { baseDelay: 1000, maxDelay: 300_000, ...options.backoff };
  const online = options.online ?? { isOnline: () => true, subscribe: () => () => undefined };
  const endpoints = new Map(options.endpoints.map((endpoint) => [endpoint.id, endpoint]));
  const events = createEmitter<OutboxEvents>();
  const items = new Map<string, OutboxItem>();
  const loops = new Map<string, Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let seq = 0;
  let closed = false;
  let wakeUp = signal();

  const wake = () => {
    const current = wakeUp;
    wakeUp = signal();
    current.fire();
  };
  // The network is back, or the host asks: every waiting item is due at once.
  const dueNow = () => {
    for (const item of items.values()) if (item.state === 'retrying') items.set(item.id, { ...item, nextAttemptAt: 0 });
    wake();
  };
  const stopListening = online.subscribe((isOnline) => {
    if (isOnline) dueNow();
  });

  const ready = storage.load().then((loaded) => {
    for (const item of [...loaded].sort((a, b) => a.seq - b.seq)) {
      // A new process tries every waiting item at once.
      items.set(item.id, PENDING.includes(item.state) ? { ...item, nextAttemptAt: 0 } : item);
      seq = Math.max(seq, item.seq);
    }
    for (const item of items.values()) start(item.queue);
  });
  ready.catch(() => undefined);

  function start(queue: string): void {
    if (closed || loops.has(queue)) return;
    const loop = drain(queue).finally(() => {
      loops.delete(queue);
      if (!closed && firstPending(queue) !== undefined) start(queue);
      else if (loops.size === 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
    });
    loops.set(queue, loop);
  }

  function firstPending(queue: string): OutboxItem | undefined {
    let first: OutboxItem | undefined;
    for (const item of items.values()) {
      if (item.queue === queue && PENDING.includes(item.state) && (first === undefined || item.seq < first.seq)) first = item;
    }
    return first;
  }

  async function drain(queue: string): Promise<void> {
    for (;;) {
      // Items the server has but whose removal failed: remove them again first.
      for (const item of [...items.values()]) if (item.queue === queue && item.state === 'sent') await remove(item);
      const item = firstPending(queue);
      if (closed || item === undefined) return;
      if (!online.isOnline()) {
        await wakeUp.promise;
        continue;
      }
      const wait = item.nextAttemptAt - now();
      if (wait > 0) {
        const stop = new AbortController();
        const slept = await Promise.race([sleep(wait, stop.signal).then(() => true, () => false), wakeUp.promise.then(() => false)]);
        stop.abort();
        const current = items.get(item.id);
        if (slept && current !== undefined && PENDING.includes(current.state)) items.set(item.id, { ...current, nextAttemptAt: 0 });
        continue;
      }
      await send(item);
    }
  }

  async function remove(item: OutboxItem): Promise<void> {
    try {
      await storage.delete(item.id);
      items.delete(item.id);
    } catch {
      // It stays `sent` in memory and is removed on the next pass; after a crash, it is sent
      // again with its key and the server replays the first result.
    }
  }

  async function send(item: OutboxItem): Promise<void> {
    const endpoint = endpoints.get(item.endpointId);
    if (endpoint === undefined) {
      const error = new OutboxError(`The outbox item "${item.id}" calls the endpoint "${item.endpointId}", which is not in the outbox's endpoints`);
      await settle({ ...item, state: 'failed', lastError: describeError(error), updatedAt: now() }, 'failed', error);
      return;
    }
    const sending: OutboxItem = { ...item, state: 'sending', attempts: item.attempts + 1, updatedAt: now() };
    try {
      await storage.put(sending);
    } catch (error) {
      // Not recorded, so not sent: try again after a while.
      await retryLater(item, error, false);
      return;
    }
    items.set(sending.id, sending);
    events.emit('sending', { item: sending });
    let response: unknown;
    try {
      response = await client.call(endpoint, item.input as never, {
        idempotencyKey: item.id,
        onUploadProgress: ({ loaded, total }) => {
          events.emit('progress', { item: sending, loaded, total });
        },
      });
    } catch (error) {
      if (isPassing(error)) await retryLater(sending, error, true);
      else await settle({ ...sending, state: 'failed', lastError: describeError(error), updatedAt: now() }, 'failed', error);
      return;
    }
    const sent: OutboxItem = { ...sending, state: 'sent', lastError: undefined, updatedAt: now() };
    items.set(sent.id, sent);
    events.emit('sent', { item: sent, response });
    await remove(sent);
  }

  async function retryLater(item: OutboxItem, error: unknown, store: boolean): Promise<void> {
    const asked = (error as { retryAfter?: unknown }).retryAfter;
    const delay = Math.max(computeBackoff(Math.max(0, item.attempts - 1), backoff), typeof asked === 'number' ? asked : 0);
    const retrying: OutboxItem = { ...item, state: 'retrying', nextAttemptAt: now() + delay, lastError: describeError(error), updatedAt: now() };
    if (store) await storage.put(retrying).catch(() => undefined);
    items.set(retrying.id, retrying);
    events.emit('retrying', { item: retrying, error, delay });
  }

  async function settle(item: OutboxItem, type: 'failed', error: unknown): Promise<void> {
    // If this write fails, the stored item is still pending, and is tried again after a restart.
    await storage.put(item).catch(() => undefined);
    items.set(item.id, item);
    events.emit(type, { item, error });
  }

  async function find(id: string): Promise<OutboxItem> {
    await ready;
    const item = items.get(id);
    if (item === undefined) throw new OutboxError(`The outbox has no item "${id}"`);
    return item;
  }

  return {
    async enqueue(endpoint, input, enqueueOptions = {}) {
      if (!endpoint.idempotent) {
        throw new OutboxError(
          `The endpoint "${endpoint.id}" (${endpoint.method} ${endpoint.path}) cannot be queued: only idempotent calls can be sent again safely; mark it \`idempotent: true\``,
        );
      }
      // Compared by id, method and path rather than identity: a mini-app may bring its own copy of the contracts.
      const listed = endpoints.get(endpoint.id);
      if (listed === undefined || listed.method !== endpoint.method || listed.path !== endpoint.path) {
        throw new OutboxError(`The endpoint "${endpoint.id}" cannot be queued: list it in createOutbox({ endpoints }) so that a reloaded outbox can resume it`);
      }
      prepareInput(endpoint, input, client.baseUrl);
      await ready;
      const id = enqueueOptions.idempotencyKey ?? randomKey();
      const existing = items.get(id);
      if (existing !== undefined) return existing;
      const time = now();
      const item: OutboxItem = {
        id,
        queue: enqueueOptions.queue ?? 'default',
        seq: ++seq,
        endpointId: endpoint.id,
        input,
        state: 'queued',
        attempts: 0,
        createdAt: time,
        updatedAt: time,
        nextAttemptAt: 0,
      };
      await storage.put(item);
      items.set(id, item);
      events.emit('queued', { item });
      start(item.queue);
      return item;
    },
    async items() {
      await ready;
      return [...items.values()].sort((a, b) => a.seq - b.seq);
    },
    async flush() {
      await ready;
      for (const item of items.values()) start(item.queue);
      dueNow();
      if (loops.size === 0) return;
      await new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    async retry(id) {
      const item = await find(id);
      if (item.state !== 'failed') throw new OutboxError(`The outbox item "${id}" is ${item.state}, not failed`);
      const queued: OutboxItem = { ...item, state: 'queued', nextAttemptAt: 0, updatedAt: now() };
      await storage.put(queued);
      items.set(id, queued);
      events.emit('queued', { item: queued });
      start(queued.queue);
    },
    async discard(id) {
      const item = await find(id);
      if (item.state === 'sending') throw new OutboxError(`The outbox item "${id}" is being sent and cannot be discarded now`);
      await storage.delete(id);
      items.delete(id);
    },
    on: events.on,
    close() {
      closed = true;
      stopListening();
      wake();
    },
  };
}

function isPassing(error: unknown): boolean {
  const { name, status, problem } = error as { name?: unknown; status?: unknown; problem?: { type?: unknown } };
  if (PASSING_ERRORS.includes(name as string)) return true;
  if (name !== 'HttpError' || typeof status !== 'number') return false;
  // 409 is passing only while the same idempotency key is still in progress on the server.
  if (status === 409) return problem === undefined || problem.type === 'https://gerbang.dev/problems/idempotency-key-in-use';
  return status === 401 || status === 408 || status === 425 || status === 429 || status >= 500;
}

function describeError(error: unknown): OutboxItemError {
  const { code, message, status } = error as { code?: unknown; message?: unknown; status?: unknown };
  return {
    code: typeof code === 'string' ? code : 'unknown',
    message: typeof message === 'string' ? message : String(error),
    ...(typeof status === 'number' ? { status } : {}),
  };
}

function signal(): { readonly promise: Promise<void>; fire(): void } {
  let fire!: () => void;
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}
