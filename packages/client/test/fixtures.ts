/**
 * Endpoints and an msw server shared by the tests. Personal data here is synthetic.
 */
import { defineEndpoint, idempotencyKeyInUseProblem, idempotencyKeyReusedProblem, notFoundProblem, validationFailedProblem } from '@gerbang/contracts';
import { setupServer } from 'msw/node';
import * as z from 'zod/mini';

export const BASE_URL = 'https://api.gerbang.test/v1';

export const reportSchema = z.object({ id: z.string(), title: z.string(), status: z.enum(['submitted', 'verified', 'done']) });

export const getReport = defineEndpoint({
  id: 'reports.get',
  method: 'GET',
  path: '/reports/:id',
  response: reportSchema,
  errors: { 404: notFoundProblem },
  auth: 'optional',
});

export const listReports = defineEndpoint({
  id: 'reports.list',
  method: 'GET',
  path: '/reports',
  query: z.object({ cursor: z.optional(z.string()), limit: z.optional(z.number()), nik: z.optional(z.string()) }),
  response: z.object({ items: z.array(reportSchema), nextCursor: z.nullable(z.string()) }),
  auth: 'none',
});

export const newReportSchema = z.object({
  title: z.string().check(z.minLength(3)),
  description: z.string(),
  category: z.enum(['jalan', 'pohon', 'parkir']),
});

export const createReport = defineEndpoint({
  id: 'reports.create',
  method: 'POST',
  path: '/reports',
  body: newReportSchema,
  response: reportSchema,
  status: 201,
  errors: { 422: [validationFailedProblem, idempotencyKeyReusedProblem], 409: idempotencyKeyInUseProblem },
  idempotent: true,
});

export const createReportWithPhotos = defineEndpoint({
  id: 'reports.create-with-photos',
  method: 'POST',
  path: '/reports/with-photos',
  body: z.object({ title: z.string(), description: z.string(), photos: z.array(z.instanceof(Blob)) }),
  bodyType: 'multipart',
  response: reportSchema,
  status: 201,
  idempotent: true,
});

export const postComment = defineEndpoint({
  id: 'reports.comment',
  method: 'POST',
  path: '/reports/:id/comments',
  body: z.object({ text: z.string() }),
  response: z.object({ ok: z.boolean() }),
});

export const submitOpen311 = defineEndpoint({
  id: 'open311.request',
  method: 'POST',
  path: '/requests',
  body: z.object({ service_code: z.string(), lat: z.number(), long: z.number(), attribute: z.optional(z.record(z.string(), z.string())) }),
  bodyType: 'form',
  response: z.array(z.object({ service_request_id: z.string() })),
  auth: 'none',
});

export const deleteReport = defineEndpoint({
  id: 'reports.delete',
  method: 'DELETE',
  path: '/reports/:id',
  response: z.void(),
});

export const server = setupServer();

/** Records every request msw sees, for counting and inspecting. */
export function recordRequests(): Request[] {
  const seen: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(request.clone());
  });
  return seen;
}

/** A multipart body as a test server reads it: text fields, and files with their names and sizes. */
export interface ReceivedForm {
  readonly fields: Map<string, string>;
  readonly files: { readonly field: string; readonly name: string; readonly type: string; readonly size: number }[];
}

/** Reads a multipart request in memory, as a test server may. */
export async function readMultipart(request: Request): Promise<ReceivedForm> {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- a test server may parse a small form in memory
  const form = await request.formData();
  const received: ReceivedForm = { fields: new Map(), files: [] };
  form.forEach((value, field) => {
    if (typeof value === 'string') received.fields.set(field, value);
    else received.files.push({ field, name: value.name, type: value.type, size: value.size });
  });
  return received;
}
