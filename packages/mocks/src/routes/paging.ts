/**
 * Cursor pages for the list resolvers: an opaque cursor that encodes the offset.
 *
 * @module
 */
import { mockProblem, type MockReply } from '../engine.ts';
import { invalidRequestProblem } from '../problems.ts';

/** The page size when the query leaves `limit` out. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * One page of a list, or a 400 problem for a cursor this back end did not issue.
 *
 * @param items - The whole list, in order.
 * @param query - The `cursor` and `limit` of the request.
 */
export function paginate<TItem>(
  items: readonly TItem[],
  query: { readonly cursor?: string | undefined; readonly limit?: number | undefined },
): { items: TItem[]; nextCursor: string | null } | MockReply {
  let offset = 0;
  if (query.cursor !== undefined) {
    const match = /^o([0-9a-z]{1,8})$/.exec(query.cursor);
    offset = match === null ? Number.NaN : Number.parseInt(match[1]!, 36);
    if (!Number.isSafeInteger(offset) || offset > items.length) {
      return mockProblem(invalidRequestProblem, {
        detail: 'The cursor was not issued by this list; start again without a cursor.',
        issues: [{ path: ['query', 'cursor'], code: 'invalid_value', message: 'is not a cursor of this list' }],
      });
    }
  }
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const end = offset + limit;
  return { items: items.slice(offset, end), nextCursor: end < items.length ? `o${end.toString(36)}` : null };
}
