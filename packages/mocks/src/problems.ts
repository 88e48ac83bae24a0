/**
 * The problem types the mock back end answers with on its own, besides those of the contracts:
 * a request it cannot read, a missing idempotency key, a wrong media type, an endpoint without a
 * resolver, and a response of its own that broke the contract.
 *
 * @module
 */
import { defineProblem } from '@gerbang/contracts';
import * as z from 'zod/mini';

/*@__NO_SIDE_EFFECTS__*/
function issuesSchema() {
  return z.optional(
    z.array(
      z.object({
        path: z.array(z.union([z.string(), z.int()])),
        code: z.string(),
        message: z.string(),
      }),
    ),
  );
}

/**
 * 400: the request cannot be read: a body that is not valid JSON, or path parameters or a query
 * that do not match the contract. `issues` names each bad value, with a path that starts with
 * `params` or `query`.
 */
export const invalidRequestProblem = /* @__PURE__ */ defineProblem({
  type: 'https://gerbang.dev/problems/invalid-request',
  title: 'Invalid request',
  status: 400,
  description: 'The request cannot be read: a malformed body, or path parameters or a query that break the contract.',
  extensions: { issues: issuesSchema() },
});

/** 400: an endpoint marked idempotent was called without an `Idempotency-Key` header. */
export const idempotencyKeyMissingProblem = /* @__PURE__ */ defineProblem({
  type: 'https://gerbang.dev/problems/idempotency-key-missing',
  title: 'Idempotency key missing',
  status: 400,
  description: 'This endpoint requires an Idempotency-Key header. Send a new unique key with each new request, and the same key on its retries.',
});

/** 415: the request body was sent with another media type than the endpoint's. */
export const unsupportedMediaTypeProblem = /* @__PURE__ */ defineProblem({
  type: 'https://gerbang.dev/problems/unsupported-media-type',
  title: 'Unsupported media type',
  status: 415,
  description: 'The request body must be sent with the media type the endpoint declares.',
  extensions: { expected: z.string() },
});

/** 405: the path exists, but not with this method; the `Allow` header lists the methods it takes. */
export const methodNotAllowedProblem = /* @__PURE__ */ defineProblem({
  type: 'https://gerbang.dev/problems/method-not-allowed',
  title: 'Method not allowed',
  status: 405,
  description: 'The path exists, but does not take this method. The Allow header lists the methods it takes.',
});

/** 501: the mock back end has no resolver for this endpoint. */
export const notImplementedProblem = /* @__PURE__ */ defineProblem({
  type: 'https://gerbang.dev/problems/not-implemented',
  title: 'Not implemented',
  status: 501,
  description: 'The mock back end has no resolver for this endpoint. Add one with defineMockRoute().',
  extensions: { endpointId: z.string() },
});

/**
 * 500: a response of the mock back end itself broke the endpoint's contract (the mocks drifted
 * from the contracts). `issues` says where.
 */
export const mockResponseInvalidProblem = /* @__PURE__ */ defineProblem({
  type: 'https://gerbang.dev/problems/mock-response-invalid',
  title: 'Mock response breaks the contract',
  status: 500,
  description: 'A resolver of the mock back end produced a response that does not match the endpoint\'s schema.',
  extensions: { endpointId: z.string(), issues: issuesSchema() },
});

/** 500: an internal server error, as chaos mode injects it. */
export const internalErrorProblem = /* @__PURE__ */ defineProblem({
  type: 'https://gerbang.dev/problems/internal-error',
  title: 'Internal server error',
  status: 500,
  description: 'The server failed while handling the request. Retrying may succeed.',
});
