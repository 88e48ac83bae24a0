import { describe, expect, it, vi } from 'vitest';
import { defineEndpoint, isGerbangError } from '@gerbang/contracts';
import * as z from 'zod/mini';
import { createMemoryStorage, createRedactingLogger, createSuperApp, type HostApi, type LogRecord, type ModuleContext } from '@gerbang/core';
import { moduleFor } from './support/modules.ts';

const getPrice = defineEndpoint({
  id: 'prices.get',
  method: 'GET',
  path: '/prices/:commodity',
  params: z.object({ commodity: z.string() }),
  response: z.object({ price: z.number() }),
});

async function open(host: ReturnType<typeof createSuperApp>, ids: string[]): Promise<void> {
  for (const id of ids) await host.open(id);
}

describe('the module context', () => {
  it('gives each module its own storage, which others cannot read', async () => {
    const contexts = new Map<string, ModuleContext>();
    const storage = createMemoryStorage();
    const host = createSuperApp({
      storage,
      modules: ['lampung.aduan', 'lampung.harga'].map((id) => moduleFor(id, (ctx) => void contexts.set(id, ctx))),
    });
    await open(host, ['lampung.aduan', 'lampung.harga']);
    await contexts.get('lampung.aduan')?.storage.set('draft', { title: 'Jalan rusak' });
    expect(await contexts.get('lampung.aduan')?.storage.get('draft')).toEqual({ title: 'Jalan rusak' });
    expect(await contexts.get('lampung.harga')?.storage.get('draft')).toBeUndefined();
    expect(await storage.get('gerbang:lampung.aduan:draft')).toBe('{"title":"Jalan rusak"}');
  });

  it('logs through the host’s redacting logger, tagged with the module', async () => {
    const records: LogRecord[] = [];
    const host = createSuperApp({
      logger: createRedactingLogger({ sink: (record) => records.push(record) }),
      modules: [moduleFor('lampung.aduan', (ctx) => { ctx.logger.info('pelapor 1871014501900001 di 081234567890'); })],
    });
    await host.open('lampung.aduan');
    expect(records).toHaveLength(1);
    expect(records[0]?.fields).toEqual({ module: 'lampung.aduan' });
    expect(records[0]?.message).not.toContain('1871014501900001');
    expect(records[0]?.message).not.toContain('081234567890');
  });

  it('calls the host’s API client with the module id, and refuses without one', async () => {
    const call = vi.fn<HostApi['call']>(() => Promise.resolve({ price: 13_500 }));
    let ctx: ModuleContext | undefined;
    const host = createSuperApp({ api: { call }, modules: [moduleFor('lampung.harga', (context) => void (ctx = context))] });
    await host.open('lampung.harga');
    await expect(ctx?.api.call(getPrice, { params: { commodity: 'beras' } })).resolves.toEqual({ price: 13_500 });
    expect(call.mock.calls[0]?.[2].moduleId).toBe('lampung.harga');

    const bare = createSuperApp({ modules: [moduleFor('lampung.harga', (context) => void (ctx = context))] });
    await bare.open('lampung.harga');
    await expect(ctx?.api.call(getPrice, { params: { commodity: 'beras' } })).rejects.toSatisfy((error) =>
      isGerbangError(error, 'api-unavailable'),
    );
  });

  it('exposes the brand, the locale and navigation', async () => {
    let ctx: ModuleContext | undefined;
    const brand = { provinceCode: '18', regions: ['18'], origins: ['https://lampungin.example.id'] };
    const host = createSuperApp({
      brand,
      locale: 'en',
      modules: [
        moduleFor('lampung.aduan', (context) => void (ctx = context)),
        moduleFor('lampung.harga', undefined, { routes: [{ name: 'commodity', path: '/c/:name' }] }),
      ],
    });
    await host.open('lampung.aduan');
    expect(ctx?.brand).toBe(brand);
    expect(ctx?.i18n.locale).toBe('en');
    expect(ctx?.i18n.text({ id: 'Lapor', en: 'Report' })).toBe('Report');
    expect(ctx?.i18n.text({ id: 'Lapor' })).toBe('Lapor');
    const result = await ctx?.navigate('https://lampungin.example.id/m/lampung.harga/c/beras');
    expect(result).toMatchObject({ ok: true, opened: { moduleId: 'lampung.harga', route: 'commodity', params: { name: 'beras' } } });
    const refused = await ctx?.navigate('javascript:alert(1)');
    expect(refused?.ok).toBe(false);
  });
});
