/**
 * Fines and opsen of vehicle tax, computed from configuration: fine rates differ between
 * provinces' regulations, so they are never constants here.
 *
 * @module
 */
import * as z from 'zod/mini';
import { InvalidDefinitionError } from '../errors.ts';

/**
 * The rate of opsen PKB: 66% of PKB, levied for the regency or city since 5 January 2025
 * (UU 1/2022, HKPD). It is a default; {@link computeOpsenPkb} takes the rate.
 */
export const PKB_OPSEN_RATE = 0.66;

/**
 * The schema of a province's PKB fine rules. Every value is configuration: regulations differ
 * between provinces and change, so Gerbang ships no default.
 *
 * @example
 * ```ts
 * // An example only: check your province's regional regulation (Perda) for the real rates.
 * const config = validate(pkbFineConfigSchema, {
 *   monthlyRate: 0.01,        // 1% of the late principal per started month
 *   maxMonths: 24,            // counted for at most 24 months
 *   swdklljFinePerYear: { 'sepeda-motor': 32_000, 'mobil-penumpang': 100_000 },
 * });
 * ```
 */
export const pkbFineConfigSchema = /* @__PURE__ */ createPkbFineConfigSchema();

/** A province's PKB fine rules; see {@link pkbFineConfigSchema}. */
export type PkbFineConfig = z.output<typeof pkbFineConfigSchema>;

/** What {@link computePkbFine} needs: the late amount and the dates. */
export interface PkbFineInput {
  /** The amount the fine is on (PKB or opsen PKB of one year), in whole rupiah. */
  readonly principal: number;
  /** The date the amount was due, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The date it is paid, `YYYY-MM-DD`. */
  readonly paidOn: string;
}

/** A computed fine. */
export interface PkbFine {
  /** The started months of lateness counted (after the cap). */
  readonly months: number;
  /** The fine, in whole rupiah. */
  readonly amount: number;
}

/**
 * Computes the fine on a late PKB or opsen PKB amount: `principal × monthlyRate × months`, where
 * `months` counts every started month after the due date, at most `maxMonths`, rounded to whole
 * rupiah. Paid on or before the due date, there is no fine.
 *
 * @param config - The province's fine rules.
 * @param input - The principal and the dates.
 * @throws {@link InvalidDefinitionError} when a date is not `YYYY-MM-DD` or the principal is not
 *   whole rupiah.
 * @example
 * ```ts
 * computePkbFine({ monthlyRate: 0.01, maxMonths: 24, swdklljFinePerYear: {} },
 *   { principal: 1_200_000, dueDate: '2025-03-10', paidOn: '2025-05-11' });
 * // { months: 3, amount: 36000 }
 * ```
 */
export function computePkbFine(config: PkbFineConfig, input: PkbFineInput): PkbFine {
  const { principal, dueDate, paidOn } = input;
  if (!Number.isSafeInteger(principal) || principal < 0) {
    throw new InvalidDefinitionError('PKB fine input', `the principal ${String(principal)} must be whole rupiah`);
  }
  const due = readDate(dueDate, 'dueDate');
  const paid = readDate(paidOn, 'paidOn');
  let months = (paid.year - due.year) * 12 + (paid.month - due.month);
  if (paid.day > due.day) months += 1;
  months = Math.max(0, Math.min(months, config.maxMonths));
  return { months, amount: Math.round(principal * config.monthlyRate * months) };
}

/**
 * Computes opsen PKB from PKB pokok, rounded to whole rupiah.
 *
 * @param pkb - PKB pokok, in whole rupiah.
 * @param rate - The opsen rate.
 * @example
 * ```ts
 * computeOpsenPkb(1_000_000); // 660000
 * ```
 */
export function computeOpsenPkb(pkb: number, rate: number = PKB_OPSEN_RATE): number {
  return Math.round(pkb * rate);
}

function readDate(text: string, name: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) throw new InvalidDefinitionError('PKB fine input', `${name} ${JSON.stringify(text)} must be a date such as "2025-03-10"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/*@__NO_SIDE_EFFECTS__*/
function createPkbFineConfigSchema() {
  return z.object({
    /** The fine per started month, as a fraction of the late amount (0.01 is 1%). */
    monthlyRate: z.number().check(z.gte(0), z.lte(1)),
    /** The most months counted. */
    maxMonths: z.int().check(z.gte(0), z.lte(600)),
    /** The SWDKLLJ fine per late year, in whole rupiah, by vehicle class (Jasa Raharja's tariff). */
    swdklljFinePerYear: z.record(z.string().check(z.minLength(1)), z.int().check(z.gte(0))),
  });
}
