/**
 * The HTTP endpoints of alerts and live flood data.
 *
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoint } from '../endpoint.ts';
import { rateLimitedProblem, serviceUnavailableProblem } from '../problem.ts';
import { regionCodeSchema } from '../regions/code.ts';
import { capAlertSchema, floodGaugeSchema } from './schema.ts';

/**
 * `GET /alerts`: the alerts in effect (not expired, not cancelled) for a region and the regions
 * inside it, newest first, as CAP 1.2 JSON. Anyone may read them.
 */
export const listActiveAlerts = /* @__PURE__ */ defineEndpoint({
  id: 'alerts.active',
  method: 'GET',
  path: '/alerts',
  query: z.object({
    /** The Kemendagri code of the region; the brand's whole area when left out. */
    regionCode: z.optional(regionCodeSchema),
  }),
  response: z.object({ items: z.array(capAlertSchema) }),
  errors: { 429: rateLimitedProblem, 503: serviceUnavailableProblem },
  auth: 'none',
  summary: 'List the alerts in effect',
  tags: ['alerts'],
});

/**
 * `GET /flood/gauges`: the flood gauges of a region with their latest reading. Each carries
 * `updatedAt` and `source`, so that a stale gauge shows as stale.
 */
export const listFloodGauges = /* @__PURE__ */ defineEndpoint({
  id: 'alerts.flood-gauges',
  method: 'GET',
  path: '/flood/gauges',
  query: z.object({
    /** The Kemendagri code of the region; the brand's whole area when left out. */
    regionCode: z.optional(regionCodeSchema),
  }),
  response: z.object({ items: z.array(floodGaugeSchema) }),
  errors: { 429: rateLimitedProblem, 503: serviceUnavailableProblem },
  auth: 'none',
  summary: 'List the flood gauges and their latest readings',
  tags: ['alerts'],
});

/** Every alert endpoint, by name. */
export const alertsEndpoints = { listActiveAlerts, listFloodGauges } as const;
