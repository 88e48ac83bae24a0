/**
 * Report deadlines: when a report must be handled by, and whether it is on track, due soon or
 * overdue. JAKI gives officers 7 days and marks a report red after 6; other cities escalate after
 * 24 hours, so the numbers are a policy, not constants.
 *
 * @module
 */
import { InvalidDefinitionError } from '../errors.ts';
import { defaultReportLifecycle, type ReportLifecycle, type ReportStatus } from './lifecycle.ts';

/** How long officers have to handle a report, and when it is flagged as due soon. */
export interface ReportDeadlinePolicy {
  /**
   * Hours from submission until the report is overdue.
   * @example 168 (JAKI: 7 days)
   */
  readonly resolveWithinHours: number;
  /**
   * Hours from submission after which the report is due soon (shown red in JAKI).
   * @example 144 (JAKI: after 6 days)
   */
  readonly warnAfterHours: number;
}

/** JAKI's policy: 7 days to handle a report, flagged after 6. */
export const JAKI_REPORT_DEADLINE_POLICY: ReportDeadlinePolicy = { resolveWithinHours: 168, warnAfterHours: 144 };

/**
 * Where a report stands against its deadline:
 * - `on_track`: before the warning time;
 * - `due_soon`: past the warning time, before the deadline;
 * - `overdue`: past the deadline and still open;
 * - `finished`: the report's state maps to Open311 `closed` (done, rejected, diverted, ...).
 */
export type ReportDeadlineState = 'on_track' | 'due_soon' | 'overdue' | 'finished';

/**
 * The deadline of a report submitted at `createdAt`, written with the same offset.
 *
 * @param createdAt - When the report was submitted, an RFC 3339 timestamp with an offset.
 * @param policy - The deadline policy.
 * @throws {@link InvalidDefinitionError} when `createdAt` is not a timestamp with an offset.
 * @example
 * ```ts
 * reportDeadline('2025-03-01T08:00:00+07:00', JAKI_REPORT_DEADLINE_POLICY); // '2025-03-08T08:00:00+07:00'
 * ```
 */
export function reportDeadline(createdAt: string, policy: ReportDeadlinePolicy): string {
  return shiftTimestamp(createdAt, policy.resolveWithinHours);
}

/**
 * Where a report stands against its deadline at `now`. The report's own `deadline` wins over the
 * policy's; the warning comes `resolveWithinHours - warnAfterHours` before the deadline.
 *
 * @param report - The report's submission time, optional deadline and state.
 * @param now - The current time.
 * @param options - The policy and the tenant's lifecycle (for which states are finished).
 * @example
 * ```ts
 * reportDeadlineState(report, new Date(), { policy: JAKI_REPORT_DEADLINE_POLICY }); // 'due_soon'
 * ```
 */
export function reportDeadlineState(
  report: { readonly createdAt: string; readonly deadline?: string | undefined; readonly status: ReportStatus },
  now: Date,
  options: { readonly policy: ReportDeadlinePolicy; readonly lifecycle?: ReportLifecycle },
): ReportDeadlineState {
  const lifecycle = options.lifecycle ?? defaultReportLifecycle;
  if (lifecycle.states[report.status].open311 === 'closed') return 'finished';
  const deadline = Date.parse(report.deadline ?? reportDeadline(report.createdAt, options.policy));
  const warning = deadline - (options.policy.resolveWithinHours - options.policy.warnAfterHours) * 3_600_000;
  const time = now.getTime();
  if (time > deadline) return 'overdue';
  return time >= warning ? 'due_soon' : 'on_track';
}

function shiftTimestamp(timestamp: string, hours: number): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(timestamp);
  const instant = Date.parse(timestamp);
  if (match === null || Number.isNaN(instant)) {
    throw new InvalidDefinitionError('report deadline', `${JSON.stringify(timestamp)} must be an RFC 3339 timestamp with an offset`);
  }
  const [, , zone = 'Z', sign, offsetHours = '0', offsetMinutes = '0'] = match;
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const local = new Date(instant + hours * 3_600_000 + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${zone}`;
}
