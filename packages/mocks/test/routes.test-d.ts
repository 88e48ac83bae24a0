import { getReport, listMyReports, rateReport, type Report } from '@gerbang/contracts';
import { defineMockRoute, mockProblem, type MockReply, type MockRoute } from '@gerbang/mocks';
import { notFoundProblem } from '@gerbang/contracts';
import { expectTypeOf, test } from 'vitest';

declare const report: Report;

test('a resolver sees the parsed params, query and body of its endpoint', () => {
  defineMockRoute(getReport, (context) => {
    expectTypeOf(context.params).toEqualTypeOf<{ ticket: string }>();
    expectTypeOf(context.body).toEqualTypeOf<undefined>();
    return report;
  });
  defineMockRoute(listMyReports, ({ query }) => {
    expectTypeOf(query.limit).toEqualTypeOf<number | undefined>();
    return { items: [report], nextCursor: null };
  });
  defineMockRoute(rateReport, ({ body }) => {
    expectTypeOf(body.stars).toEqualTypeOf<number>();
    return { stars: body.stars, at: '2026-11-02T09:00:00+07:00' };
  });
});

test('a resolver returns the response body or a reply, nothing else', () => {
  const route = defineMockRoute(getReport, () => mockProblem(notFoundProblem, { detail: 'none' }));
  expectTypeOf(route).toExtend<MockRoute>();
  expectTypeOf(mockProblem(notFoundProblem)).toEqualTypeOf<MockReply>();
  // @ts-expect-error a rating is not a report
  defineMockRoute(getReport, () => ({ stars: 4 }));
});
