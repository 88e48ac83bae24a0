/**
 * Moving a report through its lifecycle, as a pure function: the record in, a new record out,
 * with the change appended to the auditable history.
 *
 * @module
 */
import { defaultReportLifecycle, ReportTransitionError, type ReportLifecycle, type ReportStatus } from './lifecycle.ts';
import type { Report, ReportActor, ReportMedia, ReportNote, ReportStatusChange } from './schema.ts';

/** What {@link transitionReport} needs to know about a change of state. */
export interface ReportTransition {
  /** The state to move to. */
  readonly to: ReportStatus;
  /** Who makes the change. */
  readonly actor: ReportActor;
  /**
   * Why, or what was done; required for the states in the lifecycle's `noteRequired`.
   * @default undefined
   */
  readonly note?: ReportNote;
  /**
   * Photos or documents that prove what was done; required for the states in the lifecycle's
   * `evidenceRequired` (by default `awaiting_validation` and `done`).
   * @default []
   */
  readonly evidence?: readonly ReportMedia[];
  /** When the change is made, an RFC 3339 timestamp with an offset. */
  readonly at: string;
}

/**
 * Moves a report to another state, and returns the new record: `status` and `updatedAt` changed,
 * and the change appended to `history`. The given report is not modified.
 *
 * @param report - The report as it is now.
 * @param transition - The target state, the actor, the note, the evidence and the time.
 * @param lifecycle - The tenant's lifecycle.
 * @throws {@link ReportTransitionError} when the lifecycle does not allow the move, a required
 *   note or evidence is missing, or `at` is earlier than the report's last change.
 * @example
 * ```ts
 * const verified = transitionReport(report, {
 *   to: 'verified',
 *   actor: { kind: 'officer', id: 'op-17', name: 'Operator JSC' },
 *   at: '2025-03-01T09:00:00+07:00',
 * });
 * ```
 */
export function transitionReport(report: Report, transition: ReportTransition, lifecycle: ReportLifecycle = defaultReportLifecycle): Report {
  const { to, actor, note, evidence = [], at } = transition;
  const from = report.status;
  const allowed = lifecycle.transitions[from];
  const refuse = (reason: ReportTransitionError['reason']): never => {
    throw new ReportTransitionError({ ticket: report.ticket, from, to, reason, allowed });
  };
  if (!allowed.includes(to)) refuse('not-allowed');
  if (lifecycle.noteRequired.includes(to) && (note === undefined || note.text.trim() === '')) refuse('note-required');
  if (lifecycle.evidenceRequired.includes(to) && evidence.length === 0) refuse('evidence-required');
  const last = report.history.at(-1);
  if (last !== undefined && !(Date.parse(at) >= Date.parse(last.at))) refuse('out-of-order');

  const change: ReportStatusChange = {
    from,
    to,
    at,
    actor: { ...actor },
    ...(note === undefined ? {} : { note: { ...note } }),
    evidence: evidence.map((item) => ({ ...item })),
  };
  return { ...report, status: to, updatedAt: at, history: [...report.history, change] };
}
