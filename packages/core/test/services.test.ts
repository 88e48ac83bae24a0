import { describe, expect, it } from 'vitest';
import { createServiceRef, isGerbangError } from '@gerbang/contracts';
import { createSuperApp, provideModuleService, provideService, type ModuleContext } from '@gerbang/core';
import { inBuild } from './support/build.ts';
import { moduleFor } from './support/modules.ts';

interface Prices {
  today(commodity: string): number;
}
const pricesRef = createServiceRef<Prices>({ id: 'lampung.harga.prices', version: '1.2.0' });
const prices2Ref = createServiceRef<Prices>({ id: 'lampung.harga.prices', version: '2.0.0' });

describe('services', () => {
  it('hands a module the typed service of an active provider', async () => {
    let price: number | undefined;
    const host = createSuperApp({
      modules: [
        moduleFor(
          'lampung.harga',
          (ctx) => {
            ctx.services.provide(pricesRef, { today: (commodity) => (commodity === 'beras' ? 13_500 : 0) });
          },
          { provides: [{ id: 'lampung.harga.prices', version: '1.2.0' }] },
        ),
        moduleFor(
          'lampung.pasar',
          (ctx) => {
            price = ctx.services.get(pricesRef).today('beras');
          },
          { requires: { 'lampung.harga.prices': '^1.0.0' } },
        ),
      ],
    });
    await host.open('lampung.pasar');
    expect(price).toBe(13_500);
  });

  it('throws a typed error naming the ref, the range and what is available', async () => {
    let ctx: ModuleContext | undefined;
    const host = createSuperApp({
      services: [provideService(pricesRef, { today: () => 1 })],
      modules: [
        moduleFor('lampung.pasar', (context) => {
          ctx = context;
        }),
        moduleFor('lampung.harga', undefined, { provides: [{ id: 'lampung.harga.prices', version: '2.0.0' }] }),
      ],
    });
    await host.open('lampung.pasar');
    let thrown: unknown;
    try {
      ctx?.services.get(prices2Ref);
    } catch (error) {
      thrown = error;
    }
    expect(isGerbangError(thrown, 'service-not-found')).toBe(true);
    expect((thrown as Error).message).toBe(
      inBuild(
        'No implementation available for serviceRef{lampung.harga.prices@2.0.0} in range "^2.0.0"; available: 2.0.0 (module "lampung.harga", registered), 1.2.0 (host)',
        'serviceRef{lampung.harga.prices@2.0.0} ^2.0.0: 2.0.0 ("lampung.harga", registered), 1.2.0 (host)',
      ),
    );
    expect(ctx?.services.get(prices2Ref, '^1.0.0').today('x')).toBe(1);
  });

  it('refuses to provide a service the manifest does not declare', async () => {
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.harga', (ctx) => {
          ctx.services.provide(pricesRef, { today: () => 1 });
        }),
      ],
    });
    await expect(host.open('lampung.harga')).rejects.toSatisfy(
      (error) => isGerbangError(error, 'module-failed') && isGerbangError((error as Error).cause, 'service-not-declared'),
    );
  });

  it('withdraws a module’s service when it deactivates', async () => {
    let ctx: ModuleContext | undefined;
    const host = createSuperApp({
      modules: [
        moduleFor(
          'lampung.harga',
          (context) => {
            context.services.provide(pricesRef, { today: () => 1 });
          },
          { provides: [{ id: 'lampung.harga.prices', version: '1.2.0' }] },
        ),
        moduleFor(
          'lampung.pasar',
          (context) => {
            ctx = context;
          },
          { requires: { 'lampung.harga.prices': '^1.0.0' } },
        ),
      ],
    });
    await host.open('lampung.pasar');
    expect(ctx?.services.get(pricesRef).today('x')).toBe(1);
    await host.unload('lampung.harga');
    expect(host.state('lampung.pasar')).toBe('active');
    expect(() => ctx?.services.get(pricesRef)).toThrow(inBuild(/nothing provides "lampung.harga.prices"/, /^serviceRef\{lampung\.harga\.prices@1\.2\.0\} \^1\.0\.0: none$/));
  });

  it('gives each module its own instance of a per-module host service, made once per activation', async () => {
    interface Notes {
      add(note: string): void;
      list(): readonly string[];
    }
    const notesRef = createServiceRef<Notes>({ id: 'host.notes', version: '1.0.0' });
    const kept = new Map<string, string[]>();
    const created: string[] = [];
    const contexts = new Map<string, ModuleContext>();
    const host = createSuperApp({
      services: [
        provideModuleService(notesRef, (moduleId) => {
          created.push(moduleId);
          const notes = kept.get(moduleId) ?? [];
          kept.set(moduleId, notes);
          return { add: (note) => notes.push(note), list: () => [...notes] };
        }),
      ],
      modules: ['lampung.aduan', 'lampung.harga'].map((id) =>
        moduleFor(id, (ctx) => {
          contexts.set(id, ctx);
        }),
      ),
    });
    await host.open('lampung.aduan');
    await host.open('lampung.harga');
    const aduan = contexts.get('lampung.aduan')!;
    aduan.services.get(notesRef).add('jalan rusak');
    expect(aduan.services.get(notesRef).list()).toEqual(['jalan rusak']);
    expect(contexts.get('lampung.harga')!.services.get(notesRef).list()).toEqual([]);
    expect(created).toEqual(['lampung.aduan', 'lampung.harga']);
  });
});
