// @vitest-environment happy-dom
import { defineBrand, jakartaStyle, lampungIn } from '@gerbang/brand';
import type { ModuleContext, ModuleImplementation } from '@gerbang/core';
import { DEMO_CITIZEN } from '@gerbang/mocks';
import { setupMockServer } from '@gerbang/mocks/node';
import { renderModule } from '@gerbang/web/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { brokenModule, brokenViewModule, greetingModule, locationModule, reportingModule } from './fixtures.ts';

const BASE = 'https://api.gerbang.test';
const mock = setupMockServer({ baseUrl: BASE, onUnhandledRequest: 'error' });
beforeAll(() => {
  mock.listen();
});
afterEach(() => {
  mock.reset();
  document.body.replaceChildren();
});
afterAll(() => {
  mock.close();
});

const until = async (check: () => boolean, what: string): Promise<void> => {
  for (let tries = 0; tries < 200; tries++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('renderModule', () => {
  it('mounts the main view in an element attached to the document, in the locale asked', async () => {
    const view = await renderModule(greetingModule(), { baseUrl: BASE, locale: 'en' });
    expect(view.element.isConnected).toBe(true);
    expect(view.element.querySelector('h2')?.textContent).toBe('Salam: en');
    await view.destroy();
    expect(view.element.isConnected).toBe(false);
    expect(view.element.textContent).toBe('');
  });

  it('takes a preset or a parsed brand for ctx.brand', async () => {
    const seen: unknown[] = [];
    const probe = greetingModule('probe', 'Probe');
    const module = {
      ...probe,
      load: async () => {
        const loaded = (await probe.load()) as { default: ModuleImplementation };
        return { default: { activate: (ctx: ModuleContext) => { seen.push(ctx.brand?.provinceCode); return loaded.default.activate(ctx); } } };
      },
    };
    const preset = await renderModule(module, { baseUrl: BASE, brand: jakartaStyle });
    await preset.destroy();
    const parsed = await renderModule(module, { baseUrl: BASE, brand: defineBrand(lampungIn) });
    await parsed.destroy();
    expect(seen).toEqual(['31', '18']);
  });

  it('opens a route with its params, and re-renders on navigation like the shell', async () => {
    const view = await renderModule(greetingModule(), { baseUrl: BASE, route: 'detail', params: { item: 'x1' } });
    expect(view.element.querySelector('h2')?.textContent).toBe('Detail x1');
    await view.navigate('/m/salam/detail/x2');
    expect(view.element.querySelector('h2')?.textContent).toBe('Detail x2');
    await view.navigate('gerbang://salam/');
    view.element.querySelector('button')?.click();
    await until(() => view.element.querySelector('h2')?.textContent === 'Detail dua', 'ctx.navigate');
    await expect(view.navigate('/m/salam/tidak/ada')).rejects.toMatchObject({ code: 'deep-link-not-found' });
    await view.destroy();
  });

  it('rejects with the typed error of a module that cannot activate or mount its view', async () => {
    await expect(renderModule(brokenModule(), { baseUrl: BASE })).rejects.toMatchObject({ moduleId: 'rusak', phase: 'activate' });
    expect(document.body.children).toHaveLength(0);
    await expect(renderModule(brokenViewModule(), { baseUrl: BASE })).rejects.toMatchObject({ moduleId: 'layar', phase: 'view' });
    expect(document.body.children).toHaveLength(0);
  });

  it('answers permission prompts as asked', async () => {
    const granted = await renderModule(locationModule(), { baseUrl: BASE });
    await until(() => granted.element.textContent.includes('diizinkan'), 'the grant');
    await granted.destroy();
    const denied = await renderModule(locationModule(), { baseUrl: BASE, consent: 'deny' });
    await until(() => denied.element.textContent.includes('ditolak'), 'the refusal');
    await denied.destroy();
  });

  it('calls the mock back end through ctx.api, and queues through the outbox while offline', async () => {
    const view = await renderModule(reportingModule(), { baseUrl: BASE, token: DEMO_CITIZEN, online: false });
    const text = (id: string) => view.element.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
    await until(() => text('categories') !== '…', 'the categories');
    expect(text('categories')).toBe('error:offline');
    const before = mock.store.reports.count();
    view.element.querySelector('button')?.click();
    await until(() => text('status') === 'queued', 'the submission');
    expect(text('entries')).toBe('Jalan rusak:queued');
    view.setOnline(true);
    // The entry is reported once as sent, then it is no longer kept.
    await until(() => text('entries') === 'Jalan rusak:sent', 'the entry to be sent');
    expect(await view.outbox.items()).toEqual([]);
    expect(mock.store.reports.count()).toBe(before + 1);
    await view.destroy();
  });
});
