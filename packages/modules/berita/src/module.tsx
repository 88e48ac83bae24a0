/**
 * The implementation of the news module, loaded only when the module is opened: the list (`main`)
 * and the article screen (`artikel`), rendered with Preact. Article bodies enter the page only
 * through `renderArticleBody`, which sanitizes them.
 *
 * @module
 */
import { getNewsArticle, listNews, type NewsArticle, type NewsSummary } from '@gerbang/contracts';
import type { ModuleContext, ModuleImplementation, ViewProps } from '@gerbang/core';
import { render, type ComponentChild } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, timeZoneOf } from './format.ts';
import { describeFailure, messagesFor, type BeritaMessages } from './messages.ts';
import { renderArticleBody } from './sanitize.ts';
import { injectStyles } from './styles.ts';

/** What every view gets. */
interface BeritaEnv {
  readonly ctx: ModuleContext;
  readonly t: BeritaMessages;
  readonly locale: string;
  readonly timeZone: string;
  /** The list as last loaded, so that going back to it does not load it again. */
  list: { readonly items: readonly NewsSummary[]; readonly nextCursor: string | null } | undefined;
}

const articlePath = (ctx: ModuleContext, id: string): string => `/m/${ctx.moduleId}/artikel/${id}`;

/** A cover image; its alt text is left empty when it only repeats the title next to it. */
function Cover({ image, title }: { readonly image: NonNullable<NewsSummary['coverImage']>; readonly title: string }) {
  return <img class="gb-berita-cover" src={image.url} alt={image.alt === title ? '' : image.alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" width={640} height={360} />;
}

function Meta({ env, item }: { readonly env: BeritaEnv; readonly item: NewsSummary }) {
  const { t, locale, timeZone } = env;
  return (
    <p class="gb-berita-meta">
      {item.kind === 'announcement' && <span class="gb-berita-badge">{t.announcement}</span>}
      <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt, locale, timeZone)}</time>
      {item.category !== undefined && ` · ${item.category}`}
    </p>
  );
}

function ListScreen({ env }: { readonly env: BeritaEnv }) {
  const { ctx, t } = env;
  const headingId = useId();
  const [page, setPage] = useState(env.list);
  const [busy, setBusy] = useState(env.list === undefined);
  const [failure, setFailure] = useState<string | undefined>();

  const load = async (cursor: string | undefined): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const next = await ctx.api.call(listNews, { query: cursor === undefined ? {} : { cursor } });
      const merged = { items: cursor === undefined ? next.items : [...(page?.items ?? []), ...next.items], nextCursor: next.nextCursor };
      env.list = merged;
      setPage(merged);
    } catch (error) {
      setFailure(describeFailure(error, t).message);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (page === undefined) void load(undefined);
  }, []);

  return (
    <section class="gb-berita" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId}>{t.listTitle}</h2>
      <p class="gb-berita-sr" aria-live="polite">
        {busy ? (page === undefined ? t.loading : t.loadingMore) : ''}
      </p>
      {page !== undefined && page.items.length === 0 && <p>{t.empty}</p>}
      <ul class="gb-berita-list" data-testid="berita-list" aria-label={t.listLabel}>
        {page?.items.map((item) => (
          <li key={item.id}>
            <article class="gb-berita-card" aria-labelledby={`${headingId}-${item.id}`}>
              <h3 id={`${headingId}-${item.id}`}>
                <a href={articlePath(ctx, item.id)} data-testid={`berita-article-${item.id}`}>
                  {item.title}
                </a>
              </h3>
              <Meta env={env} item={item} />
              {item.summary !== undefined && <p class="gb-berita-summary">{item.summary}</p>}
              {item.coverImage !== undefined && <Cover image={item.coverImage} title={item.title} />}
            </article>
          </li>
        ))}
      </ul>
      {failure !== undefined && (
        <div class="gb-berita-alert" role="alert">
          <p>{failure}</p>
          <button class="gb-berita-button" type="button" onClick={() => void load(page?.nextCursor ?? undefined)}>
            {t.retry}
          </button>
        </div>
      )}
      {failure === undefined && page?.nextCursor != null && (
        <button class="gb-berita-button" type="button" aria-disabled={busy} onClick={() => void (busy ? undefined : load(page.nextCursor ?? undefined))}>
          {busy ? t.loadingMore : t.more}
        </button>
      )}
    </section>
  );
}

function ArticleScreen({ env, id }: { readonly env: BeritaEnv; readonly id: string }) {
  const { ctx, t, locale, timeZone } = env;
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const [article, setArticle] = useState<NewsArticle | undefined>();
  const [failure, setFailure] = useState<{ readonly notFound: boolean; readonly message: string } | undefined>();

  const load = async (): Promise<void> => {
    setFailure(undefined);
    try {
      setArticle(await ctx.api.call(getNewsArticle, { params: { id } }));
    } catch (error) {
      setFailure(describeFailure(error, t));
    }
  };

  useEffect(() => {
    void load();
  }, []);

  // The body goes in through the sanitizer only, never through Preact's HTML props.
  useLayoutEffect(() => {
    if (article !== undefined && body.current !== null) {
      renderArticleBody(body.current, article, { internalOrigins: ctx.brand?.origins ?? [], externalLabel: t.externalLink });
    }
  }, [article]);

  return (
    <section class="gb-berita" aria-labelledby={headingId} aria-busy={article === undefined && failure === undefined}>
      <h2 id={headingId} data-testid="berita-title" lang={article?.language}>
        {article?.title ?? t.articleFallbackTitle}
      </h2>
      {article === undefined && failure === undefined && <p role="status">{t.loading}</p>}
      {failure !== undefined && (
        <div class="gb-berita-alert" role="alert">
          <p>{failure.message}</p>
          {!failure.notFound && (
            <button class="gb-berita-button" type="button" onClick={() => void load()}>
              {t.retry}
            </button>
          )}
        </div>
      )}
      {article !== undefined && (
        <>
          <Meta env={env} item={article} />
          <p class="gb-berita-meta">
            {t.by(article.author.name, article.author.unit)}
            {article.updatedAt !== undefined && (
              <>
                {' · '}
                {t.updated} <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, locale, timeZone)}</time>
              </>
            )}
          </p>
          {article.coverImage !== undefined && <Cover image={article.coverImage} title={article.title} />}
        </>
      )}
      <div class="gb-berita-body" data-testid="berita-body" ref={body} lang={article?.language} hidden={article === undefined} />
      <p>
        <a href={`/m/${ctx.moduleId}`}>{t.back}</a>
      </p>
    </section>
  );
}

/** A web view that renders `screen(props)` into its element, and removes it on unmount. */
function view(screen: (props: ViewProps) => ComponentChild) {
  return {
    mount(element: Element, props: ViewProps) {
      injectStyles(element);
      render(screen(props), element);
      return () => {
        render(null, element);
      };
    },
  };
}

/** The news module's implementation. */
const implementation: ModuleImplementation = {
  activate(ctx: ModuleContext) {
    const env: BeritaEnv = { ctx, t: messagesFor(ctx.i18n.locale), locale: ctx.i18n.locale, timeZone: timeZoneOf(ctx.brand), list: undefined };
    ctx.views.register('main', view(() => <ListScreen env={env} />));
    ctx.views.register('artikel', view((props) => <ArticleScreen key={props.params['id'] ?? ''} env={env} id={props.params['id'] ?? ''} />));
  },
};

export default implementation;
