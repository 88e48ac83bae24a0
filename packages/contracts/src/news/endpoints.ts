/**
 * The HTTP endpoints of news and announcements.
 *
 * @module
 */
import * as z from 'zod/mini';
import { cursorPageSchema, cursorQueryShape } from '../domain-fields.ts';
import { defineEndpoint } from '../endpoint.ts';
import { notFoundProblem, rateLimitedProblem } from '../problem.ts';
import { newsArticleSchema, newsSummarySchema } from './schema.ts';

/** `GET /news`: published articles and announcements, newest first, a page at a time. */
export const listNews = /* @__PURE__ */ defineEndpoint({
  id: 'news.list',
  method: 'GET',
  path: '/news',
  query: z.object({
    ...cursorQueryShape(),
    /** Only news or only announcements. */
    kind: z.optional(z.enum(['news', 'announcement'])),
    /** Only this category. */
    category: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  }),
  response: cursorPageSchema(newsSummarySchema),
  errors: { 429: rateLimitedProblem },
  auth: 'none',
  summary: 'List news and announcements',
  tags: ['news'],
});

/** `GET /news/:id`: one article with its body. */
export const getNewsArticle = /* @__PURE__ */ defineEndpoint({
  id: 'news.get',
  method: 'GET',
  path: '/news/:id',
  response: newsArticleSchema,
  errors: { 404: notFoundProblem },
  auth: 'none',
  summary: 'Get an article',
  tags: ['news'],
});

/** Every news endpoint, by name. */
export const newsEndpoints = { listNews, getNewsArticle } as const;
