/**
 * The auth step: a bearer token from a token provider, and one single-flight refresh on 401.
 *
 * @module
 */
import { maskUrl } from '../errors.ts';
import type { ClientRequest, ClientStep } from '../types.ts';

/** The options of {@link authStep}: where tokens come from. */
export interface AuthStepOptions {
  /**
   * Returns the current access token, or `undefined` when the citizen is signed out.
   * @example () => session.accessToken
   */
  getToken: () => string | undefined | Promise<string | undefined>;
  /**
   * Gets a new access token after a 401 (for example with an OAuth 2 refresh token), stores it so
   * that `getToken` returns it, and returns it. It returns `undefined` or throws when the session
   * cannot be renewed; the client then emits `auth-expired`. However many calls fail at once, it
   * runs once.
   * @default undefined (a 401 is final)
   * @example () => session.refresh()
   */
  refresh?: () => Promise<string | undefined>;
  /**
   * The authorization scheme.
   * @default 'Bearer'
   * @example 'DPoP'
   */
  scheme?: string;
}

/**
 * Sends `Authorization: Bearer <token>` on endpoints whose `auth` is `required` or `optional`.
 * On a 401 it refreshes the token (one refresh for all the calls that failed together) and
 * repeats the call once. When the refresh fails, the client emits `auth-expired` once, and the
 * calls fail with the 401: one event, however many calls were waiting on the refresh; later 401s with
 * the same token fail at once, without refreshing again, until the token changes.
 *
 * Tokens exist only in the request's headers: the client never writes headers to logs, errors or
 * events.
 *
 * @param options - The token provider; see {@link AuthStepOptions}.
 * @example
 * ```ts
 * const client = createApiClient({
 *   baseUrl,
 *   steps: [retryStep(), authStep({ getToken: () => session.accessToken, refresh: () => session.refresh() })],
 * });
 * client.on('auth-expired', () => navigate('/masuk'));
 * ```
 */
export function authStep(options: AuthStepOptions): ClientStep {
  const { getToken, refresh, scheme = 'Bearer' } = options;
  return (context) => {
    let refreshing: Promise<string | undefined> | undefined;
    // The token that a refresh could not replace: more 401s with it are final, without another
    // refresh or event, until the token changes (the citizen signs in again).
    let expired: { token: string | undefined } | undefined;

    const renew = (request: ClientRequest, sent: string | undefined): Promise<string | undefined> =>
      (refreshing ??= (async () => {
        let cause: unknown;
        try {
          const token = await refresh!();
          if (token !== undefined) {
            expired = undefined;
            return token;
          }
        } catch (error) {
          cause = error;
        } finally {
          refreshing = undefined;
        }
        expired = { token: sent };
        context.emit('auth-expired', { endpointId: request.endpoint.id, method: request.method, url: maskUrl(request.url), cause });
        return undefined;
      })());

    const withToken = (request: ClientRequest, token: string | undefined): ClientRequest =>
      token === undefined ? request : { ...request, headers: { ...request.headers, authorization: `${scheme} ${token}` } };

    return async (request, next) => {
      if (request.endpoint.auth === 'none') return next(request);
      const sent = await (refreshing ?? getToken());
      const response = await next(withToken(request, sent));
      if (response.status !== 401 || refresh === undefined) return response;
      // Another call may have refreshed the token meanwhile: then use the new one, do not refresh again.
      const current = await (refreshing ?? getToken());
      if (current !== undefined && current !== sent) return next(withToken(request, current));
      if (expired !== undefined && expired.token === sent) return response;
      const fresh = await renew(request, sent);
      return fresh === undefined ? response : next(withToken(request, fresh));
    };
  };
}
