/**
 * Key-value storage for modules: an async adapter interface that hosts implement (memory and Web
 * Storage adapters ship here), and a namespaced, JSON-typed view of it per module, so that one
 * module can never read or overwrite another's keys.
 *
 * @module
 */
import { GerbangError, isGerbangId, quoteValue } from '@gerbang/contracts';
import { DEV } from './dev.ts';

/**
 * Where a host keeps module data: strings under string keys. Every method is async, so that
 * adapters over IndexedDB, React Native's AsyncStorage or a native store fit behind it.
 *
 * Adapters report failures by throwing; {@link createModuleStorage} turns whatever they throw into
 * a {@link StorageError} naming the module and the key.
 */
export interface StorageAdapter {
  /** The value stored under `key`, or `undefined` when there is none. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key`, replacing any earlier value. */
  set(key: string, value: string): Promise<void>;
  /** Removes `key`; removing a key that does not exist is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored key that starts with `prefix`, in no particular order. */
  keys(prefix: string): Promise<readonly string[]>;
}

/** The stable codes of {@link StorageError}; each is an anchor in `docs/errors.md`. */
export type StorageErrorCode =
  | 'storage-unavailable'
  | 'storage-quota-exceeded'
  | 'storage-corrupt'
  | 'storage-invalid-key'
  | 'storage-invalid-value';

/**
 * Thrown by storage: the adapter failed or is full, a stored value is not valid JSON, or a key or
 * value cannot be stored. The message names the module and the key; the adapter's own error is
 * the `cause`.
 *
 * | code | meaning |
 * |---|---|
 * | `storage-unavailable` | the adapter threw (storage disabled, private mode, I/O error) |
 * | `storage-quota-exceeded` | the store is full |
 * | `storage-corrupt` | the stored text is not valid JSON; the raw text is kept in `error.raw` |
 * | `storage-invalid-key` | a key is empty, too long, not a string, or has control characters |
 * | `storage-invalid-value` | a value cannot be written as JSON (`undefined`, a function, a bigint, a cycle) |
 */
export class StorageError extends GerbangError<StorageErrorCode> {
  override name = 'StorageError' as const;
  /** The module whose storage failed, when the failure happened in a module's storage. */
  declare readonly moduleId: string | undefined;
  /** The key being read or written, when there was one. */
  declare readonly key: string | undefined;
  /** For `storage-corrupt`: the text found in storage, exactly as stored, so that nothing is lost. */
  declare readonly raw: string | undefined;

  /**
   * @param code - The stable code.
   * @param message - What went wrong, naming the module and the key.
   * @param details - The module, key, raw stored text and cause.
   */
  constructor(
    code: StorageErrorCode,
    message: string,
    details?: { moduleId?: string; key?: string; raw?: string; cause?: unknown },
  ) {
    super(code, message, details);
    // The module, key and raw text become fields (the cause already is one).
    Object.assign(this, details);
  }
}

/**
 * A module's own storage, as `ctx.storage`: JSON values under keys that only this module sees.
 * Every key is stored as `gerbang:<moduleId>:<key>`; module ids cannot contain `:`, so no key can
 * name another module's data.
 */
export interface ModuleStorage {
  /** The module that owns this storage. */
  readonly moduleId: string;
  /**
   * Reads a value.
   *
   * @typeParam T - The type the module stored. The value is not validated: validate it with a
   *   schema when an older version of the module may have stored another shape.
   * @throws {@link StorageError} `storage-corrupt` when the stored text is not JSON, or
   *   `storage-unavailable` when the adapter fails.
   */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /**
   * Writes a value as JSON.
   *
   * @throws {@link StorageError} `storage-invalid-value`, `storage-quota-exceeded` or `storage-unavailable`.
   */
  set(key: string, value: unknown): Promise<void>;
  /** Removes a key. */
  delete(key: string): Promise<void>;
  /** This module's keys, without the namespace, sorted. */
  keys(): Promise<readonly string[]>;
  /** Removes every key of this module, and no other. */
  clear(): Promise<void>;
}

/**
 * A key a module may use: 1 to 512 characters, none of them a control character (those would make
 * keys ambiguous in logs and some native stores).
 */
// eslint-disable-next-line no-control-regex
const VALID_KEY = /^[^\0-\x1f\x7f]{1,512}$/;

/**
 * The prefix under which a module's keys are stored in the host's adapter: `gerbang:<moduleId>:`.
 * A host can use it to remove a module's data when the module is uninstalled.
 *
 * @param moduleId - The module's id.
 */
export function moduleStoragePrefix(moduleId: string): string {
  return `gerbang:${moduleId}:`;
}

/**
 * Creates an adapter that keeps everything in memory: for tests, for Node, and as a fallback
 * when the device's storage is unavailable.
 *
 * @param initial - Entries to start with.
 * @example
 * ```ts
 * const storage = createMemoryStorage();
 * await storage.set('gerbang:lampung.aduan:draft', '{"title":"Jalan rusak"}');
 * ```
 */
export function createMemoryStorage(initial?: Iterable<readonly [string, string]>): StorageAdapter {
  const entries = new Map<string, string>(initial);
  const done = Promise.resolve();
  return {
    get: (key) => Promise.resolve(entries.get(key)),
    set: (key, value) => {
      entries.set(key, value);
      return done;
    },
    delete: (key) => {
      entries.delete(key);
      return done;
    },
    keys: (prefix) => Promise.resolve([...entries.keys()].filter((key) => key.startsWith(prefix))),
  };
}

/**
 * The part of the Web Storage API (`localStorage`, `sessionStorage`) that
 * {@link createWebStorage} uses, written out so that no DOM types are needed.
 */
export interface WebStorageLike {
  /** The number of stored keys. */
  readonly length: number;
  /** The value under `key`, or `null`. */
  getItem(key: string): string | null;
  /** Stores a value; throws `QuotaExceededError` when the store is full. */
  setItem(key: string, value: string): void;
  /** Removes a key. */
  removeItem(key: string): void;
  /** The key at `index`, or `null`. */
  key(index: number): string | null;
}

/**
 * Creates an adapter over Web Storage. A full store becomes a {@link StorageError} with the code
 * `storage-quota-exceeded`; storage that throws for any other reason (disabled cookies, private
 * mode) becomes `storage-unavailable`.
 *
 * @param storage - `localStorage`, `sessionStorage`, or anything with the same methods.
 * @example
 * ```ts
 * const host = createSuperApp({ brand, modules, storage: createWebStorage(localStorage) });
 * ```
 */
export function createWebStorage(storage: WebStorageLike): StorageAdapter {
  /** Runs `action` on `key` (none when listing), turning what the store throws into a {@link StorageError}. */
  const attempt = <T>(key: string | undefined, action: () => T): Promise<T> => {
    try {
      return Promise.resolve(action());
    } catch (cause) {
      const code = failureCode(cause);
      const message = DEV
        ? `${code === 'storage-unavailable' ? 'Storage failed' : 'Storage is full'} for ${key === undefined ? 'the storage' : `key ${quoteValue(key)}`}`
        : quoteValue(key);
      return Promise.reject(new StorageError(code, message, { ...(key !== undefined && { key }), cause }));
    }
  };
  return {
    get: (key) => attempt(key, () => storage.getItem(key) ?? undefined),
    set: (key, value) =>
      attempt(key, () => {
        storage.setItem(key, value);
      }),
    delete: (key) =>
      attempt(key, () => {
        storage.removeItem(key);
      }),
    keys: (prefix) =>
      attempt(undefined, () =>
        Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key?.startsWith(prefix) === true),
      ),
  };
}

/**
 * Gives a module its own storage over a shared adapter, namespaced as `gerbang:<moduleId>:`.
 * Values are JSON; keys may contain any printable characters, `:` and `/` included, and still
 * stay inside the module's namespace.
 *
 * @param adapter - The host's storage.
 * @param moduleId - The module's id.
 * @throws {@link StorageError} `storage-invalid-key` when `moduleId` is not a Gerbang id.
 * @example
 * ```ts
 * const storage = createModuleStorage(createMemoryStorage(), 'lampung.aduan');
 * await storage.set('draft', { title: 'Jalan rusak', photos: 2 });
 * const draft = await storage.get<{ title: string; photos: number }>('draft');
 * ```
 */
export function createModuleStorage(adapter: StorageAdapter, moduleId: string): ModuleStorage {
  if (!isGerbangId(moduleId)) {
    throw new StorageError('storage-invalid-key', DEV ? `Cannot create storage for ${quoteValue(moduleId)}: it is not a module id` : quoteValue(moduleId));
  }
  const prefix = moduleStoragePrefix(moduleId);

  /** A {@link StorageError} about `key` (none when listing); in production its message is just the module and the key. */
  const fail = (code: StorageErrorCode, key: unknown, details?: { raw?: string; cause?: unknown }): StorageError =>
    new StorageError(
      code,
      DEV
        ? `${
            {
              'storage-invalid-key': 'Invalid storage key (keys are 1 to 512 characters, without control characters):',
              'storage-invalid-value': 'Cannot store a value JSON cannot hold (undefined, a function, a bigint, a cycle; use delete() to remove a key) under',
              'storage-corrupt': `Corrupt storage: no JSON (${details?.raw?.length} characters) under`,
              'storage-quota-exceeded': 'Storage is full for',
              'storage-unavailable': 'Storage failed for',
            }[code]
          } ${key === undefined ? 'the storage' : `key ${quoteValue(key)}`} of module "${moduleId}"`
        : `${moduleId} ${quoteValue(key)}`,
      { moduleId, ...(typeof key === 'string' && { key }), ...details },
    );

  const checked = (key: unknown): string => {
    if (typeof key === 'string' && VALID_KEY.test(key)) return key;
    throw fail('storage-invalid-key', key);
  };

  /** Runs one call of the adapter for `key` (none when listing), turning what it throws into a {@link StorageError}. */
  const call = async <T>(key: string | undefined, action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (cause) {
      throw fail(failureCode(cause), key, { cause });
    }
  };

  const storage: ModuleStorage = {
    moduleId,
    async get<T>(key: string): Promise<T | undefined> {
      const raw = await call(checked(key), () => adapter.get(prefix + key));
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch (cause) {
        throw fail('storage-corrupt', key, { raw, cause });
      }
    },
    async set(key: string, value: unknown): Promise<void> {
      checked(key);
      let text: string | undefined;
      let failure = {};
      try {
        // Throws for a bigint or a cycle; `undefined` for `undefined` or a function.
        text = JSON.stringify(value);
      } catch (cause) {
        failure = { cause };
      }
      if (text === undefined) throw fail('storage-invalid-value', key, failure);
      await call(key, () => adapter.set(prefix + key, text));
    },
    async delete(key: string): Promise<void> {
      await call(checked(key), () => adapter.delete(prefix + key));
    },
    async keys(): Promise<readonly string[]> {
      const stored = await call(undefined, () => adapter.keys(prefix));
      // The adapter is trusted to filter, but a lax one must not leak other modules' keys.
      return stored.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)).sort();
    },
    async clear(): Promise<void> {
      for (const key of await storage.keys()) await call(key, () => adapter.delete(prefix + key));
    },
  };
  return storage;
}

// ---------------------------------------------------------------------------------------------
// internals

/** The code of a failure of the adapter, or of the platform's storage underneath. */
function failureCode(cause: unknown): 'storage-quota-exceeded' | 'storage-unavailable' {
  const { name, code } = Object(cause) as { name?: unknown; code?: unknown };
  return code === 'storage-quota-exceeded' || code === 22 || code === 1014 || name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? 'storage-quota-exceeded'
    : 'storage-unavailable';
}
