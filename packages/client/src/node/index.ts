/**
 * `@gerbang/client/node`: the parts of the client that only run on Node, kept apart so that
 * browser and React Native bundles never see `node:` imports.
 *
 * @packageDocumentation
 */
export { createFileOutboxStorage } from './file-storage.ts';
export type { FileOutboxStorageOptions } from './file-storage.ts';
