/**
 * The file storage of the outbox, for Node (CLIs, kiosks, field laptops, tests): one JSON file per
 * item, and one binary file per attached file, each written atomically (a temporary file, fsync,
 * rename, fsync of the directory), so that a crash at any point leaves the old version or the new
 * one, never a torn file.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutboxItem, OutboxStorage } from '../outbox/types.ts';

/** The options of {@link createFileOutboxStorage}. */
export interface FileOutboxStorageOptions {
  /**
   * The directory of the outbox; it is created when missing. Give each outbox its own.
   * @example join(os.homedir(), '.lampung-in', 'outbox')
   */
  directory: string;
}

/** How a `Blob`, a `File` or a `Date` inside an item's input is written in its JSON file. */
type Placeholder =
  | { readonly $$outbox: 'blob'; readonly index: number; readonly type: string; readonly name?: string; readonly lastModified?: number }
  | { readonly $$outbox: 'date'; readonly iso: string };

const JSON_SUFFIX = '.json';

/**
 * Creates an outbox storage in a directory. Files attached to an item (`Blob`, `File`) are written
 * as raw bytes beside its JSON, once, before the JSON that refers to them; `load` gives them back
 * as `File` (or `Blob`) objects with their type and name.
 *
 * @param options - The directory.
 * @example
 * ```ts
 * import { createFileOutboxStorage } from '@gerbang/client/node';
 * const outbox = createOutbox({ client, storage: createFileOutboxStorage({ directory: './outbox' }), endpoints: [createReport] });
 * ```
 */
export function createFileOutboxStorage(options: FileOutboxStorageOptions): OutboxStorage {
  const { directory } = options;
  let ready: Promise<unknown> | undefined;
  const ensureDirectory = () => (ready ??= mkdir(directory, { recursive: true }));
  const base = (id: string) => join(directory, Buffer.from(id, 'utf8').toString('base64url'));

  return {
    async load() {
      await ensureDirectory();
      const names = await readdir(directory);
      const items: OutboxItem[] = [];
      const kept = new Set<string>();
      for (const name of names.filter((file) => file.endsWith(JSON_SUFFIX))) {
        const stem = name.slice(0, -JSON_SUFFIX.length);
        const blobs: Blob[] = [];
        const raw = JSON.parse(await readFile(join(directory, name), 'utf8'), (_key, value: unknown) => revive(value, blobs)) as OutboxItem;
        for (const [index, blob] of blobs.entries()) {
          const file = `${stem}.${index}.bin`;
          const bytes = await readFile(join(directory, file));
          kept.add(file);
          const placeholder = blob as unknown as Extract<Placeholder, { $$outbox: 'blob' }>;
          blobs[index] = placeholder.name === undefined
            ? new Blob([bytes], { type: placeholder.type })
            : new File([bytes], placeholder.name, { type: placeholder.type, lastModified: placeholder.lastModified ?? Date.now() });
        }
        items.push(resolvePlaceholders(raw, blobs));
      }
      // Leftovers of writes a crash interrupted: temporary files, and files of removed items.
      for (const name of names) {
        if (name.includes('.tmp-') || (name.endsWith('.bin') && !kept.has(name))) await rm(join(directory, name), { force: true });
      }
      return items;
    },

    async put(item) {
      await ensureDirectory();
      const blobs: Blob[] = [];
      const json = JSON.stringify(item, function (this: Record<string, unknown>, key: string, value: unknown) {
        const original = this[key];
        if (original instanceof Blob) {
          const file = original as Partial<File>;
          const placeholder: Placeholder = {
            $$outbox: 'blob',
            index: blobs.push(original) - 1,
            type: original.type,
            ...(typeof file.name === 'string' ? { name: file.name, lastModified: file.lastModified ?? 0 } : {}),
          };
          return placeholder;
        }
        if (original instanceof Date) return { $$outbox: 'date', iso: original.toISOString() } satisfies Placeholder;
        return value;
      });
      const stem = base(item.id);
      // The input never changes after enqueue, so a file already written is the same file.
      for (const [index, blob] of blobs.entries()) {
        const path = `${stem}.${index}.bin`;
        if (!(await exists(path))) await writeAtomically(path, new Uint8Array(await blob.arrayBuffer()), directory);
      }
      await writeAtomically(`${stem}${JSON_SUFFIX}`, json, directory);
    },

    async delete(id) {
      await ensureDirectory();
      const stem = base(id);
      await rm(`${stem}${JSON_SUFFIX}`, { force: true });
      await syncDirectory(directory);
      const prefix = `${stem.slice(directory.length + 1)}.`;
      for (const name of await readdir(directory)) if (name.startsWith(prefix) && name.endsWith('.bin')) await rm(join(directory, name), { force: true });
    },
  };
}

function revive(value: unknown, blobs: Blob[]): unknown {
  if (typeof value !== 'object' || value === null || !('$$outbox' in value)) return value;
  const placeholder = value as Placeholder;
  if (placeholder.$$outbox === 'date') return new Date(placeholder.iso);
  // Bytes are read after parsing; keep the placeholder in its slot until then.
  blobs[placeholder.index] = placeholder as unknown as Blob;
  return { $$blobSlot: placeholder.index };
}

function resolvePlaceholders(value: OutboxItem, blobs: readonly Blob[]): OutboxItem {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null || node instanceof Date || node instanceof Blob) return node;
    if ('$$blobSlot' in node) return blobs[(node as { $$blobSlot: number }).$$blobSlot];
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
  };
  return { ...value, input: walk(value.input) };
}

async function exists(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    await handle.close();
    return true;
  } catch {
    return false;
  }
}

/** Writes a file so that a crash leaves the old content or the new one: temp file, fsync, rename, fsync dir. */
async function writeAtomically(path: string, data: string | Uint8Array, directory: string): Promise<void> {
  const temporary = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** Makes a rename or removal durable; some platforms (Windows) cannot open a directory, which is fine there. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // not supported on this platform
  } finally {
    await handle?.close();
  }
}
