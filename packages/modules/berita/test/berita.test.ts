// @vitest-environment happy-dom
import type { NewsArticle } from '@gerbang/contracts';
import { setupMockServer } from '@gerbang/mocks/node';
import { beritaModule, BERITA_MODULE_ID } from '@gerbang/module-berita';
import { renderModule, type RenderedModule } from '@gerbang/web/testing';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const BASE_URL = 'https://api.gerbang.test';
const mock = setupMockServer({ baseUrl: BASE_URL, onUnhandledRequest: 'error' });

let view: RenderedModule | undefined;

beforeAll(() => {
  mock.listen();
});
afterEach(async () => {
  await view?.destroy();
  view = undefined;
  mock.reset();
  delete (globalThis as { __pwned?: unknown }).__pwned;
});
afterAll(() => {
  mock.close();
});

function render(options: Partial<Parameters<typeof renderModule>[1]> = {}): Promise<RenderedModule> {
  return renderModule(beritaModule, { baseUrl: BASE_URL, ...options });
}

function byTestId<TElement extends Element = HTMLElement>(root: ParentNode, id: string): TElement {
  const found = root.querySelector<TElement>(`[data-testid="${id}"]`);
  if (found === null) throw new Error(`no element with data-testid="${id}"`);
  return found;
}

function appears<TElement extends Element = HTMLElement>(root: ParentNode, id: string): Promise<TElement> {
  return vi.waitFor(() => byTestId<TElement>(root, id), { timeout: 5_000, interval: 10 });
}

/** Opens an article the way the shell follows a link in the list. */
async function openFromList(rendered: RenderedModule, id: string): Promise<HTMLElement> {
  const link = await appears<HTMLAnchorElement>(rendered.element, `berita-article-${id}`);
  await rendered.navigate(link.getAttribute('href') ?? '');
  return vi.waitFor(
    () => {
      const body = byTestId(rendered.element, 'berita-body');
      if (body.hidden || body.childNodes.length === 0) throw new Error('the body is not rendered yet');
      return body;
    },
    { timeout: 5_000, interval: 10 },
  );
}

/** Serves one article, as is (no contract check), from the article endpoint. */
function serveArticle(article: Partial<NewsArticle> & { id: string }): void {
  const base = mock.store.news()[0]!;
  mock.server.use(http.get(`${BASE_URL}/news/${article.id}`, () => HttpResponse.json({ ...base, ...article })));
}

describe('the news list', () => {
  it('lists every article with its title, its date in WIB, its summary and its image', async () => {
    view = await render();
    const list = await appears(view.element, 'berita-list');
    await vi.waitFor(() => {
      expect(list.querySelectorAll('li')).toHaveLength(mock.store.news().length);
    });
    expect(view.element.querySelector('h2')?.textContent).toBe('Berita');
    const [first] = mock.store.news();
    const item = byTestId(list, `berita-article-${first!.id}`).closest('li')!;
    expect(byTestId<HTMLAnchorElement>(item, `berita-article-${first!.id}`).getAttribute('href')).toBe(`/m/berita/artikel/${first!.id}`);
    expect(item.querySelector('h3')?.textContent).toBe(first!.title);
    const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(first!.publishedAt));
    expect(item.querySelector('time')?.textContent).toBe(`${date} WIB`);
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe(first!.publishedAt);
    expect(item.textContent).toContain(first!.summary!);
    expect(item.querySelector('img')?.getAttribute('src')).toBe(first!.coverImage!.url);
    expect(item.textContent).toContain('Pengumuman');
  });

  it('says so, with a retry, when offline', async () => {
    view = await render({ online: false });
    await vi.waitFor(() => {
      expect(view?.element.querySelector('[role="alert"]')?.textContent).toContain('Anda sedang offline');
    });
    view.setOnline(true);
    [...view.element.querySelectorAll('button')].find((button) => button.textContent === 'Coba lagi')!.click();
    await vi.waitFor(() => {
      expect(view?.element.querySelectorAll('[data-testid="berita-list"] li').length).toBeGreaterThan(0);
    });
  });
});

describe('an article', () => {
  it('renders the Markdown body with its formatting and links', async () => {
    view = await render();
    const body = await openFromList(view, 'waspada-banjir-bandar-lampung');
    expect(byTestId(view.element, 'berita-title').textContent).toBe('Waspada banjir di Bandar Lampung');
    expect(body.querySelector('ul > li > strong')?.textContent).toBe('Siaga Banjir');
    const call = body.querySelector('a[href="tel:112"]');
    expect(call?.textContent).toBe('112');
    expect(call?.hasAttribute('target')).toBe(false);
  });

  it('keeps app links in the app and marks links to other sites as external', async () => {
    serveArticle({ id: 'tautan', bodyFormat: 'markdown', body: 'Baca [panduan](/m/aduan) dan [situs resmi](https://lampungprov.go.id/info).' });
    view = await render({ route: 'artikel', params: { id: 'tautan' } });
    const body = await vi.waitFor(() => {
      const element = byTestId(view!.element, 'berita-body');
      if (element.querySelector('a') === null) throw new Error('not yet');
      return element;
    });
    const app = body.querySelector('a[href="/m/aduan"]')!;
    expect(app.hasAttribute('target')).toBe(false);
    const external = body.querySelector('a[href="https://lampungprov.go.id/info"]')!;
    expect(external.getAttribute('target')).toBe('_blank');
    expect(external.getAttribute('rel')).toBe('noopener noreferrer');
    expect(external.textContent).toContain('tautan eksternal');
  });

  it('shows a hostile plain-text body as text, running nothing', async () => {
    const hostile = '<script>globalThis.__pwned = 1</script><img src=x onerror="globalThis.__pwned = 2"><a href="javascript:globalThis.__pwned = 3">klik</a>';
    serveArticle({ id: 'teks', bodyFormat: 'plain', body: hostile });
    view = await render({ route: 'artikel', params: { id: 'teks' } });
    const body = await vi.waitFor(() => {
      const element = byTestId(view!.element, 'berita-body');
      if (element.textContent === '') throw new Error('not yet');
      return element;
    });
    expect(body.textContent).toBe(hostile);
    expect(body.querySelector('script, img, a')).toBeNull();
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('refuses a Markdown body with raw HTML, which breaks the contract, and shows none of it', async () => {
    serveArticle({ id: 'jahat', bodyFormat: 'markdown', body: 'Halo <img src=x onerror="globalThis.__pwned = 1">' });
    view = await render({ route: 'artikel', params: { id: 'jahat' } });
    await vi.waitFor(() => {
      expect(view?.element.querySelector('[role="alert"]')?.textContent).toContain('tidak dapat ditampilkan');
    });
    expect(byTestId(view.element, 'berita-body').childNodes).toHaveLength(0);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('says when an article does not exist', async () => {
    view = await render({ route: 'artikel', params: { id: 'tidak-ada' } });
    await vi.waitFor(() => {
      expect(view?.element.querySelector('[role="alert"]')?.textContent).toContain('Artikel ini tidak ditemukan');
    });
  });

  it('speaks English when the host does', async () => {
    view = await render({ locale: 'en' });
    await openFromList(view, 'harga-cabai-naik');
    expect(view.element.querySelector('a[href="/m/berita"]')?.textContent).toBe('Back to the news');
    expect(view.element.querySelector('time')?.textContent).toMatch(/ WIB$/);
  });
});

describe('the manifest', () => {
  it('has the fixed id and routes, and asks for nothing', () => {
    expect(beritaModule.manifest.id).toBe(BERITA_MODULE_ID);
    expect(beritaModule.manifest.routes.map((route) => [route.name, route.path])).toEqual([
      ['main', '/'],
      ['artikel', '/artikel/:id'],
    ]);
    expect(Object.keys(beritaModule.manifest)).not.toContain('permissions');
  });
});
