/**
 * Key-value storage for modules: an async adapter interface that hosts implement (memory and Web
 * Storage adapters ship here), and a namespaced, JSON-typed view of it per module, so that one
 * module can never read or overwrite another's keys.
 *
 * @module
 */
import { GerbangError, isGerbangError, isGerbangId, quoteValue } from '@gerbang/contracts';

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
  readonly moduleId: string | undefined;
  /** The key being read or written, when there was one. */
  readonly key: string | undefined;
  /** For `storage-corrupt`: the text found in storage, exactly as stored, so that nothing is lost. */
  readonly raw: string | undefined;

  /**
   * @param code - The stable code.
   * @param message - What went wrong, naming the module and the key.
   * @param details - The module, key, raw stored text and cause.
   */
  constructor(
    code: StorageErrorCode,
    message: string,
    details: { moduleId?: string; key?: string; raw?: string; cause?: unknown } = {},
  ) {
    super(code, message, details);
    this.moduleId = details.moduleId;
    this.key = details.key;
    this.raw = details.raw;
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

const MAX_KEY_LENGTH = 512;
/** `JSON.stringify`, typed as it behaves: `undefined` for a function, a symbol or `undefined` itself. */
const toJson = (value: unknown): string | undefined => JSON.stringify(value);
// Control characters would make keys ambiguous in logs and some native stores.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

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
export function createMemoryStorage(initial: Iterable<readonly [string, string]> = []): StorageAdapter {
  const entries = new Map<string, string>(initial);
  return {
    get: (key) => Promise.resolve(entries.get(key)),
    set: (key, value) => {
      entries.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      entries.delete(key);
      return Promise.resolve();
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
  const attempt = <T>(key: string | undefined, action: () => T): Promise<T> => {
    try {
      return Promise.resolve(action());
    } catch (cause) {
      return Promise.reject(storageFailure(cause, key === undefined ? 'storage' : `key ${JSON.stringify(key)}`, key === undefined ? {} : { key }));
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
      attempt(undefined, () => {
        const found: string[] = [];
        for (let index = 0; index < storage.length; index++) {
          const key = storage.key(index);
          if (key?.startsWith(prefix) === true) found.push(key);
        }
        return found;
      }),
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
    throw new StorageError('storage-invalid-key', `Cannot create storage for ${quoteValue(moduleId)}: it is not a module id`);
  }
  const prefix = moduleStoragePrefix(moduleId);
  const where = (key: string): string => `key ${JSON.stringify(key)} of module "${moduleId}"`;

  const checkKey = (key: unknown): string => {
    const problem =
      typeof key !== 'string'
        ? `must be a string, not ${quoteValue(key)}`
        : key === ''
          ? 'must not be empty'
          : key.length > MAX_KEY_LENGTH
            ? `must be at most ${MAX_KEY_LENGTH} characters`
            : CONTROL_CHARACTER.test(key)
              ? 'must not contain control characters'
              : undefined;
    if (problem !== undefined) {
      throw new StorageError('storage-invalid-key', `Invalid storage key of module "${moduleId}": the key ${problem}`, {
        moduleId,
        ...(typeof key === 'string' ? { key } : {}),
      });
    }
    return key as string;
  };

  const call = async <T>(key: string | undefined, action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (cause) {
      throw storageFailure(cause, key === undefined ? `storage of module "${moduleId}"` : where(key), { moduleId, ...(key === undefined ? {} : { key }) });
    }
  };

  const ownKeys = async (): Promise<string[]> => {
    const stored = await call(undefined, () => adapter.keys(prefix));
    // The adapter is trusted to filter, but a lax one must not leak other modules' keys.
    return stored.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  };

  return {
    moduleId,
    async get<T>(key: string): Promise<T | undefined> {
      const checked = checkKey(key);
      const raw = await call(checked, () => adapter.get(prefix + checked));
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch (cause) {
        throw new StorageError('storage-corrupt', `Corrupt storage: the ${where(checked)} does not hold JSON (${raw.length} characters)`, {
          moduleId,
          key: checked,
          raw,
          cause,
        });
      }
    },
    async set(key: string, value: unknown): Promise<void> {
      const checked = checkKey(key);
      let text: string | undefined;
      try {
        text = toJson(value);
      } catch (cause) {
        throw new StorageError('storage-invalid-value', `Cannot store the ${where(checked)}: the value cannot be written as JSON`, {
          moduleId,
          key: checked,
          cause,
        });
      }
      if (text === undefined) {
        throw new StorageError('storage-invalid-value', `Cannot store the ${where(checked)}: ${quoteValue(value)} is not a JSON value; use delete() to remove a key`, {
          moduleId,
          key: checked,
        });
      }
      const stored = text;
      await call(checked, () => adapter.set(prefix + checked, stored));
    },
    async delete(key: string): Promise<void> {
      const checked = checkKey(key);
      await call(checked, () => adapter.delete(prefix + checked));
    },
    async keys(): Promise<readonly string[]> {
      return (await ownKeys()).sort();
    },
    async clear(): Promise<void> {
      for (const key of await ownKeys()) await call(key, () => adapter.delete(prefix + key));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// internals

/** A failure of the adapter, or of the platform's storage underneath, as a typed error naming what was touched. */
function storageFailure(cause: unknown, subject: string, details: { moduleId?: string; key?: string }): StorageError {
  const full = isQuotaExceeded(cause);
  return new StorageError(full ? 'storage-quota-exceeded' : 'storage-unavailable', `${full ? 'Storage is full' : 'Storage failed'} for ${subject}`, {
    ...details,
    cause,
  });
}

function isQuotaExceeded(cause: unknown): boolean {
  if (isGerbangError(cause, 'storage-quota-exceeded')) return true;
  if (typeof cause !== 'object' || cause === null) return false;
  const { name, code } = cause as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
