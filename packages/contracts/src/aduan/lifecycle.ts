/**
 * The lifecycle of a citizen report: its states, the transitions between them, and the labels and
 * colours a tenant shows for them. The default lifecycle covers both JAKI's public states
 * (Menunggu → Koordinasi → Disposisi → Proses → Selesai) and West Java's finer internal ones.
 * Tenants rename, recolour and narrow it with {@link defineReportLifecycle}.
 *
 * @module
 */
import { GerbangError, InvalidDefinitionError } from '../errors.ts';
import type { LocalizedText } from '../fields.ts';

/**
 * The states of a report, in lifecycle order:
 * - `submitted`: received, waiting for verification (JAKI's "Menunggu");
 * - `verified`: a real report, being coordinated (JAKI's "Koordinasi");
 * - `rejected`: not a valid report (spam, no content), with a public reason;
 * - `redirected`: an emergency, sent to the hotline or 112;
 * - `routed`: handed to the responsible agency (JAKI's "Disposisi");
 * - `diverted`: outside the province's authority, forwarded to national LAPOR! (SP4N);
 * - `out_of_scope`: outside any government authority;
 * - `in_progress`: the agency is working on it (JAKI's "Proses");
 * - `postponed`: work is paused, with a reason (budget, season, another agency first);
 * - `awaiting_validation`: the agency says it is done, and a supervisor checks the evidence;
 * - `returned`: the supervisor sent it back for rework;
 * - `done`: validated as done (JAKI's "Selesai"), the citizen may rate or dispute it;
 * - `reopened`: the citizen disputed the result;
 * - `closed`: final;
 * - `removed`: taken down for violating the terms of use.
 */
export const REPORT_STATUSES = [
  'submitted',
  'verified',
  'rejected',
  'redirected',
  'routed',
  'diverted',
  'out_of_scope',
  'in_progress',
  'postponed',
  'awaiting_validation',
  'returned',
  'done',
  'reopened',
  'closed',
  'removed',
] as const;

/** A state of a report; see {@link REPORT_STATUSES}. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Open311 GeoReport v2's two request states. */
export type Open311Status = 'open' | 'closed';

/** How one state of a report is shown and mapped. */
export interface ReportStatusDisplay {
  /** The label shown to citizens and officers. */
  readonly label: LocalizedText;
  /** The colour of the state's badge, `#RRGGBB`. */
  readonly colour: string;
  /** The Open311 status this state maps to. */
  readonly open311: Open311Status;
}

/** A report lifecycle: the allowed transitions, and how each state is shown. */
export interface ReportLifecycle {
  /** The states each state may move to; a state with none is final. */
  readonly transitions: Readonly<Record<ReportStatus, readonly ReportStatus[]>>;
  /** How each state is shown and mapped. */
  readonly states: Readonly<Record<ReportStatus, ReportStatusDisplay>>;
  /** The states that need at least one piece of evidence (a photo, a document) to be entered. */
  readonly evidenceRequired: readonly ReportStatus[];
  /** The states that need a note (the public reason) to be entered. */
  readonly noteRequired: readonly ReportStatus[];
}

/**
 * What a tenant changes in the default lifecycle; everything left out keeps its default.
 * Transitions can only be narrowed to pairs the default allows, or widened to other known states:
 * the set of states is fixed, so that every Gerbang client can read every report.
 */
export interface ReportLifecycleConfig {
  /**
   * Replaces the allowed targets of the given states.
   * @default DEFAULT_REPORT_TRANSITIONS
   * @example { routed: ['in_progress', 'diverted'] }
   */
  transitions?: Partial<Record<ReportStatus, readonly ReportStatus[]>>;
  /**
   * Overrides labels, colours or Open311 statuses of the given states.
   * @default the JAKI-style labels and colours
   * @example { submitted: { label: { id: 'Belum diverifikasi', en: 'Unverified' } } }
   */
  states?: Partial<Record<ReportStatus, Partial<ReportStatusDisplay>>>;
  /**
   * The states that need evidence to be entered.
   * @default ['awaiting_validation', 'done']
   */
  evidenceRequired?: readonly ReportStatus[];
  /**
   * The states that need a note to be entered.
   * @default ['rejected', 'redirected', 'diverted', 'out_of_scope', 'postponed', 'returned', 'reopened', 'removed']
   */
  noteRequired?: readonly ReportStatus[];
}

/** The default transitions, from the domain's workable lifecycle. */
export const DEFAULT_REPORT_TRANSITIONS: Readonly<Record<ReportStatus, readonly ReportStatus[]>> = {
  submitted: ['verified', 'rejected', 'redirected', 'removed'],
  verified: ['routed', 'diverted', 'out_of_scope', 'removed'],
  rejected: [],
  redirected: [],
  routed: ['in_progress'],
  diverted: [],
  out_of_scope: [],
  in_progress: ['postponed', 'awaiting_validation'],
  postponed: ['in_progress'],
  awaiting_validation: ['done', 'returned'],
  returned: ['in_progress'],
  done: ['closed', 'reopened'],
  reopened: ['in_progress'],
  closed: [],
  removed: [],
};

const RED = '#D32F2F';
const ORANGE = '#EF6C00';
const BLUE = '#1565C0';
const YELLOW = '#F9A825';
const GREEN = '#2E7D32';
const GREY = '#616161';

const display = (id: string, en: string, colour: string, open311: Open311Status): ReportStatusDisplay => ({
  label: { id, en },
  colour,
  open311,
});

/** The default labels (JAKI's words where JAKI has one), colours and Open311 statuses. */
export const DEFAULT_REPORT_STATES: Readonly<Record<ReportStatus, ReportStatusDisplay>> = {
  submitted: /* @__PURE__ */ display('Menunggu', 'Waiting', RED, 'open'),
  verified: /* @__PURE__ */ display('Koordinasi', 'Coordinating', ORANGE, 'open'),
  rejected: /* @__PURE__ */ display('Ditolak', 'Rejected', GREY, 'closed'),
  redirected: /* @__PURE__ */ display('Dialihkan ke layanan darurat', 'Sent to the emergency line', GREY, 'closed'),
  routed: /* @__PURE__ */ display('Disposisi', 'Assigned', BLUE, 'open'),
  diverted: /* @__PURE__ */ display('Diteruskan ke LAPOR!', 'Forwarded to LAPOR!', GREY, 'closed'),
  out_of_scope: /* @__PURE__ */ display('Di luar kewenangan', 'Out of scope', GREY, 'closed'),
  in_progress: /* @__PURE__ */ display('Proses', 'In progress', YELLOW, 'open'),
  postponed: /* @__PURE__ */ display('Ditunda', 'Postponed', YELLOW, 'open'),
  awaiting_validation: /* @__PURE__ */ display('Menunggu validasi', 'Awaiting validation', YELLOW, 'open'),
  returned: /* @__PURE__ */ display('Dikembalikan', 'Returned for rework', YELLOW, 'open'),
  done: /* @__PURE__ */ display('Selesai', 'Done', GREEN, 'closed'),
  reopened: /* @__PURE__ */ display('Dibuka kembali', 'Reopened', RED, 'open'),
  closed: /* @__PURE__ */ display('Ditutup', 'Closed', GREEN, 'closed'),
  removed: /* @__PURE__ */ display('Dihapus', 'Removed', GREY, 'closed'),
};

/** The lifecycle that {@link defineReportLifecycle} returns without configuration. */
export const defaultReportLifecycle: ReportLifecycle = /* @__PURE__ */ defineReportLifecycle();

/**
 * Builds a tenant's report lifecycle from the defaults and the tenant's overrides.
 *
 * @param config - What the tenant changes; see {@link ReportLifecycleConfig}.
 * @throws {@link InvalidDefinitionError} when the config names an unknown state, a state that
 *   moves to itself, a colour that is not `#RRGGBB`, or an empty label.
 * @example
 * ```ts
 * const lifecycle = defineReportLifecycle({
 *   states: { submitted: { label: { id: 'Belum diverifikasi' }, colour: '#B71C1C' } },
 *   transitions: { routed: ['in_progress', 'diverted'] },
 * });
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function defineReportLifecycle(config: ReportLifecycleConfig = {}): ReportLifecycle {
  const fail = (reason: string): never => {
    throw new InvalidDefinitionError('report lifecycle', reason);
  };
  const known = (status: unknown): status is ReportStatus => (REPORT_STATUSES as readonly unknown[]).includes(status);
  const transitions = {} as Record<ReportStatus, readonly ReportStatus[]>;
  const states = {} as Record<ReportStatus, ReportStatusDisplay>;
  for (const key of Object.keys(config.transitions ?? {})) if (!known(key)) fail(`unknown state "${key}" in transitions`);
  for (const key of Object.keys(config.states ?? {})) if (!known(key)) fail(`unknown state "${key}" in states`);
  for (const status of REPORT_STATUSES) {
    const targets = config.transitions?.[status] ?? DEFAULT_REPORT_TRANSITIONS[status];
    for (const target of targets) {
      if (!known(target)) fail(`transitions.${status} lists the unknown state "${String(target)}"`);
      if (target === status) fail(`transitions.${status} lists "${status}" itself`);
    }
    transitions[status] = Object.freeze([...new Set(targets)]);
    const override = config.states?.[status] ?? {};
    const merged = { ...DEFAULT_REPORT_STATES[status], ...override };
    if (!/^#[0-9A-Fa-f]{6}$/.test(merged.colour)) fail(`states.${status}.colour "${merged.colour}" must be a colour such as "#D32F2F"`);
    if (!['open', 'closed'].includes(merged.open311)) fail(`states.${status}.open311 must be "open" or "closed"`);
    if (typeof merged.label.id !== 'string' || merged.label.id.trim() === '') fail(`states.${status}.label.id must be a non-empty text`);
    states[status] = Object.freeze({ ...merged, label: Object.freeze({ ...merged.label }) });
  }
  const list = (name: string, value: readonly ReportStatus[]): readonly ReportStatus[] => {
    for (const status of value) if (!known(status)) fail(`${name} lists the unknown state "${String(status)}"`);
    return Object.freeze([...value]);
  };
  return Object.freeze({
    transitions: Object.freeze(transitions),
    states: Object.freeze(states),
    evidenceRequired: list('evidenceRequired', config.evidenceRequired ?? ['awaiting_validation', 'done']),
    noteRequired: list(
      'noteRequired',
      config.noteRequired ?? ['rejected', 'redirected', 'diverted', 'out_of_scope', 'postponed', 'returned', 'reopened', 'removed'],
    ),
  });
}

/**
 * Tells whether a state is final in a lifecycle: no transition leaves it.
 *
 * @param lifecycle - The tenant's lifecycle.
 * @param status - A state.
 */
export function isFinalReportStatus(lifecycle: ReportLifecycle, status: ReportStatus): boolean {
  return lifecycle.transitions[status].length === 0;
}

/**
 * The states a report in `from` may move to.
 *
 * @param lifecycle - The tenant's lifecycle.
 * @param from - The current state.
 */
export function allowedReportTransitions(lifecycle: ReportLifecycle, from: ReportStatus): readonly ReportStatus[] {
  return lifecycle.transitions[from];
}

/**
 * Why a transition was refused:
 * - `not-allowed`: the lifecycle has no transition from `from` to `to`;
 * - `evidence-required`: `to` needs evidence, and none was given;
 * - `note-required`: `to` needs a note (the reason), and none was given;
 * - `out-of-order`: the transition is dated before the report's last change.
 */
export type ReportTransitionRefusal = 'not-allowed' | 'evidence-required' | 'note-required' | 'out-of-order';

/**
 * Thrown by `transitionReport` when a report cannot move to the asked state. It names the
 * report, both states, the reason and the states that are allowed from `from`. Check for it with
 * `isGerbangError(error, 'report-transition-refused')`.
 */
export class ReportTransitionError extends GerbangError<'report-transition-refused'> {
  override name = 'ReportTransitionError' as const;
  /** The report's ticket number. */
  readonly ticket: string;
  /** The report's current state. */
  readonly from: ReportStatus;
  /** The state that was asked for. */
  readonly to: ReportStatus;
  /** Why the transition was refused. */
  readonly reason: ReportTransitionRefusal;
  /** The states the report may move to from `from`. */
  readonly allowed: readonly ReportStatus[];

  /**
   * @param details - The report, the states, the reason and the allowed targets.
   */
  constructor(details: {
    readonly ticket: string;
    readonly from: ReportStatus;
    readonly to: ReportStatus;
    readonly reason: ReportTransitionRefusal;
    readonly allowed: readonly ReportStatus[];
  }) {
    const { ticket, from, to, reason, allowed } = details;
    const why = {
      'not-allowed': `the lifecycle does not allow it; from "${from}" the report may move to ${allowed.length === 0 ? 'nothing (it is final)' : allowed.map((s) => `"${s}"`).join(', ')}`,
      'evidence-required': `"${to}" needs at least one piece of evidence`,
      'note-required': `"${to}" needs a note that gives the reason`,
      'out-of-order': 'the transition is dated before the report’s last change',
    }[reason];
    super('report-transition-refused', `Report ${ticket} cannot move from "${from}" to "${to}": ${why}`);
    this.ticket = ticket;
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.allowed = allowed;
  }
}
