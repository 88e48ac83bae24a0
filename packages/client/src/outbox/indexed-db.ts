/**
 * The IndexedDB storage of the outbox, for browsers: items, files included (IndexedDB stores
 * `Blob` and `File` values natively), in one object store, each write committed with strict
 * durability where the browser supports it.
 *
 * @module
 */
import { OutboxError } from '../errors.ts';
import type { OutboxItem, OutboxStorage } from './types.ts';

/** The part of `IDBFactory` the storage uses (`globalThis.indexedDB`, or fake-indexeddb in tests). */
export interface IndexedDbFactory {
  /**
   * Opens a database.
   *
   * @param name - The database name.
   * @param version - The schema version.
   */
  open(name: string, version?: number): unknown;
}

/** The options of {@link createIndexedDbOutboxStorage}. */
export interface IndexedDbOutboxStorageOptions {
  /**
   * The database name; use one per signed-in account if several can use the device.
   * @default 'gerbang-outbox'
   * @example 'lampung-in-outbox'
   */
  name?: string;
  /**
   * The IndexedDB factory.
   * @default globalThis.indexedDB
   * @example new IDBFactory() // from fake-indexeddb, in tests
   */
  indexedDB?: IndexedDbFactory;
}

interface Request<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface OpenRequest extends Request<Database> {
  onupgradeneeded: (() => void) | null;
}
interface Database {
  objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string, options: { keyPath: string }): unknown;
  transaction(store: string, mode: 'readonly' | 'readwrite', options?: { durability: 'strict' }): Transaction;
  onversionchange: (() => void) | null;
  close(): void;
}
interface Transaction {
  objectStore(name: string): {
    getAll(): Request<OutboxItem[]>;
    put(value: OutboxItem): Request<unknown>;
    delete(key: string): Request<unknown>;
  };
  error: unknown;
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

const STORE = 'items';

/**
 * Creates an outbox storage in IndexedDB. The database opens on first use; a write resolves when
 * its transaction has committed.
 *
 * @param options - The database name and the factory.
 * @throws {@link OutboxError} when IndexedDB is not available (use the memory storage there, or
 * the file storage of `@gerbang/client/node`).
 * @example
 * ```ts
 * const storage = createIndexedDbOutboxStorage({ name: 'lampung-in-outbox' });
 * ```
 */
export function createIndexedDbOutboxStorage(options: IndexedDbOutboxStorageOptions = {}): OutboxStorage {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IndexedDbFactory }).indexedDB;
  if (factory === undefined) throw new OutboxError('IndexedDB is not available here; give createIndexedDbOutboxStorage an `indexedDB` factory or use another storage');
  const name = options.name ?? 'gerbang-outbox';
  let database: Promise<Database> | undefined;

  const open = (): Promise<Database> =>
    (database ??= new Promise<Database>((resolve, reject) => {
      const request = factory.open(name, 1) as OpenRequest;
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Let a newer version of the app upgrade the database.
        db.onversionchange = () => {
          db.close();
          database = undefined;
        };
        resolve(db);
      };
      request.onerror = () => {
        database = undefined;
        reject(new OutboxError(`Could not open the IndexedDB database "${name}"`, { cause: request.error }));
      };
    }));

  const run = async <T>(mode: 'readonly' | 'readwrite', action: (store: ReturnType<Transaction['objectStore']>) => Request<T>): Promise<T> => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode, { durability: 'strict' });
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        resolve(request.result);
      };
      transaction.onerror = transaction.onabort = () => {
        reject(new OutboxError(`The IndexedDB database "${name}" refused a ${mode} transaction`, { cause: transaction.error }));
      };
    });
  };

  return {
    load: async () => (await run('readonly', (store) => store.getAll())).map((item) => ({ ...item, input: convertFiles(item.input, false) })),
    put: async (item) => {
      const stored = { ...item, input: convertFiles(item.input, true) };
      await run('readwrite', (store) => store.put(stored));
    },
    delete: async (id) => {
      await run('readwrite', (store) => store.delete(id));
    },
  };
}

/** How a `File` is stored: some engines clone a `File` into IndexedDB as a plain `Blob`, losing its name. */
interface StoredFile {
  readonly $$outboxFile: Blob;
  readonly name: string;
  readonly lastModified: number;
}

/** Wraps every `File` in `value` (when `store`), or unwraps it back (when loading). */
function convertFiles(value: unknown, store: boolean): unknown {
  if (store && value instanceof Blob) {
    const file = value as Partial<File>;
    if (typeof file.name !== 'string') return value;
    const stored: StoredFile = { $$outboxFile: value.slice(0, value.size, value.type), name: file.name, lastModified: file.lastModified ?? 0 };
    return stored;
  }
  if (Array.isArray(value)) return value.map((item) => convertFiles(item, store));
  // Only plain objects are walked: dates, typed arrays and other built-ins are cloned as they are.
  if (typeof value !== 'object' || value === null || ![Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)) return value;
  if (!store && '$$outboxFile' in value) {
    const stored = value as StoredFile;
    return new File([stored.$$outboxFile], stored.name, { type: stored.$$outboxFile.type, lastModified: stored.lastModified });
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertFiles(item, store)]));
}
