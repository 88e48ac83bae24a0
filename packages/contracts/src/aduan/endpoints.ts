/**
 * The HTTP endpoints of citizen reports: create, get, list mine, list public, support, rate, and
 * the category catalogue.
 *
 * @module
 */
import * as z from 'zod/mini';
import { cursorPageSchema, cursorQueryShape } from '../domain-fields.ts';
import { defineEndpoint } from '../endpoint.ts';
import {
  conflictProblem,
  forbiddenProblem,
  idempotencyKeyInUseProblem,
  idempotencyKeyReusedProblem,
  notFoundProblem,
  rateLimitedProblem,
  validationFailedProblem,
} from '../problem.ts';
import { regionCodeSchema } from '../regions/code.ts';
import { REPORT_STATUSES } from './lifecycle.ts';
import {
  createReportBodySchema,
  reportCategoryCodeSchema,
  reportCategorySchema,
  reportRatingInputSchema,
  reportRatingSchema,
  reportSchema,
  reportSupportSchema,
  ticketSchema,
} from './schema.ts';

/**
 * `POST /reports`: submits a report, as `multipart/form-data` with a `report` part (JSON, see
 * `reportDraftSchema`) and up to 5 `photos` parts. Answers 201 with the report and its ticket
 * number. Each call carries an `Idempotency-Key`, so that a retry from the offline queue files the
 * report once.
 *
 * @example
 * ```ts
 * const report = await client.call(createReport, {
 *   body: { report: { categoryCode: 'jalan-rusak', description: 'Lubang besar', location }, photos: [photo] },
 * });
 * ```
 */
export const createReport = /* @__PURE__ */ defineEndpoint({
  id: 'reports.create',
  method: 'POST',
  path: '/reports',
  body: createReportBodySchema,
  bodyType: 'multipart',
  response: reportSchema,
  status: 201,
  idempotent: true,
  errors: {
    409: idempotencyKeyInUseProblem,
    422: [validationFailedProblem, idempotencyKeyReusedProblem],
    429: rateLimitedProblem,
  },
  summary: 'Submit a citizen report',
  description:
    'A `multipart/form-data` body: the `report` part is JSON (`Content-Type: application/json`) with the category, ' +
    'description, location, visibility, anonymity and channel; each `photos` part is an image file (JPEG, PNG, WebP ' +
    'or HEIC, at most 10 MiB, at most 5 photos). Answers with the report, whose `ticket` is the ticket number.',
  tags: ['reports'],
});

/**
 * `GET /reports/:ticket`: one report. A public report can be read by anyone; a private one only
 * by its reporter and officers (others get 404, not 403, so that private tickets do not leak).
 */
export const getReport = /* @__PURE__ */ defineEndpoint({
  id: 'reports.get',
  method: 'GET',
  path: '/reports/:ticket',
  params: z.object({ ticket: ticketSchema }),
  response: reportSchema,
  errors: { 404: notFoundProblem },
  auth: 'optional',
  summary: 'Get a report by its ticket number',
  tags: ['reports'],
});

/** `GET /me/reports`: the signed-in citizen's own reports, newest first, a page at a time. */
export const listMyReports = /* @__PURE__ */ defineEndpoint({
  id: 'reports.list-mine',
  method: 'GET',
  path: '/me/reports',
  query: z.object({
    ...cursorQueryShape(),
    /** Only reports in this state. */
    status: z.optional(z.enum(REPORT_STATUSES)),
  }),
  response: cursorPageSchema(reportSchema),
  summary: 'List my reports',
  tags: ['reports'],
});

/**
 * `GET /reports`: the public feed of reports (JakRespons), newest first, filtered by region,
 * category or state. Only reports marked `public` appear, without the reporter or internal notes.
 */
export const listPublicReports = /* @__PURE__ */ defineEndpoint({
  id: 'reports.list-public',
  method: 'GET',
  path: '/reports',
  query: z.object({
    ...cursorQueryShape(),
    /** Only reports in this region or below it (a Kemendagri code). */
    regionCode: z.optional(regionCodeSchema),
    /** Only reports of this category. */
    categoryCode: z.optional(reportCategoryCodeSchema),
    /** Only reports in this state. */
    status: z.optional(z.enum(REPORT_STATUSES)),
  }),
  response: cursorPageSchema(reportSchema),
  errors: { 429: rateLimitedProblem },
  auth: 'optional',
  summary: 'List public reports',
  tags: ['reports'],
});

/**
 * `PUT /reports/:ticket/support`: the signed-in citizen supports ("dukung") a public report.
 * Supporting twice counts once. Answers with the new support count.
 */
export const supportReport = /* @__PURE__ */ defineEndpoint({
  id: 'reports.support',
  method: 'PUT',
  path: '/reports/:ticket/support',
  params: z.object({ ticket: ticketSchema }),
  response: reportSupportSchema,
  errors: { 404: notFoundProblem, 403: forbiddenProblem },
  summary: 'Support a public report',
  tags: ['reports'],
});

/**
 * `PUT /reports/:ticket/rating`: the reporter rates how the report was handled, once it is `done`
 * or `closed` (otherwise 409). Rating again replaces the rating.
 */
export const rateReport = /* @__PURE__ */ defineEndpoint({
  id: 'reports.rate',
  method: 'PUT',
  path: '/reports/:ticket/rating',
  params: z.object({ ticket: ticketSchema }),
  body: reportRatingInputSchema,
  response: reportRatingSchema,
  errors: { 403: forbiddenProblem, 404: notFoundProblem, 409: conflictProblem, 422: validationFailedProblem },
  summary: 'Rate how a report was handled',
  tags: ['reports'],
});

/** `GET /report-categories`: the category catalogue, in display order. Anyone may read it. */
export const listReportCategories = /* @__PURE__ */ defineEndpoint({
  id: 'reports.categories',
  method: 'GET',
  path: '/report-categories',
  response: z.object({ items: z.array(reportCategorySchema) }),
  auth: 'none',
  summary: 'List the report categories',
  tags: ['reports'],
});

/** Every citizen-report endpoint, by name, for the mock back end, the client and the OpenAPI document. */
export const aduanEndpoints = {
  createReport,
  getReport,
  listMyReports,
  listPublicReports,
  supportReport,
  rateReport,
  listReportCategories,
} as const;
