import { describe, expect, it, vi } from 'vitest';
import { createSuperApp, type ModuleContext } from '@gerbang/core';
import { moduleFor } from './support/modules.ts';

interface FakeElement {
  text: string;
}

describe('views', () => {
  it('gives the renderer the view of the route opened, or the main view', async () => {
    const host = createSuperApp({
      modules: [
        moduleFor(
          'lampung.aduan',
          (ctx) => {
            ctx.views.register('main', {
              mount: (element) => {
                (element as FakeElement).text = 'home';
              },
            });
            ctx.views.register('detail', {
              mount: (element, props) => {
                (element as FakeElement).text = `report ${props.params.ticket ?? ''}`;
                return () => {
                  (element as FakeElement).text = '';
                };
              },
            });
          },
          { routes: [{ name: 'home', path: '/' }, { name: 'detail', path: '/reports/:ticket' }] },
        ),
      ],
    });
    const opened = await host.open('lampung.aduan', { route: 'detail', params: { ticket: 'LPG-001' } });
    expect(opened).toMatchObject({ moduleId: 'lampung.aduan', route: 'detail', params: { ticket: 'LPG-001' } });
    const element: FakeElement = { text: '' };
    const unmount = opened.view?.mount(element, { route: 'detail', params: opened.params, query: {} });
    expect(element.text).toBe('report LPG-001');
    if (typeof unmount === 'function') unmount();
    expect(element.text).toBe('');

    const home = await host.open('lampung.aduan', { route: 'home' });
    home.view?.mount(element, { params: {}, query: {} });
    expect(element.text).toBe('home');
    expect([...host.views('lampung.aduan').keys()]).toEqual(['main', 'detail']);
  });

  it('tells the renderer on the host bus whenever a module is opened, by open, navigate or a module link', async () => {
    let harga: ModuleContext | undefined;
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.aduan', () => undefined, { routes: [{ name: 'detail', path: '/laporan/:ticket' }] }),
        moduleFor('lampung.harga', (ctx) => {
          harga = ctx;
        }),
      ],
    });
    const opened = vi.fn();
    host.on('host:opened', opened);
    await host.open('lampung.harga');
    await host.navigate('/m/lampung.aduan/laporan/LPG-7?tab=peta');
    await harga?.navigate('gerbang://lampung.aduan/laporan/LPG-8');
    expect(opened.mock.calls.map(([event]: unknown[]) => event)).toEqual([
      { moduleId: 'lampung.harga', params: {}, query: {} },
      { moduleId: 'lampung.aduan', route: 'detail', params: { ticket: 'LPG-7' }, query: { tab: 'peta' } },
      { moduleId: 'lampung.aduan', route: 'detail', params: { ticket: 'LPG-8' }, query: {} },
    ]);
    // Modules hear host events too: the event carries no view for them to mount.
    expect(opened.mock.calls.every(([event]: unknown[]) => !('view' in (event as object)))).toBe(true);
  });

  it('fails only the module whose view throws on mount or unmount', async () => {
    const failed = vi.fn();
    const host = createSuperApp({
      modules: [
        moduleFor('lampung.rapuh', (ctx) => {
          ctx.views.register('main', {
            mount: () => {
              throw new Error('render broke');
            },
          });
        }),
      ],
    });
    host.on('host:module-failed', failed);
    const opened = await host.open('lampung.rapuh');
    expect(opened.view?.mount({}, { params: {}, query: {} })).toBeUndefined();
    expect(host.status('lampung.rapuh')?.failure?.phase).toBe('view');
    expect(failed).toHaveBeenCalledTimes(1);
  });
});
