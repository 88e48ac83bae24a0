/**
 * The script of the page that `sanitize.test.ts` opens in Chromium: it exposes the module's
 * sanitizing render functions, bundled alone with DOMPurify, for the test to feed bodies to.
 */
import { renderArticleBody, sanitizeArticleHtml } from '../../src/sanitize.ts';

/** How the test passes a body: raw HTML (straight to the sanitizer) or an article body. */
export type BodyInput = { readonly format: 'html'; readonly body: string } | { readonly format: 'markdown' | 'plain'; readonly body: string };

declare global {
  interface Window {
    /** Renders a body into a new container and returns the container's HTML. */
    renderBody(input: BodyInput): string;
    /** The control: inserts HTML with `innerHTML`, unsanitized, as a careless app would. */
    renderUnsafe(html: string): void;
  }
}

window.renderBody = (input) => {
  const container = document.createElement('div');
  container.dataset['testid'] = 'berita-body';
  document.getElementById('root')!.append(container);
  if (input.format === 'html') container.replaceChildren(sanitizeArticleHtml(input.body, document));
  else renderArticleBody(container, { bodyFormat: input.format, body: input.body });
  return container.innerHTML;
};

window.renderUnsafe = (html) => {
  const container = document.createElement('div');
  document.getElementById('root')!.append(container);
  container.innerHTML = html;
};
