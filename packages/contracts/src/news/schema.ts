/**
 * News and announcements. An article's body is in a declared, safe format (ADR 8): a restricted
 * Markdown (CommonMark without raw HTML, links only to `https:`, `mailto:`, `tel:` or the app's own
 * paths, images only from `https:`), or plain text. Apps render it to native components, never
 * as HTML, so that an injected article cannot run script or restyle the app.
 *
 * @module
 */
import * as z from 'zod/mini';
import { textSchema, timestampSchema } from '../fields.ts';
import { rule } from '../validation.ts';

/**
 * The formats an article body can be in:
 * - `markdown`: the restricted Markdown of ADR 8 (see {@link explainUnsafeMarkdown});
 * - `plain`: plain text, shown as is, line breaks kept.
 */
export const NEWS_BODY_FORMATS = ['markdown', 'plain'] as const;

/** The format of an article body; see {@link NEWS_BODY_FORMATS}. */
export type NewsBodyFormat = (typeof NEWS_BODY_FORMATS)[number];

/** The longest article body, in characters. */
export const NEWS_BODY_MAX_LENGTH = 100_000;

/** The schema of an article as listed: everything but the body. */
export const newsSummarySchema = /* @__PURE__ */ createNewsSummarySchema();

/** An article as listed. */
export type NewsSummary = z.output<typeof newsSummarySchema>;

/** The schema of a full article: the summary plus `bodyFormat` and `body`, checked against the format. */
export const newsArticleSchema = /* @__PURE__ */ createNewsArticleSchema();

/** A news article or announcement. */
export type NewsArticle = z.output<typeof newsArticleSchema>;

const SAFE_LINK = /^(https:\/\/|mailto:|tel:|\/(?!\/)|#)/i;
const SAFE_IMAGE = /^https:\/\//i;

/**
 * Explains what the restricted Markdown of ADR 8 forbids in a body, or returns `undefined` when
 * the body is allowed. It is a cheap, conservative check, not a parser: outside code, it refuses
 * anything that looks like an HTML tag, comment or declaration (`<` followed by a letter, `/`, `!`
 * or `?`), link destinations other than `https:`, `mailto:`, `tel:`, `/path` or `#anchor`, and
 * image sources other than `https:`. Renderers must still refuse the same things.
 *
 * @param body - A Markdown body.
 * @example
 * ```ts
 * explainUnsafeMarkdown('[Lapor](https://lampung.go.id)'); // undefined
 * explainUnsafeMarkdown('<script>alert(1)</script>'); // 'raw HTML is not allowed: "<script>"'
 * explainUnsafeMarkdown('[x](javascript:alert(1))'); // 'the link "javascript:alert(1)" ...'
 * ```
 */
export function explainUnsafeMarkdown(body: string): string | undefined {
  // Code is shown literally, so what it contains is harmless; everything else is checked.
  const prose = body.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
  const html = /<[A-Za-z/!?][^>\s]*/.exec(prose);
  if (html !== null) return `raw HTML is not allowed: "${html[0].slice(0, 40)}${html[0].endsWith('>') ? '' : '>'}"`;
  for (const match of prose.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]*)/g)) {
    const [, bang, target = ''] = match;
    if (bang === '!' ? !SAFE_IMAGE.test(target) : !SAFE_LINK.test(target)) return describeBadTarget(bang === '!', target);
  }
  for (const match of prose.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)/gm)) {
    const target = match[1] ?? '';
    if (!SAFE_LINK.test(target)) return describeBadTarget(false, target);
  }
  return undefined;
}

function describeBadTarget(image: boolean, target: string): string {
  const shown = JSON.stringify(target.slice(0, 60));
  return image
    ? `the image source ${shown} is not allowed: images must come from https:// URLs`
    : `the link ${shown} is not allowed: links must be https://, mailto:, tel:, /path or #anchor`;
}

/*@__NO_SIDE_EFFECTS__*/
function createNewsSummaryShape() {
  return {
    /** The article's id, used in its URL: lower-case letters, digits and `-`. */
    id: z.string().check(rule((value: string) => (/^[a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?$/.test(value) ? undefined : 'must be a slug such as "banjir-rajabasa-2025"'))),
    /** A news article or an official announcement (pengumuman). */
    kind: z.enum(['news', 'announcement']),
    /** The title. */
    title: textSchema(300),
    /** A one-paragraph summary, plain text. */
    summary: z.optional(textSchema(1000)),
    /** The language of the article, such as `id`. */
    language: z._default(textSchema(35), 'id'),
    /** Who wrote it, and for which office. */
    author: z.object({ name: textSchema(200), unit: z.optional(textSchema(200)) }),
    /** When it was published, with an offset. */
    publishedAt: timestampSchema,
    /** When it was last edited, if it was. */
    updatedAt: z.optional(timestampSchema),
    /** The category, such as `kesehatan`. */
    category: z.optional(textSchema(100)),
    /** The cover image, from an https URL, with its alternative text. */
    coverImage: z.optional(z.object({ url: z.url({ protocol: /^https$/, error: 'must be an https URL' }), alt: textSchema(500) })),
  };
}

/*@__NO_SIDE_EFFECTS__*/
function createNewsSummarySchema() {
  return z.object(createNewsSummaryShape());
}

/*@__NO_SIDE_EFFECTS__*/
function createNewsArticleSchema() {
  return z
    .object({
      ...createNewsSummaryShape(),
      /** The format of `body`. */
      bodyFormat: z.enum(NEWS_BODY_FORMATS),
      /** The body, in `bodyFormat`. */
      body: textSchema(NEWS_BODY_MAX_LENGTH),
    })
    .check(
      rule((article: { bodyFormat: NewsBodyFormat; body: string }) => {
        if (article.bodyFormat !== 'markdown') return undefined;
        const reason = explainUnsafeMarkdown(article.body);
        return reason === undefined ? undefined : [{ path: ['body'], message: reason }];
      }),
    );
}
