import { createMemoryStorage, createModuleStorage, createWebStorage, moduleStoragePrefix, type StorageAdapter, type WebStorageLike } from '@gerbang/core';
import { isGerbangError } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';
import { inBuild } from './support/build.ts';

/** An in-memory Web Storage with a byte quota, throwing as browsers do when it is full. */
function fakeWebStorage(quota = Number.POSITIVE_INFINITY): WebStorageLike & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get length() {
      return entries.size;
    },
    getItem: (key) => entries.get(key) ?? null,
    setItem(key, value) {
      const used = [...entries].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
      if (used + key.length + value.length > quota) {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
      }
      entries.set(key, value);
    },
    removeItem: (key) => {
      entries.delete(key);
    },
    key: (index) => [...entries.keys()][index] ?? null,
  };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createModuleStorage', () => {
  it('stores JSON values under the module namespace and reads them back', async () => {
    const adapter = createMemoryStorage();
    const storage = createModuleStorage(adapter, 'lampung.aduan');
    await storage.set('draft', { title: 'Jalan rusak', photos: 2, tags: ['jalan'] });
    expect(await storage.get('draft')).toEqual({ title: 'Jalan rusak', photos: 2, tags: ['jalan'] });
    expect(await adapter.get('gerbang:lampung.aduan:draft')).toBe('{"title":"Jalan rusak","photos":2,"tags":["jalan"]}');
    expect(await storage.get('missing')).toBeUndefined();
    expect(storage.moduleId).toBe('lampung.aduan');
    expect(moduleStoragePrefix('lampung.aduan')).toBe('gerbang:lampung.aduan:');
  });

  it('keeps falsy values distinct from missing ones', async () => {
    const storage = createModuleStorage(createMemoryStorage(), 'lampung.aduan');
    await storage.set('zero', 0);
    await storage.set('empty', '');
    await storage.set('nothing', null);
    await storage.set('no', false);
    expect([await storage.get('zero'), await storage.get('empty'), await storage.get('nothing'), await storage.get('no')]).toEqual([0, '', null, false]);
  });

  it('never lets one module read, list, overwrite or clear another module’s keys', async () => {
    const adapter = createMemoryStorage();
    const aduan = createModuleStorage(adapter, 'lampung.aduan');
    const pajak = createModuleStorage(adapter, 'lampung.pajak');
    await pajak.set('token', 'pajak-secret');
    await pajak.set('profile', { plate: 'BE 1234 AB' });

    for (const key of ['../lampung.pajak:token', '..:lampung.pajak:token', 'lampung.pajak:token', ':lampung.pajak:token', 'gerbang:lampung.pajak:token', '/../../token']) {
      expect(await aduan.get(key)).toBeUndefined();
      await aduan.set(key, 'overwritten?');
    }
    expect(await pajak.get('token')).toBe('pajak-secret');
    expect(await pajak.keys()).toEqual(['profile', 'token']);
    expect(await aduan.keys()).toContain('../lampung.pajak:token');

    await aduan.clear();
    expect(await aduan.keys()).toEqual([]);
    expect(await pajak.keys()).toEqual(['profile', 'token']);
  });

  it('keeps modules whose ids share a prefix apart', async () => {
    const adapter = createMemoryStorage();
    const short = createModuleStorage(adapter, 'lampung.pay');
    const long = createModuleStorage(adapter, 'lampung.pay-later');
    await short.set('a', 1);
    await long.set('b', 2);
    expect(await short.keys()).toEqual(['a']);
    expect(await long.keys()).toEqual(['b']);
  });

  it('accepts keys with ":" and "/" and returns them as written', async () => {
    const storage = createModuleStorage(createMemoryStorage(), 'lampung.aduan');
    await storage.set('drafts:2025/03', ['a']);
    expect(await storage.keys()).toEqual(['drafts:2025/03']);
    expect(await storage.get('drafts:2025/03')).toEqual(['a']);
    await storage.delete('drafts:2025/03');
    expect(await storage.keys()).toEqual([]);
  });

  it('ignores keys of other modules that a lax adapter returns', async () => {
    const inner = createMemoryStorage([['gerbang:lampung.pajak:token', '"x"'], ['gerbang:lampung.aduan:mine', '1']]);
    const lax: StorageAdapter = { ...inner, keys: () => inner.keys('') };
    expect(await createModuleStorage(lax, 'lampung.aduan').keys()).toEqual(['mine']);
  });

  it('reports corrupt content as a typed error naming the module and key, keeping the raw text', async () => {
    const adapter = createMemoryStorage([['gerbang:lampung.aduan:draft', '{"title": "Jalan rus']]);
    const storage = createModuleStorage(adapter, 'lampung.aduan');
    const error = await caught(storage.get('draft'));
    expect(isGerbangError(error, 'storage-corrupt')).toBe(true);
    expect(error).toMatchObject({ name: 'StorageError', moduleId: 'lampung.aduan', key: 'draft', raw: '{"title": "Jalan rus' });
    expect((error as Error).message).toContain(inBuild('"draft" of module "lampung.aduan"', 'lampung.aduan "draft"'));
    // The storage stays usable: the key can be overwritten or removed.
    await storage.set('draft', { title: 'baru' });
    expect(await storage.get('draft')).toEqual({ title: 'baru' });
  });

  it('refuses keys that are empty, too long, not strings or have control characters', async () => {
    const storage = createModuleStorage(createMemoryStorage(), 'lampung.aduan');
    for (const key of ['', 'x'.repeat(513), 'a\nb', 'a\u0000b', 42 as unknown as string]) {
      const error = await caught(storage.set(key, 1));
      expect(isGerbangError(error, 'storage-invalid-key')).toBe(true);
      expect((error as Error).message).toContain('lampung.aduan');
    }
  });

  it('refuses values JSON cannot hold', async () => {
    const storage = createModuleStorage(createMemoryStorage(), 'lampung.aduan');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [undefined, () => 1, 10n, cyclic]) {
      const error = await caught(storage.set('x', value));
      expect(isGerbangError(error, 'storage-invalid-value')).toBe(true);
      expect(error).toMatchObject({ moduleId: 'lampung.aduan', key: 'x' });
    }
    expect(await storage.keys()).toEqual([]);
  });

  it('refuses a namespace that is not a module id', () => {
    for (const id of ['', 'Lampung Aduan', 'a:b', '../x']) {
      expect(() => createModuleStorage(createMemoryStorage(), id)).toThrow(expect.objectContaining({ code: 'storage-invalid-key' }) as Error);
    }
  });

  it('wraps adapter failures, naming the module and key', async () => {
    const broken: StorageAdapter = {
      get: () => Promise.reject(new Error('disk on fire')),
      set: () => Promise.reject(new Error('disk on fire')),
      delete: () => Promise.reject(new Error('disk on fire')),
      keys: () => Promise.reject(new Error('disk on fire')),
    };
    const storage = createModuleStorage(broken, 'lampung.aduan');
    const error = await caught(storage.get('draft'));
    expect(isGerbangError(error, 'storage-unavailable')).toBe(true);
    expect(error).toMatchObject({ moduleId: 'lampung.aduan', key: 'draft' });
    expect((error as Error).cause).toEqual(new Error('disk on fire'));
    expect(isGerbangError(await caught(storage.keys()), 'storage-unavailable')).toBe(true);
  });
});

describe('createWebStorage', () => {
  it('reads, writes, lists and removes through the Web Storage API', async () => {
    const web = fakeWebStorage();
    web.entries.set('other-app', 'x');
    const storage = createModuleStorage(createWebStorage(web), 'lampung.aduan');
    await storage.set('draft', { a: 1 });
    expect(web.entries.get('gerbang:lampung.aduan:draft')).toBe('{"a":1}');
    expect(await storage.get('draft')).toEqual({ a: 1 });
    expect(await storage.keys()).toEqual(['draft']);
    await storage.clear();
    expect([...web.entries.keys()]).toEqual(['other-app']);
  });

  it('turns a full store into storage-quota-exceeded, and leaves the old value in place', async () => {
    const web = fakeWebStorage(100);
    const storage = createModuleStorage(createWebStorage(web), 'lampung.aduan');
    await storage.set('small', 'ok');
    const error = await caught(storage.set('big', 'x'.repeat(200)));
    expect(isGerbangError(error, 'storage-quota-exceeded')).toBe(true);
    expect(error).toMatchObject({ moduleId: 'lampung.aduan', key: 'big' });
    expect((error as Error).message).toContain(inBuild('full', 'lampung.aduan "big"'));
    expect(await storage.get('small')).toBe('ok');
  });

  it('turns a storage that throws (disabled, private mode) into storage-unavailable', async () => {
    const denied = (): never => {
      throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
    };
    const adapter = createWebStorage({ length: 0, getItem: denied, setItem: denied, removeItem: denied, key: denied });
    expect(isGerbangError(await caught(adapter.get('k')), 'storage-unavailable')).toBe(true);
    expect(isGerbangError(await caught(adapter.set('k', 'v')), 'storage-unavailable')).toBe(true);
  });
});
