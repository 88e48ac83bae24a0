import {
  decodeOpen311RequestForm,
  DEFAULT_REPORT_TRANSITIONS,
  defineReportLifecycle,
  encodeOpen311RequestForm,
  REPORT_STATUSES,
  ReportTransitionError,
  transitionReport,
  validate,
  reportSchema,
  type Report,
  type ReportLifecycle,
  type ReportStatus,
} from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const officer = { kind: 'officer', id: 'op-1' } as const;
const evidence = [{ url: 'https://cdn.example.id/e.jpg', mediaType: 'image/jpeg' }];
const note = { visibility: 'public', text: 'Alasan perubahan.' } as const;

/** A report that is in `status`, with a valid one-entry history. */
function reportIn(status: ReportStatus): Report {
  return {
    ticket: 'LPG-1',
    categoryCode: 'jalan-rusak',
    description: 'Lubang di jalan.',
    location: { point: { lat: -5.4, lng: 105.26 }, regionCode: '18.71' },
    photos: [],
    visibility: 'private',
    anonymous: true,
    channel: 'app',
    routing: { jurisdiction: 'province' },
    status,
    history: [{ from: null, to: status, at: '2025-03-01T08:00:00+07:00', actor: { kind: 'system' }, evidence: [] }],
    createdAt: '2025-03-01T08:00:00+07:00',
    updatedAt: '2025-03-01T08:00:00+07:00',
    support: { count: 0, supportedByMe: false },
  };
}

const status = fc.constantFrom(...REPORT_STATUSES);

/** Tenant lifecycles: any subset of the known states as targets of any state, minus self-loops. */
const lifecycle: fc.Arbitrary<ReportLifecycle> = fc
  .dictionary(status, fc.subarray([...REPORT_STATUSES]))
  .map((transitions) =>
    defineReportLifecycle({
      transitions: Object.fromEntries(Object.entries(transitions).map(([from, targets]) => [from, targets.filter((to) => to !== from)])),
    }),
  );

describe('report lifecycle (property)', () => {
  it('accepts every legal (from, to) pair of the default lifecycle and refuses every other one', () => {
    for (const from of REPORT_STATUSES) {
      for (const to of REPORT_STATUSES) {
        const legal = DEFAULT_REPORT_TRANSITIONS[from].includes(to);
        const attempt = () => transitionReport(reportIn(from), { to, actor: officer, note, evidence, at: '2025-03-02T08:00:00+07:00' });
        if (legal) {
          const next = attempt();
          expect(next.status).toBe(to);
          expect(validate(reportSchema, next).success).toBe(true);
        } else {
          expect(attempt).toThrow(ReportTransitionError);
        }
      }
    }
  });

  it('for any tenant lifecycle, a transition succeeds exactly when the lifecycle lists it', () => {
    fc.assert(
      fc.property(lifecycle, status, status, (tenant, from, to) => {
        let refused: unknown;
        try {
          transitionReport(reportIn(from), { to, actor: officer, note, evidence, at: '2025-03-02T08:00:00+07:00' }, tenant);
        } catch (error) {
          refused = error;
        }
        if (tenant.transitions[from].includes(to)) return refused === undefined;
        return refused instanceof ReportTransitionError && refused.reason === 'not-allowed' && refused.allowed === tenant.transitions[from];
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('Open311 forms (property)', () => {
  const formChars = fc.constantFrom(...'abc019=&[]%+_-. \u00e9\u4e2d'.split(''));
  const formText = fc.array(formChars, { maxLength: 120 }).map((chars) => chars.join(''));
  const keyValue = fc.tuple(
    fc.oneof(
      fc.constantFrom('service_code', 'lat', 'long', 'address_string', 'address_id', 'description', 'email', 'media_url'),
      fc.string({ maxLength: 12 }).map((code) => `attribute[${code}]`),
      fc.string({ maxLength: 12 }).map((code) => `attribute[${code}][]`),
      fc.string({ maxLength: 12 }),
    ),
    fc.string({ maxLength: 40 }),
  );

  it('decodes any body without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(formText, fc.string({ maxLength: 200 }), fc.array(keyValue, { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs).toString())), (body) => {
        const decoded = decodeOpen311RequestForm(body);
        return decoded.ok ? typeof decoded.value.service_code === 'string' : decoded.errors.length > 0;
      }),
      { numRuns: 5_000 },
    );
  });

  it('round-trips every valid form through encode and decode', () => {
    const value = fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() !== '');
    const code = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/).filter((text) => !['__proto__', 'constructor', 'prototype'].includes(text));
    const form = fc.record(
      {
        service_code: value,
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        long: fc.double({ min: -180, max: 180, noNaN: true }),
        attributes: fc.dictionary(code, fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 3 })),
        description: value,
      },
      { requiredKeys: ['service_code', 'lat', 'long', 'attributes'] },
    );
    fc.assert(
      fc.property(form, (input) => {
        expect(decodeOpen311RequestForm(encodeOpen311RequestForm(input)).value).toEqual({ ...input, lat: input.lat + 0, long: input.long + 0 });
      }),
      { numRuns: 2_000 },
    );
  });
});
