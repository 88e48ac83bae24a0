/**
 * Article bodies into the page, safely. The body is rendered to HTML (`markdown.ts`, which already
 * escapes raw HTML), then sanitized with DOMPurify against an allow-list before any of it becomes
 * part of the document:
 *
 * - formatting tags only (`p`, `br`, `strong`, `em`, `del`, `code`, `pre`, `blockquote`, lists,
 *   `h3`–`h6`, `hr`, `a`, `img`); no `script`, `style`, `iframe`, `form`, `svg`, `math`, `object`;
 * - attributes `href`, `src`, `alt`, `title` and `start` only: no event handlers, no `style`, no
 *   `class`, `id`, `data-*` or `aria-*` from the body;
 * - links to `http(s):`, `mailto:`, `tel:`, app paths (`/…`) and anchors (`#…`) only; images from
 *   `https:` only (others become their alt text), loaded lazily without a referrer;
 * - links to other origins open in a new tab with `rel="noopener noreferrer"` and are marked as
 *   external (an icon and a text for screen readers); `target` from the body is never kept.
 *
 * DOMPurify parses in an inert document, so nothing in a body (an `<img onerror>`, an
 * `<svg onload>`, an `<iframe srcdoc>`) loads or runs while it is sanitized.
 *
 * @internal
 * @module
 */
import DOMPurify from 'dompurify';
import { escapeHtml, markdownToHtml, plainTextToHtml } from './markdown.ts';

/** The options of {@link renderArticleBody} and {@link sanitizeArticleHtml}. @internal */
export interface SanitizeOptions {
  /**
   * Origins whose links stay in the app, such as the brand's origins.
   * @default the document's own origin
   */
  readonly internalOrigins?: readonly string[];
  /**
   * The text, for screen readers, added to external links.
   * @default '(tautan eksternal, terbuka di tab baru)'
   */
  readonly externalLabel?: string;
}

/** An article body, as the news contract carries it. @internal */
export interface ArticleBody {
  /** `markdown` (restricted) or `plain`. */
  readonly bodyFormat: string;
  /** The body. */
  readonly body: string;
}

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'img'];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'start'];
/** `http(s):`, `mailto:`, `tel:`, an app path (not `//host`) or an anchor. */
const ALLOWED_URI = /^(?:https?:|mailto:|tel:|\/(?!\/)|#)/i;
const HTTPS = /^https:\/\//i;
const WEB_LINK = /^https?:\/\//i;

const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

/** A DOMPurify instance of its own for a window, so that no other code's hooks or settings apply. */
function purifierFor(window: Window & typeof globalThis): ReturnType<typeof DOMPurify> {
  let purifier = purifiers.get(window);
  if (purifier === undefined) {
    purifier = DOMPurify(window);
    purifiers.set(window, purifier);
  }
  return purifier;
}

/**
 * Sanitizes HTML against the article allow-list and returns it as a fragment of `document`,
 * external links marked. Input that DOMPurify cannot sanitize (a window without the DOM it needs)
 * comes back as text.
 *
 * @param html - HTML, such as the output of `markdownToHtml`; any HTML is safe to pass.
 * @param document - The document the fragment is for.
 * @param options - Which origins are internal, and the external-link label.
 * @internal
 */
export function sanitizeArticleHtml(html: string, document: Document, options: SanitizeOptions = {}): DocumentFragment {
  const window = document.defaultView;
  const purifier = window === null ? undefined : purifierFor(window);
  if (purifier?.isSupported !== true) {
    const fragment = document.createDocumentFragment();
    const paragraph = document.createElement('p');
    paragraph.textContent = html.replace(/<[^>]*>/g, ' ');
    fragment.append(paragraph);
    return fragment;
  }
  const fragment = purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOW_SELF_CLOSE_IN_ATTR: false,
    // `start` (of `<ol>`) is a number, not a URL: exempt it from the URL check.
    ADD_URI_SAFE_ATTR: ['start'],
    FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'target', 'srcset', 'action', 'formaction', 'xlink:href'],
    RETURN_DOM_FRAGMENT: true,
  });

  for (const image of [...fragment.querySelectorAll('img')]) {
    if (!HTTPS.test(image.getAttribute('src') ?? '')) {
      image.replaceWith(document.createTextNode(image.getAttribute('alt') ?? ''));
      continue;
    }
    image.setAttribute('loading', 'lazy');
    image.setAttribute('decoding', 'async');
    image.setAttribute('referrerpolicy', 'no-referrer');
  }

  const origin = window?.location.origin;
  const internal = new Set((options.internalOrigins ?? []).map((entry) => entry.replace(/\/+$/, '').toLowerCase()));
  if (origin !== undefined && origin !== 'null') internal.add(origin.toLowerCase());
  for (const anchor of [...fragment.querySelectorAll('a')]) {
    const href = anchor.getAttribute('href');
    if (href === null || !WEB_LINK.test(href)) continue;
    let linkOrigin: string;
    try {
      linkOrigin = new URL(href).origin.toLowerCase();
    } catch {
      anchor.removeAttribute('href');
      continue;
    }
    if (internal.has(linkOrigin)) continue;
    anchor.setAttribute('target', '_blank');
    anchor.setAttribute('rel', 'noopener noreferrer');
    anchor.setAttribute('class', 'gb-berita-external');
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = ' ↗';
    const label = document.createElement('span');
    label.setAttribute('class', 'gb-berita-sr');
    label.textContent = ` ${options.externalLabel ?? '(tautan eksternal, terbuka di tab baru)'}`;
    anchor.append(icon, label);
  }
  return fragment;
}

/**
 * The HTML of an article body: restricted Markdown rendered, plain text in paragraphs. A format
 * this version does not know is shown as plain text.
 *
 * @param article - The body and its format.
 * @internal
 */
export function articleBodyToHtml(article: ArticleBody): string {
  return article.bodyFormat === 'markdown' ? markdownToHtml(article.body) : article.bodyFormat === 'plain' ? plainTextToHtml(article.body) : `<p>${escapeHtml(article.body)}</p>`;
}

/**
 * Renders an article body into an element, replacing its children: rendered to HTML, then
 * sanitized (see the module's description). This is the only way article content enters the page.
 *
 * @param element - The body container.
 * @param article - The body and its format.
 * @param options - Which origins are internal, and the external-link label.
 * @internal
 */
export function renderArticleBody(element: Element, article: ArticleBody, options: SanitizeOptions = {}): void {
  element.replaceChildren(sanitizeArticleHtml(articleBodyToHtml(article), element.ownerDocument, options));
}
