/**
 * The shell's outbox with its default storage and endpoints, loaded apart from the first screen:
 * the home screen draws without it, and it loads right after to send what waits.
 *
 * @internal
 * @module
 */
import type { AnyEndpoint } from '@gerbang/contracts';
import type { ApiClient, OnlineSignal, OutboxStorage } from '@gerbang/client';
import { createIndexedDbOutboxStorage, createMemoryOutboxStorage } from '@gerbang/client';
import { GERBANG_OUTBOX_ENDPOINTS } from './outbox-endpoints.ts';
import { createWebOutbox, type WebOutbox } from './outbox.ts';

/**
 * Creates the shell's outbox: IndexedDB storage when the browser has it (memory otherwise) and the
 * reference modules' mutations, unless the app gave its own.
 *
 * @internal
 */
export function createShellOutbox(options: {
  readonly client: ApiClient;
  readonly online: OnlineSignal;
  readonly storage: OutboxStorage | undefined;
  readonly endpoints: readonly AnyEndpoint[] | undefined;
}): WebOutbox {
  const storage = options.storage ?? (typeof indexedDB === 'undefined' ? createMemoryOutboxStorage() : createIndexedDbOutboxStorage());
  return createWebOutbox({ client: options.client, storage, endpoints: options.endpoints ?? GERBANG_OUTBOX_ENDPOINTS, online: options.online });
}
