/**
 * The mutations of the Gerbang contract that a citizen can make offline, for the outbox.
 *
 * @module
 */
import { createPkbPayment, createReport, rateReport, supportReport } from '@gerbang/contracts';
import type { AnyEndpoint } from '@gerbang/contracts';

/**
 * The idempotent mutations of `@gerbang/contracts` that the shell's outbox accepts by default:
 * filing a report, supporting and rating one, and creating a vehicle-tax payment. `createWebApp`
 * loads this list lazily when `outboxEndpoints` is not given; add your own endpoints to it.
 *
 * @example
 * ```ts
 * createWebApp({ ...options, outboxEndpoints: [...GERBANG_OUTBOX_ENDPOINTS, createPermit] });
 * ```
 */
export const GERBANG_OUTBOX_ENDPOINTS: readonly AnyEndpoint[] = [createReport, supportReport, rateReport, createPkbPayment];
