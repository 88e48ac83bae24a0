import {
  conflictProblem,
  defineProblem,
  forbiddenProblem,
  getProblemDefinition,
  idempotencyKeyInUseProblem,
  idempotencyKeyReusedProblem,
  InvalidDefinitionError,
  notFoundProblem,
  parseProblemDetails,
  PROBLEM_TYPE_BASE,
  PROBLEM_TYPES,
  problemDetailsSchema,
  rateLimitedProblem,
  serviceUnavailableProblem,
  unauthorizedProblem,
  validate,
  validationFailedProblem,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

describe('parseProblemDetails', () => {
  it('reads every standard member and keeps extension members', () => {
    const problem = parseProblemDetails({
      type: 'https://gerbang.dev/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'Report LPG-1 does not exist.',
      instance: '/reports/LPG-1',
      reportId: 'LPG-1',
      nested: { a: [1, 2] },
    });
    expect(problem).toEqual({
      type: 'https://gerbang.dev/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'Report LPG-1 does not exist.',
      instance: '/reports/LPG-1',
      reportId: 'LPG-1',
      nested: { a: [1, 2] },
    });
  });

  it('defaults the type to about:blank', () => {
    expect(parseProblemDetails({})).toEqual({ type: 'about:blank' });
    expect(parseProblemDetails({ status: 500 })).toEqual({ type: 'about:blank', status: 500 });
  });

  it('ignores standard members with the wrong JSON type instead of failing (RFC 9457 §3.1)', () => {
    const problem = parseProblemDetails({
      type: 42,
      title: ['Not found'],
      status: '404',
      detail: null,
      instance: { href: '/x' },
      extra: true,
    });
    expect(problem).toEqual({ type: 'about:blank', extra: true });
  });

  it('drops a status that is not an integer HTTP status', () => {
    expect(parseProblemDetails({ status: 404.5 })?.status).toBeUndefined();
    expect(parseProblemDetails({ status: 99 })?.status).toBeUndefined();
    expect(parseProblemDetails({ status: 600 })?.status).toBeUndefined();
    expect(parseProblemDetails({ status: Number.NaN })?.status).toBeUndefined();
    expect(parseProblemDetails({ status: 599 })?.status).toBe(599);
  });

  it('returns undefined for anything that is not a JSON object', () => {
    for (const value of [null, undefined, 'Bad gateway', 502, true, [], [{ type: 'x' }]]) {
      expect(parseProblemDetails(value)).toBeUndefined();
    }
  });

  it('never merges __proto__, constructor or prototype', () => {
    const problem = parseProblemDetails(JSON.parse('{"title":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'));
    expect(problem).toEqual({ type: 'about:blank', title: 'x' });
    expect(Object.getPrototypeOf(problem)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('returns undefined when the object cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('revoked');
        },
      },
    );
    expect(parseProblemDetails(hostile)).toBeUndefined();
  });
});

describe('problemDetailsSchema', () => {
  it('fills in about:blank and keeps extension members', () => {
    const result = validate(problemDetailsSchema, { title: 'Oops', status: 500, traceId: 'abc' });
    expect(result.data).toEqual({ type: 'about:blank', title: 'Oops', status: 500, traceId: 'abc' });
  });

  it('is strict about the standard members', () => {
    const result = validate(problemDetailsSchema, { status: 700 }, { subject: 'problem' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['status']);
  });
});

describe('defineProblem', () => {
  const reportClosed = defineProblem({
    type: 'https://lampung.go.id/problems/report-closed',
    title: 'Report closed',
    status: 409,
    description: 'The report is closed and can no longer change.',
    extensions: { closedAt: z.iso.datetime({ offset: true }) },
  });

  it('describes its problem type', () => {
    expect(reportClosed.problem).toEqual({
      type: 'https://lampung.go.id/problems/report-closed',
      title: 'Report closed',
      status: 409,
      description: 'The report is closed and can no longer change.',
      extensions: ['closedAt'],
    });
    expect(Object.isFrozen(reportClosed.problem)).toBe(true);
    expect(getProblemDefinition(reportClosed)).toBe(reportClosed.problem);
  });

  it('accepts its own problems, with localized titles and unknown extension members', () => {
    const result = validate(reportClosed, {
      type: 'https://lampung.go.id/problems/report-closed',
      title: 'Laporan sudah ditutup',
      status: 409,
      closedAt: '2025-03-01T08:00:00+07:00',
      traceId: 'abc',
    });
    expect(result.error?.message).toBeUndefined();
    expect(result.data?.['traceId']).toBe('abc');
  });

  it('rejects another type, another status, or a bad extension member', () => {
    const base = { type: 'https://lampung.go.id/problems/report-closed', title: 'x', status: 409, closedAt: '2025-03-01T08:00:00+07:00' };
    expect(validate(reportClosed, { ...base, type: PROBLEM_TYPES.conflict }).success).toBe(false);
    expect(validate(reportClosed, { ...base, status: 410 }).success).toBe(false);
    expect(validate(reportClosed, { ...base, closedAt: 'yesterday' }).success).toBe(false);
    expect(validate(reportClosed, { ...base, title: undefined }).success).toBe(false);
  });

  it.each([
    ['a relative type', { type: '/problems/x', title: 'X', status: 400 }, 'absolute URI'],
    ['about:blank', { type: 'about:blank', title: 'X', status: 400 }, 'absolute URI'],
    ['an empty title', { type: 'https://x.example/p', title: ' ', status: 400 }, 'title'],
    ['a success status', { type: 'https://x.example/p', title: 'X', status: 200 }, 'from 400 to 599'],
    ['a fractional status', { type: 'https://x.example/p', title: 'X', status: 404.5 }, 'from 400 to 599'],
    ['a standard member as extension', { type: 'https://x.example/p', title: 'X', status: 400, extensions: { detail: z.string() } }, 'redefine a standard member'],
    ['a short extension name', { type: 'https://x.example/p', title: 'X', status: 400, extensions: { id: z.string() } }, 'at least three'],
    ['a non-schema extension', { type: 'https://x.example/p', title: 'X', status: 400, extensions: { reason: 'text' } }, 'zod schema'],
  ])('rejects %s', (_name, options, reason) => {
    const define = defineProblem as (options: unknown) => unknown;
    expect(() => define(options)).toThrow(InvalidDefinitionError);
    expect(() => define(options)).toThrow(reason);
  });

  it('names the problem type in its errors', () => {
    const define = defineProblem as (options: unknown) => unknown;
    expect(() => define({ type: 'https://x.example/p', title: 'X', status: 302 })).toThrow('Invalid problem type "https://x.example/p"');
  });

  it('getProblemDefinition returns undefined for other values', () => {
    expect(getProblemDefinition(z.object({}))).toBeUndefined();
    expect(getProblemDefinition({ problem: { type: 'x', title: 'x', status: 400 } })).toBeUndefined();
    expect(getProblemDefinition(undefined)).toBeUndefined();
  });
});

describe('the common problems', () => {
  const common = [
    [validationFailedProblem, 'validation-failed', 422],
    [unauthorizedProblem, 'unauthorized', 401],
    [forbiddenProblem, 'forbidden', 403],
    [notFoundProblem, 'not-found', 404],
    [conflictProblem, 'conflict', 409],
    [idempotencyKeyInUseProblem, 'idempotency-key-in-use', 409],
    [idempotencyKeyReusedProblem, 'idempotency-key-reused', 422],
    [rateLimitedProblem, 'rate-limited', 429],
    [serviceUnavailableProblem, 'service-unavailable', 503],
  ] as const;

  it.each(common)('%# lives under the documented base URI with its status', (schema, slug, status) => {
    expect(schema.problem.type).toBe(`${PROBLEM_TYPE_BASE}${slug}`);
    expect(schema.problem.status).toBe(status);
    expect(Object.values(PROBLEM_TYPES)).toContain(schema.problem.type);
    const result = validate(schema, { type: schema.problem.type, title: schema.problem.title, status });
    expect(result.success).toBe(schema !== validationFailedProblem);
  });

  it('lists every type URI once', () => {
    expect(new Set(Object.values(PROBLEM_TYPES)).size).toBe(common.length);
    expect(Object.values(PROBLEM_TYPES).every((type) => type.startsWith(PROBLEM_TYPE_BASE))).toBe(true);
  });

  it('validation failed carries the issues with their paths', () => {
    const result = validate(validationFailedProblem, {
      type: PROBLEM_TYPES.validationFailed,
      title: 'Validation failed',
      status: 422,
      issues: [{ path: ['location', 0], code: 'too_small', message: 'must be at least 1' }],
    });
    expect(result.data?.issues[0]?.path).toEqual(['location', 0]);
    const bad = validate(validationFailedProblem, { type: PROBLEM_TYPES.validationFailed, title: 'x', status: 422, issues: [{ path: 'location' }] });
    expect(bad.success).toBe(false);
  });

  it('rate limited may say when to retry', () => {
    const base = { type: PROBLEM_TYPES.rateLimited, title: 'Too many requests', status: 429 };
    expect(validate(rateLimitedProblem, { ...base, retryAfter: 30 }).data?.retryAfter).toBe(30);
    expect(validate(rateLimitedProblem, { ...base, retryAfter: -1 }).success).toBe(false);
  });
});
