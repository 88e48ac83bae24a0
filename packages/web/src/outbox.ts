/**
 * The host's outbox service (`gerbang.outbox`), over `@gerbang/client`'s offline outbox: each
 * module sees only its own entries, a submission is stored before it is sent, and it is sent
 * exactly once, across reloads.
 *
 * @module
 */
import type { AnyEndpoint, EndpointInput, OutboxEntry, OutboxService, OutboxSubmission } from '@gerbang/contracts';
import { outboxServiceRef } from '@gerbang/contracts';
import { createOutbox, OutboxError } from '@gerbang/client';
import type { ApiClient, OnlineSignal, Outbox, OutboxItem, OutboxStorage } from '@gerbang/client';
import { provideModuleService } from '@gerbang/core';
import type { HostService } from '@gerbang/core';

/** The options of {@link createWebOutbox}. */
export interface WebOutboxOptions {
  /**
   * The client that sends the entries (its steps apply: auth, retries, logging).
   * @example createApiClient({ baseUrl: '/api' })
   */
  readonly client: ApiClient;
  /**
   * Where entries are kept until they are sent.
   * @example createIndexedDbOutboxStorage()
   */
  readonly storage: OutboxStorage;
  /**
   * The endpoints modules may submit. Stored entries name their endpoint by id, so the list must
   * be known before any module loads, to resume the entries of a previous visit.
   * @example [createReport]
   */
  readonly endpoints: readonly AnyEndpoint[];
  /**
   * Whether the device is online, and when it comes back.
   * @default always online
   * @example browserOnlineSignal()
   */
  readonly online?: OnlineSignal;
  /**
   * How long `submit` waits for the server, in milliseconds, before it resolves with the entry
   * kept for later (the entry is still sent).
   * @default 15000
   * @example 5000
   */
  readonly submitWait?: number;
}

/** The outbox of a web host, from {@link createWebOutbox}. */
export interface WebOutbox {
  /** The client's outbox underneath, with every module's entries. */
  readonly outbox: Outbox;
  /** The `gerbang.outbox` service for `createSuperApp({ services })`, one implementation per module. */
  readonly service: HostService<OutboxService>;
  /**
   * The outbox service as one module sees it.
   *
   * @param moduleId - The module id.
   */
  forModule(moduleId: string): OutboxService;
  /**
   * The entries of every module, oldest first, as the shell shows them.
   */
  entries(): Promise<readonly OutboxEntry[]>;
  /**
   * Calls `listener` with every module's entries whenever one changes.
   *
   * @param listener - Receives the entries, oldest first.
   * @returns A function that stops the calls.
   */
  subscribe(listener: (entries: readonly OutboxEntry[]) => void): () => void;
  /**
   * Sends a `failed` entry of any module again (the shell's outbox panel).
   *
   * @param id - The entry id.
   */
  retry(id: string): Promise<void>;
  /**
   * Forgets an entry of any module that is not being sent (the shell's outbox panel).
   *
   * @param id - The entry id.
   */
  discard(id: string): Promise<void>;
  /** Stops sending and removes the listeners. */
  close(): void;
}

/** The queue of a module's entries: entries of one module are sent one at a time, in order. */
const QUEUE_PREFIX = 'module:';

/** The states of an entry not yet sent nor refused. */
const WAITING: ReadonlySet<OutboxItem['state']> = new Set(['queued', 'sending', 'retrying']);

/** An outbox item as this service stores it: with the label given at submission. */
type LabelledItem = OutboxItem & { readonly label?: string };

type Outcome =
  | { readonly type: 'sent'; readonly item: OutboxItem; readonly response: unknown }
  | { readonly type: 'failed'; readonly item: OutboxItem; readonly error: unknown }
  | { readonly type: 'later' };

/**
 * Creates the host's outbox: the client's outbox over `storage`, and the `gerbang.outbox` service
 * that modules get through `ctx.services.get(outboxServiceRef)`. Entries are tagged with their
 * module (their queue is `module:<id>`) and keep their label in storage, so that after a reload
 * each module still sees only its own.
 *
 * @param options - The client, the storage, the endpoints, the online signal and the wait.
 * @example
 * ```ts
 * const web = createWebOutbox({ client, storage: createIndexedDbOutboxStorage(), endpoints: [createReport], online });
 * const host = createSuperApp({ modules, services: [web.service] });
 * ```
 */
export function createWebOutbox(options: WebOutboxOptions): WebOutbox {
  const { client, endpoints } = options;
  const online = options.online ?? { isOnline: () => true, subscribe: () => () => undefined };
  const submitWait = options.submitWait ?? 15_000;
  const labels = new Map<string, string>();
  const moduleListeners = new Map<string, Set<(entries: readonly OutboxEntry[]) => void>>();
  const allListeners = new Set<(entries: readonly OutboxEntry[]) => void>();

  const storage: OutboxStorage = {
    async load() {
      const items = (await options.storage.load()) as readonly LabelledItem[];
      for (const item of items) if (typeof item.label === 'string') labels.set(item.id, item.label);
      return items;
    },
    put(item) {
      const label = labels.get(item.id);
      return options.storage.put(label === undefined ? item : ({ ...item, label } as LabelledItem));
    },
    async delete(id) {
      await options.storage.delete(id);
      labels.delete(id);
    },
  };
  const outbox = createOutbox({ client, storage, endpoints, online });

  const toEntry = (item: OutboxItem): OutboxEntry => {
    const label = labels.get(item.id);
    const { lastError } = item;
    return {
      id: item.id,
      moduleId: moduleOf(item) ?? '',
      endpointId: item.endpointId,
      state: item.state,
      ...(label === undefined ? {} : { label }),
      createdAt: item.createdAt,
      attempts: item.attempts,
      ...(lastError === undefined
        ? {}
        : { error: { code: lastError.code, message: lastError.message, ...(lastError.status === undefined ? {} : { status: lastError.status }) } }),
    };
  };

  /** Entries of one module (or all), with `extra` (an entry just sent, with its response) in place of its item. */
  const entriesOf = async (moduleId: string | undefined, extra?: OutboxEntry): Promise<OutboxEntry[]> => {
    const entries = (await outbox.items()).map((item) => (item.id === extra?.id ? extra : toEntry(item)));
    if (extra !== undefined && !entries.includes(extra)) entries.push(extra);
    return entries.filter((entry) => moduleId === undefined || entry.moduleId === moduleId);
  };

  const call = (listener: (entries: readonly OutboxEntry[]) => void, entries: readonly OutboxEntry[]): void => {
    try {
      listener(entries);
    } catch {
      // A listener that throws must not stop the outbox, nor the other listeners.
    }
  };

  const notify = (moduleId: string | undefined, extra?: OutboxEntry): void => {
    const listeners = moduleId === undefined ? undefined : moduleListeners.get(moduleId);
    if ((listeners === undefined || listeners.size === 0) && allListeners.size === 0) return;
    const all = entriesOf(undefined, extra);
    all.then(
      (entries) => {
        for (const listener of [...allListeners]) call(listener, entries);
        if (listeners === undefined) return;
        const own = entries.filter((entry) => entry.moduleId === moduleId);
        for (const listener of [...listeners]) call(listener, own);
      },
      () => undefined,
    );
  };

  const unsubscribers = [
    outbox.on('queued', ({ item }) => {
      notify(moduleOf(item));
    }),
    outbox.on('sending', ({ item }) => {
      notify(moduleOf(item));
    }),
    outbox.on('retrying', ({ item }) => {
      notify(moduleOf(item));
    }),
    outbox.on('failed', ({ item }) => {
      notify(moduleOf(item));
    }),
    outbox.on('sent', ({ item, response }) => {
      // The entry is removed from storage now: this notification reports it once, with its response.
      notify(moduleOf(item), { ...toEntry(item), response });
    }),
  ];

  /** Waits for the first outcome of an entry, or for the host's patience to run out. */
  const firstOutcome = (id: string): { readonly promise: Promise<Outcome>; cancel(): void } => {
    const stops: (() => void)[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancel = (): void => {
      for (const stop of stops.splice(0)) stop();
      if (timer !== undefined) clearTimeout(timer);
    };
    const promise = new Promise<Outcome>((resolve) => {
      const settle = (outcome: Outcome): void => {
        cancel();
        resolve(outcome);
      };
      stops.push(
        outbox.on('sent', ({ item, response }) => {
          if (item.id === id) settle({ type: 'sent', item, response });
        }),
        outbox.on('failed', ({ item, error }) => {
          if (item.id === id) settle({ type: 'failed', item, error });
        }),
        outbox.on('retrying', ({ item }) => {
          if (item.id === id) settle({ type: 'later' });
        }),
        online.subscribe((isOnline) => {
          if (!isOnline) settle({ type: 'later' });
        }),
      );
      timer = setTimeout(() => {
        settle({ type: 'later' });
      }, submitWait);
    });
    return { promise, cancel };
  };

  const forModule = (moduleId: string): OutboxService => {
    const queue = `${QUEUE_PREFIX}${moduleId}`;
    const own = async (id: string): Promise<OutboxItem> => {
      const item = (await outbox.items()).find((each) => each.id === id);
      if (item === undefined || item.queue !== queue) throw new OutboxError(`The module "${moduleId}" has no outbox entry "${id}"`);
      return item;
    };
    return {
      async submit<TEndpoint extends AnyEndpoint>(
        endpoint: TEndpoint,
        input: EndpointInput<TEndpoint>,
        submitOptions: { readonly label?: string } = {},
      ): Promise<OutboxSubmission<TEndpoint>> {
        const id = newId();
        if (submitOptions.label !== undefined) labels.set(id, submitOptions.label);
        // Entries of one module go out in order: behind a waiting one, this one waits too.
        const behind = (await outbox.items()).some((each) => each.queue === queue && WAITING.has(each.state));
        const outcome = online.isOnline() && !behind ? firstOutcome(id) : undefined;
        let item: OutboxItem;
        try {
          item = await outbox.enqueue(endpoint, input, { queue, idempotencyKey: id });
        } catch (error) {
          outcome?.cancel();
          labels.delete(id);
          throw error;
        }
        const result = outcome === undefined ? ({ type: 'later' } as const) : await outcome.promise;
        if (result.type === 'sent') {
          return { status: 'sent', entry: { ...toEntry(result.item), response: result.response }, response: result.response as never };
        }
        if (result.type === 'failed') {
          // Refused for good on the first attempt: the caller gets the typed error (and keeps
          // what the citizen typed), so the entry is not kept.
          await outbox.discard(id).catch(() => undefined);
          notify(moduleId);
          throw result.error;
        }
        const current = (await outbox.items()).find((each) => each.id === id) ?? item;
        return { status: 'queued', entry: toEntry(current) };
      },
      entries: () => entriesOf(moduleId),
      subscribe(listener) {
        let listeners = moduleListeners.get(moduleId);
        if (listeners === undefined) moduleListeners.set(moduleId, (listeners = new Set()));
        const set = listeners;
        // One call at once with the entries kept so far (from an earlier visit, say).
        let live = true;
        entriesOf(moduleId).then(
          (entries) => {
            if (live) call(listener, entries);
          },
          () => undefined,
        );
        const wrapped = (entries: readonly OutboxEntry[]): void => {
          listener(entries);
        };
        set.add(wrapped);
        return () => {
          live = false;
          set.delete(wrapped);
        };
      },
      async retry(id) {
        await own(id);
        await outbox.retry(id);
      },
      async discard(id) {
        await own(id);
        await outbox.discard(id);
        notify(moduleId);
      },
    };
  };

  return {
    outbox,
    service: provideModuleService(outboxServiceRef, forModule),
    forModule,
    entries: () => entriesOf(undefined),
    subscribe(listener) {
      let live = true;
      entriesOf(undefined).then(
        (entries) => {
          if (live) call(listener, entries);
        },
        () => undefined,
      );
      const wrapped = (entries: readonly OutboxEntry[]): void => {
        listener(entries);
      };
      allListeners.add(wrapped);
      return () => {
        live = false;
        allListeners.delete(wrapped);
      };
    },
    retry: (id) => outbox.retry(id),
    async discard(id) {
      const item = (await outbox.items()).find((each) => each.id === id);
      await outbox.discard(id);
      if (item !== undefined) notify(moduleOf(item));
    },
    close() {
      for (const stop of unsubscribers) stop();
      moduleListeners.clear();
      allListeners.clear();
      outbox.close();
    },
  };
}

function moduleOf(item: OutboxItem): string | undefined {
  return item.queue.startsWith(QUEUE_PREFIX) ? item.queue.slice(QUEUE_PREFIX.length) : undefined;
}

/** A random UUID (v4), also outside secure contexts where `crypto.randomUUID` is missing. */
function newId(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
