import { createMemoryStorage, createModuleStorage, createWebStorage, type ModuleStorage, type StorageAdapter } from '@gerbang/core';
import { describe, expectTypeOf, it } from 'vitest';

describe('storage types', () => {
  it('types reads by the caller’s type, always possibly undefined', () => {
    const storage = createModuleStorage(createMemoryStorage(), 'lampung.aduan');
    expectTypeOf(storage).toEqualTypeOf<ModuleStorage>();
    expectTypeOf(storage.get<{ title: string }>('draft')).resolves.toEqualTypeOf<{ title: string } | undefined>();
    expectTypeOf(storage.get('draft')).resolves.toEqualTypeOf<unknown>();
    expectTypeOf(storage.keys()).resolves.toEqualTypeOf<readonly string[]>();
  });

  it('accepts any object shaped like Web Storage', () => {
    const fake = { length: 0, getItem: () => null, setItem: () => undefined, removeItem: () => undefined, key: () => null };
    expectTypeOf(createWebStorage(fake)).toEqualTypeOf<StorageAdapter>();
    // @ts-expect-error -- a store without removeItem is not Web Storage
    createWebStorage({ length: 0, getItem: () => null, setItem: () => undefined, key: () => null });
  });
});
