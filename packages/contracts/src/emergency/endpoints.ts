/**
 * The HTTP endpoint of emergency contacts.
 *
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoint } from '../endpoint.ts';
import { regionCodeSchema } from '../regions/code.ts';
import { emergencyContactSchema } from './schema.ts';

/**
 * `GET /emergency/contacts`: the emergency numbers for a region: the national ones, the province's
 * call centre and the regional numbers, in display order. Apps should also ship the national
 * numbers offline (`NATIONAL_EMERGENCY_CONTACTS`), since an emergency is no time to wait for a network.
 */
export const listEmergencyContacts = /* @__PURE__ */ defineEndpoint({
  id: 'emergency.contacts',
  method: 'GET',
  path: '/emergency/contacts',
  query: z.object({
    /** The Kemendagri code of the caller's region; the brand's province when left out. */
    regionCode: z.optional(regionCodeSchema),
  }),
  response: z.object({ items: z.array(emergencyContactSchema) }),
  auth: 'none',
  summary: 'List the emergency contacts of a region',
  tags: ['emergency'],
});

/** Every emergency endpoint, by name. */
export const emergencyEndpoints = { listEmergencyContacts } as const;
