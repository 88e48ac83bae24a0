import {
  aduanEndpoints,
  createReport,
  createReportBodySchema,
  DEFAULT_REPORT_TRANSITIONS,
  defaultReportLifecycle,
  defineReportLifecycle,
  getReport,
  InvalidDefinitionError,
  JAKI_REPORT_DEADLINE_POLICY,
  reportDeadline,
  reportDeadlineState,
  isFinalReportStatus,
  isGerbangError,
  listMyReports,
  REPORT_STATUSES,
  reportDraftSchema,
  reportSchema,
  ReportTransitionError,
  transitionReport,
  validate,
  type Report,
  type ReportActor,
  type ReportMedia,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

const citizen: ReportActor = { kind: 'citizen', id: 'warga-001', name: 'Siti Contoh' };
const officer: ReportActor = { kind: 'officer', id: 'op-17', name: 'Operator Contoh', unit: 'Diskominfo Lampung' };
const photo: ReportMedia = { url: 'https://cdn.lampungin.example.id/aduan/LPG-2025-000123/1.jpg', mediaType: 'image/jpeg' };

function submittedReport(): Report {
  return {
    ticket: 'LPG-2025-000123',
    categoryCode: 'jalan-rusak',
    description: 'Lubang besar di jalan, berbahaya untuk pengendara motor.',
    location: { point: { lat: -5.3971, lng: 105.2668 }, landmark: 'depan SDN 2 Rajabasa', regionCode: '18.71.01.1001' },
    photos: [photo],
    visibility: 'public',
    anonymous: false,
    reporter: { id: 'warga-001', name: 'Siti Contoh' },
    channel: 'app',
    routing: { jurisdiction: 'regency', regionCode: '18.71' },
    status: 'submitted',
    history: [{ from: null, to: 'submitted', at: '2025-03-01T08:00:00+07:00', actor: citizen, evidence: [] }],
    createdAt: '2025-03-01T08:00:00+07:00',
    updatedAt: '2025-03-01T08:00:00+07:00',
    support: { count: 0, supportedByMe: false },
  };
}

describe('report schemas', () => {
  it('accepts a full report and fills the draft defaults (private, named, app)', () => {
    expect(validate(reportSchema, submittedReport()).success).toBe(true);
    const draft = validate(reportDraftSchema, {
      categoryCode: '001',
      description: 'Pohon tumbang menutup jalan',
      location: { point: { lat: -5.4, lng: 105.26 }, regionCode: '18.71' },
    });
    expect(draft.data).toMatchObject({ categoryCode: '001', visibility: 'private', anonymous: false, channel: 'app' });
  });

  it('places a report by a landmark and a region when there is no geotag, and names the landmark when both are missing', () => {
    const byLandmark = validate(reportDraftSchema, {
      categoryCode: '001',
      description: 'Lampu jalan mati',
      location: { landmark: 'depan Pasar Bawah', regionCode: '18.71' },
    });
    expect(byLandmark.data?.location).toEqual({ landmark: 'depan Pasar Bawah', regionCode: '18.71' });
    const nowhere = validate(reportDraftSchema, { categoryCode: '001', description: 'Lampu jalan mati', location: { regionCode: '18.71' } });
    expect(nowhere.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['location.landmark', 'is required when there is no point: give the geotag or a landmark'],
    ]);
  });

  it('names the path of each bad field', () => {
    const result = validate(reportDraftSchema, {
      categoryCode: 'jalan rusak',
      description: ' ',
      location: { point: { lat: -95, lng: 105 }, regionCode: '1871' },
      visibility: 'everyone',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['categoryCode', 'description', 'location.point.lat', 'location.regionCode', 'visibility']));
  });

  it('refuses a status that is not the history’s last state, and a broken history chain', () => {
    const wrongStatus = validate(reportSchema, { ...submittedReport(), status: 'done' });
    expect(wrongStatus.error?.issues).toEqual([expect.objectContaining({ path: ['status'], message: expect.stringContaining('"submitted"') as unknown })]);

    const report = transitionReport(submittedReport(), { to: 'verified', actor: officer, at: '2025-03-01T09:00:00+07:00' });
    const broken = { ...report, history: [report.history[0]!, { ...report.history[1]!, from: 'routed' as const, at: '2025-03-01T07:00:00+07:00' }] };
    const paths = validate(reportSchema, broken).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['history.1.from', 'history.1.at']);
  });

  it('takes photos as multipart files: images of at most 10 MiB, at most 5', () => {
    const draft = { categoryCode: '001', description: 'Sampah menumpuk', location: { point: { lat: -5.4, lng: 105.26 }, regionCode: '18.71' } };
    const jpeg = new File([new Uint8Array(10)], 'a.jpg', { type: 'image/jpeg' });
    expect(validate(createReportBodySchema, { report: draft, photos: [jpeg] }).success).toBe(true);
    const text = new File(['x'], 'a.txt', { type: 'text/plain' });
    expect(validate(createReportBodySchema, { report: draft, photos: [text] }).error?.issues[0]?.path).toEqual(['photos', 0]);
    const six = validate(createReportBodySchema, { report: draft, photos: Array.from({ length: 6 }, () => jpeg) });
    expect(six.error?.issues[0]?.message).toBe('must be at most 5 photos');
  });
});

describe('report lifecycle', () => {
  it('has the default transitions, with final states', () => {
    expect(DEFAULT_REPORT_TRANSITIONS.submitted).toEqual(['verified', 'rejected', 'redirected', 'removed']);
    expect(DEFAULT_REPORT_TRANSITIONS.in_progress).toEqual(['postponed', 'awaiting_validation']);
    expect(DEFAULT_REPORT_TRANSITIONS.done).toEqual(['closed', 'reopened']);
    const finals = REPORT_STATUSES.filter((status) => isFinalReportStatus(defaultReportLifecycle, status));
    expect(finals).toEqual(['rejected', 'redirected', 'diverted', 'out_of_scope', 'closed', 'removed']);
    expect(defaultReportLifecycle.states.submitted).toEqual({ label: { id: 'Menunggu', en: 'Waiting' }, colour: '#D32F2F', open311: 'open' });
  });

  it('lets a tenant rename, recolour and change transitions, keeping the other defaults', () => {
    const lifecycle = defineReportLifecycle({
      states: { submitted: { label: { id: 'Belum diverifikasi', en: 'Unverified' }, colour: '#B71C1C' } },
      transitions: { routed: ['in_progress', 'diverted'] },
      evidenceRequired: ['done'],
    });
    expect(lifecycle.states.submitted).toEqual({ label: { id: 'Belum diverifikasi', en: 'Unverified' }, colour: '#B71C1C', open311: 'open' });
    expect(lifecycle.states.done).toEqual(defaultReportLifecycle.states.done);
    expect(lifecycle.transitions.routed).toEqual(['in_progress', 'diverted']);
    expect(lifecycle.transitions.submitted).toEqual(DEFAULT_REPORT_TRANSITIONS.submitted);
    expect(Object.isFrozen(lifecycle.transitions.routed)).toBe(true);
  });

  it('refuses a config with unknown states, self transitions or bad colours', () => {
    expect(() => defineReportLifecycle({ transitions: { routed: ['archived' as never] } })).toThrow(InvalidDefinitionError);
    expect(() => defineReportLifecycle({ transitions: { routed: ['routed'] } })).toThrow('transitions.routed lists "routed" itself');
    expect(() => defineReportLifecycle({ states: { done: { colour: 'green' } } })).toThrow('states.done.colour "green"');
    expect(() => defineReportLifecycle({ states: { archived: {} } as never })).toThrow('unknown state "archived"');
  });
});

describe('transitionReport', () => {
  it('walks a report from submission to closed, appending each change', () => {
    let report = submittedReport();
    const steps = [
      { to: 'verified', actor: officer, at: '2025-03-01T09:00:00+07:00' },
      { to: 'routed', actor: officer, at: '2025-03-01T09:05:00+07:00' },
      { to: 'in_progress', actor: officer, at: '2025-03-02T08:00:00+07:00', note: { visibility: 'public', text: 'Tim menuju lokasi.' } },
      { to: 'awaiting_validation', actor: officer, at: '2025-03-03T10:00:00+07:00', evidence: [photo] },
      { to: 'done', actor: officer, at: '2025-03-03T12:00:00+07:00', evidence: [photo] },
      { to: 'closed', actor: { kind: 'system' }, at: '2025-03-10T12:00:00+07:00' },
    ] as const;
    for (const step of steps) report = transitionReport(report, step);
    expect(report.status).toBe('closed');
    expect(report.updatedAt).toBe('2025-03-10T12:00:00+07:00');
    expect(report.history.map((change) => `${change.from ?? '-'}>${change.to}`)).toEqual([
      '->submitted',
      'submitted>verified',
      'verified>routed',
      'routed>in_progress',
      'in_progress>awaiting_validation',
      'awaiting_validation>done',
      'done>closed',
    ]);
    expect(report.history[3]?.note).toEqual({ visibility: 'public', text: 'Tim menuju lokasi.' });
    expect(validate(reportSchema, report).success).toBe(true);
  });

  it('does not modify the given report', () => {
    const report = submittedReport();
    const snapshot = structuredClone(report);
    transitionReport(report, { to: 'verified', actor: officer, at: '2025-03-01T09:00:00+07:00' });
    expect(report).toEqual(snapshot);
  });

  it('refuses an illegal transition with a typed error naming from, to and the allowed targets', () => {
    let caught: unknown;
    try {
      transitionReport(submittedReport(), { to: 'done', actor: officer, at: '2025-03-01T09:00:00+07:00', evidence: [photo] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportTransitionError);
    expect(isGerbangError(caught, 'report-transition-refused')).toBe(true);
    expect(caught).toMatchObject({ ticket: 'LPG-2025-000123', from: 'submitted', to: 'done', reason: 'not-allowed', allowed: ['verified', 'rejected', 'redirected', 'removed'] });
    expect((caught as Error).message).toBe(
      'Report LPG-2025-000123 cannot move from "submitted" to "done": the lifecycle does not allow it; from "submitted" the report may move to "verified", "rejected", "redirected", "removed"',
    );
  });

  it('requires evidence for done, a note for rejected, and time order', () => {
    const inProgress = ['verified', 'routed', 'in_progress'].reduce(
      (report, to, index) => transitionReport(report, { to: to as 'verified', actor: officer, at: `2025-03-0${index + 2}T09:00:00+07:00` }),
      submittedReport(),
    );
    expect(() => transitionReport(inProgress, { to: 'awaiting_validation', actor: officer, at: '2025-03-09T09:00:00+07:00' })).toThrow(
      expect.objectContaining({ reason: 'evidence-required' }),
    );
    expect(() => transitionReport(submittedReport(), { to: 'rejected', actor: officer, at: '2025-03-09T09:00:00+07:00' })).toThrow(
      expect.objectContaining({ reason: 'note-required' }),
    );
    expect(() =>
      transitionReport(submittedReport(), { to: 'rejected', actor: officer, at: '2025-03-09T09:00:00+07:00', note: { visibility: 'internal', text: '  ' } }),
    ).toThrow(expect.objectContaining({ reason: 'note-required' }));
    expect(() => transitionReport(submittedReport(), { to: 'verified', actor: officer, at: '2025-03-01T07:59:59+07:00' })).toThrow(
      expect.objectContaining({ reason: 'out-of-order' }),
    );
    // The same instant in another offset is not earlier.
    expect(transitionReport(submittedReport(), { to: 'verified', actor: officer, at: '2025-03-01T01:00:00+00:00' }).status).toBe('verified');
  });

  it('follows a tenant lifecycle', () => {
    const lifecycle = defineReportLifecycle({ transitions: { submitted: ['routed'] }, noteRequired: [] });
    expect(transitionReport(submittedReport(), { to: 'routed', actor: officer, at: '2025-03-01T09:00:00+07:00' }, lifecycle).status).toBe('routed');
    expect(() => transitionReport(submittedReport(), { to: 'verified', actor: officer, at: '2025-03-01T09:00:00+07:00' }, lifecycle)).toThrow(
      'from "submitted" the report may move to "routed"',
    );
  });
});

describe('report endpoints', () => {
  it('creates with an idempotent multipart POST and reads by ticket', () => {
    expect(createReport).toMatchObject({ method: 'POST', path: '/reports', status: 201, bodyType: 'multipart', idempotencyKey: true });
    expect(getReport).toMatchObject({ method: 'GET', path: '/reports/:ticket', auth: 'optional' });
    expect(validate(getReport.params, { ticket: 'LPG 1' }).success).toBe(false);
    expect(validate(listMyReports.query, { limit: '20', cursor: 'abc' }).data).toEqual({ limit: 20, cursor: 'abc' });
    expect(validate(listMyReports.query, { limit: '1000' }).success).toBe(false);
  });

  it('are all listed in aduanEndpoints under their export names', () => {
    expect(Object.keys(aduanEndpoints)).toEqual([
      'createReport',
      'getReport',
      'listMyReports',
      'listPublicReports',
      'supportReport',
      'rateReport',
      'listReportCategories',
    ]);
    expect(new Set(Object.values(aduanEndpoints).map((endpoint) => endpoint.id)).size).toBe(7);
  });
});

describe('report deadlines', () => {
  const policy = JAKI_REPORT_DEADLINE_POLICY;

  it('are 7 days after submission by JAKI’s policy, in the submission’s offset', () => {
    expect(reportDeadline('2025-03-01T08:00:00+07:00', policy)).toBe('2025-03-08T08:00:00+07:00');
    expect(reportDeadline('2025-03-01T23:30:00-03:30', { resolveWithinHours: 24, warnAfterHours: 20 })).toBe('2025-03-02T23:30:00-03:30');
    expect(reportDeadline('2025-03-01T01:00:00Z', policy)).toBe('2025-03-08T01:00:00Z');
    expect(() => reportDeadline('2025-03-01', policy)).toThrow(InvalidDefinitionError);
  });

  it('turn due soon after 6 days, overdue after 7, and finished once closed', () => {
    const report = submittedReport();
    const at = (iso: string) => reportDeadlineState(report, new Date(iso), { policy });
    expect(at('2025-03-06T08:00:00+07:00')).toBe('on_track');
    expect(at('2025-03-07T08:00:00+07:00')).toBe('due_soon');
    expect(at('2025-03-08T08:00:00+07:00')).toBe('due_soon');
    expect(at('2025-03-08T08:00:01+07:00')).toBe('overdue');
    expect(reportDeadlineState({ ...report, status: 'rejected' }, new Date('2026-01-01T00:00:00Z'), { policy })).toBe('finished');
    expect(reportDeadlineState({ ...report, deadline: '2025-03-02T08:00:00+07:00' }, new Date('2025-03-02T09:00:00+07:00'), { policy })).toBe('overdue');
  });
});
