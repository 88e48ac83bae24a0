/**
 * The memory storage of the outbox: for tests, and for platforms with nothing durable. Items do
 * not survive a reload.
 *
 * @module
 */
import type { OutboxItem, OutboxStorage } from './types.ts';

/**
 * Creates an outbox storage that keeps items in memory. A new outbox over the same storage object
 * resumes its items, which is how tests simulate a restart.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ client, storage: createMemoryOutboxStorage(), endpoints: [createReport] });
 * ```
 */
export function createMemoryOutboxStorage(): OutboxStorage {
  const items = new Map<string, OutboxItem>();
  return {
    load: () => Promise.resolve([...items.values()]),
    put(item) {
      items.set(item.id, item);
      return Promise.resolve();
    },
    delete(id) {
      items.delete(id);
      return Promise.resolve();
    },
  };
}
