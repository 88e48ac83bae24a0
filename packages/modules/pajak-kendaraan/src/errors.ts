/**
 * What the screens say about a failed call. The module tells the client's errors apart by their
 * `code` (and `status` for HTTP errors), without importing the client.
 *
 * @internal
 * @module
 */
import type { PkbMessages } from './messages.ts';

/** A failed call, as a screen shows it. @internal */
export interface CallFailure {
  /** What went wrong, for the screen's logic. */
  readonly kind: 'not-found' | 'invalid' | 'conflict' | 'offline' | 'network' | 'rate-limited' | 'unavailable' | 'login' | 'denied' | 'other';
  /** The sentence to show. */
  readonly message: string;
  /** For `invalid`: the input fields the server (or the contract) found wrong, by body field name. */
  readonly fields: readonly string[];
}

interface ErrorLike {
  readonly code?: unknown;
  readonly status?: unknown;
  readonly problem?: { readonly issues?: unknown } | undefined;
  readonly issues?: unknown;
}

/** The body fields named by validation issues (`['body', 'plate']` → `plate`). */
function issueFields(issues: unknown): string[] {
  if (!Array.isArray(issues)) return [];
  const fields: string[] = [];
  for (const issue of issues as { path?: unknown }[]) {
    const path = Array.isArray(issue.path) ? (issue.path as unknown[]).filter((segment): segment is string => typeof segment === 'string') : [];
    const field = path[0] === 'body' ? path[1] : path[0];
    if (field !== undefined && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

/**
 * Reads an error from `ctx.api.call` or `ctx.permissions.request`.
 *
 * @param error - What the call threw.
 * @param messages - The texts of the current language.
 * @internal
 */
export function describeFailure(error: unknown, messages: PkbMessages): CallFailure {
  const { code, status, problem, issues } = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const fail = (kind: CallFailure['kind'], message: string, fields: readonly string[] = []): CallFailure => ({ kind, message, fields });
  switch (code) {
    case 'offline':
      return fail('offline', messages.offline);
    case 'network-error':
    case 'timeout':
    case 'circuit-open':
      return fail('network', messages.network);
    case 'permission-denied':
      return fail('denied', messages.paymentDenied);
    case 'contract-violation':
      return fail('invalid', messages.failed, issueFields(issues));
    case 'http-error':
      switch (status) {
        case 400:
        case 422:
          return fail('invalid', messages.failed, issueFields(problem?.issues));
        case 401:
        case 403:
          return fail('login', messages.loginNeeded);
        case 404:
          return fail('not-found', messages.notFound);
        case 409:
          return fail('conflict', messages.alreadyPaid);
        case 429:
          return fail('rate-limited', messages.rateLimited);
        case 503:
          return fail('unavailable', messages.unavailable);
        default:
          return fail(typeof status === 'number' && status >= 500 ? 'unavailable' : 'other', typeof status === 'number' && status >= 500 ? messages.unavailable : messages.failed);
      }
    default:
      return fail('other', messages.failed);
  }
}
