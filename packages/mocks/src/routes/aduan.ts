/**
 * Resolvers of the citizen-report endpoints, on the store: filing with photos, reading with
 * visibility rules, the citizen's and the public lists, support and rating.
 *
 * @module
 */
import {
  createReport,
  forbiddenProblem,
  getReport,
  listMyReports,
  listPublicReports,
  listReportCategories,
  notFoundProblem,
  conflictProblem,
  rateReport,
  supportReport,
  validationFailedProblem,
  type Report,
} from '@gerbang/contracts';
import { defineMockRoute, mockProblem, type MockPrincipal, type MockReply, type MockRoute } from '../engine.ts';
import { inRegion } from '../store/prices.ts';
import type { MockStore } from '../store/store.ts';
import { paginate } from './paging.ts';

/**
 * A report as a citizen sees it: internal notes are never shown, and the reporter only to the
 * reporter; support says whether this citizen supports it.
 */
function citizenView(store: MockStore, report: Report, principal: MockPrincipal | undefined): Report {
  const owner = store.reports.ownerOf(report.ticket);
  const mine = principal !== undefined && owner === principal.subject;
  const { reporter, ...rest } = report;
  return {
    ...rest,
    ...(mine && reporter !== undefined ? { reporter } : {}),
    history: report.history.map(({ note, ...change }) => ({ ...change, ...(note === undefined || note.visibility === 'internal' ? {} : { note }) })),
    support: store.reports.supportOf(report.ticket, principal?.subject),
  };
}

/** The report if this caller may see it: public ones to anyone, private ones to their reporter. */
function visibleReport(store: MockStore, ticket: string, principal: MockPrincipal | undefined): Report | MockReply {
  const report = store.reports.get(ticket);
  const visible = report !== undefined && (report.visibility === 'public' || (principal !== undefined && store.reports.ownerOf(ticket) === principal.subject));
  return visible ? report : mockProblem(notFoundProblem, { detail: `There is no report ${ticket}, or it is private.` });
}

const isReport = (value: Report | MockReply): value is Report => !('$$mockReply' in value);

/**
 * The routes of the citizen-report endpoints on a store.
 *
 * @param store - The store they read and write.
 */
export function aduanRoutes(store: MockStore): MockRoute[] {
  return [
    defineMockRoute(createReport, ({ body, principal }) => {
      const draft = body.report;
      const category = store.reports.categories().find((entry) => entry.code === draft.categoryCode && entry.active);
      const photos = body.photos ?? [];
      const issues = [
        ...(category === undefined ? [{ path: ['report', 'categoryCode'], code: 'invalid_value', message: `there is no category ${JSON.stringify(draft.categoryCode)}` }] : []),
        ...(category?.photoRequired === true && photos.length === 0 ? [{ path: ['photos'], code: 'too_small', message: `a report of "${category.code}" needs at least one photo` }] : []),
      ];
      if (issues.length > 0) return mockProblem(validationFailedProblem, { detail: 'The report cannot be filed as it is.', issues });
      const report = store.reports.create(draft, {
        ...(principal === undefined ? {} : { owner: principal.subject }),
        photos: photos.map((photo) => ({ mediaType: photo.type, bytes: photo.size })),
      });
      return citizenView(store, report, principal);
    }),
    defineMockRoute(getReport, ({ params, principal }) => {
      const report = visibleReport(store, params.ticket, principal);
      return isReport(report) ? citizenView(store, report, principal) : report;
    }),
    defineMockRoute(listMyReports, ({ query, principal }) => {
      const reports = store.reports.list({ ...(principal === undefined ? {} : { owner: principal.subject }), ...(query.status === undefined ? {} : { status: query.status }) });
      const page = paginate(reports, query);
      return 'items' in page ? { ...page, items: page.items.map((report) => citizenView(store, report, principal)) } : page;
    }),
    defineMockRoute(listPublicReports, ({ query }) => {
      const reports = store.reports
        .list({ visibility: 'public', ...(query.status === undefined ? {} : { status: query.status }) })
        .filter(
          (report) =>
            (query.regionCode === undefined || inRegion(report.location.regionCode, query.regionCode)) &&
            (query.categoryCode === undefined || report.categoryCode === query.categoryCode),
        );
      const page = paginate(reports, query);
      return 'items' in page ? { ...page, items: page.items.map((report) => citizenView(store, report, undefined)) } : page;
    }),
    defineMockRoute(supportReport, ({ params, principal }) => {
      const report = visibleReport(store, params.ticket, principal);
      if (!isReport(report)) return report;
      if (report.visibility !== 'public') return mockProblem(forbiddenProblem, { detail: 'Only public reports can be supported.' });
      return store.reports.support(report.ticket, principal!.subject);
    }),
    defineMockRoute(rateReport, ({ params, body, principal }) => {
      const report = visibleReport(store, params.ticket, principal);
      if (!isReport(report)) return report;
      if (store.reports.ownerOf(report.ticket) !== principal?.subject) return mockProblem(forbiddenProblem, { detail: 'Only the reporter can rate a report.' });
      if (report.status !== 'done' && report.status !== 'closed') {
        return mockProblem(conflictProblem, { detail: `Report ${report.ticket} is "${report.status}"; it can be rated once it is "done" or "closed".` });
      }
      return store.reports.rate(report.ticket, body);
    }),
    defineMockRoute(listReportCategories, () => ({ items: store.reports.categories().filter((entry) => entry.active) })),
  ];
}
