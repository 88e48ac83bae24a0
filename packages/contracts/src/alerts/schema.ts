/**
 * Alerts shaped on OASIS CAP 1.2 (the Common Alerting Protocol, which BMKG publishes its nowcasts
 * in), and flood gauge readings with their Siaga level.
 *
 * @module
 */
import * as z from 'zod/mini';
import { geoPointSchema, provenanceShape } from '../domain-fields.ts';
import { textSchema } from '../fields.ts';
import { regionCodeSchema } from '../regions/code.ts';
import { quoteValue, rule } from '../validation.ts';

/** CAP `status`: the handling of the alert. */
export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
/** CAP `msgType`: the nature of the alert message. */
export const CAP_MESSAGE_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
/** CAP `scope`: who the alert is for. */
export const CAP_SCOPES = ['Public', 'Restricted', 'Private'] as const;
/** CAP `category` of an info block. */
export const CAP_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
/** CAP `responseType`: the recommended action. */
export const CAP_RESPONSE_TYPES = ['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None'] as const;
/** CAP `urgency`. */
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
/** CAP `severity`. */
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
/** CAP `certainty`. */
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

/**
 * A CAP date and time: `YYYY-MM-DDThh:mm:ss` with a numeric offset, such as
 * `2025-03-01T08:00:00+07:00`. CAP 1.2 forbids `Z`; UTC is written `+00:00`.
 */
export const capDateTimeSchema = /* @__PURE__ */ createCapDateTimeSchema();

/** A `[latitude, longitude]` pair in WGS 84, in the order CAP writes them. */
export type CapPoint = readonly [latitude: number, longitude: number];

/** The schema of a CAP polygon: a closed ring of at least 4 points whose first point equals its last. */
export const capPolygonSchema = /* @__PURE__ */ createCapPolygonSchema();

/** The schema of a CAP `area`: its description, polygons, circles and geocodes. */
export const capAreaSchema = /* @__PURE__ */ createCapAreaSchema();

/** A CAP area. */
export type CapArea = z.output<typeof capAreaSchema>;

/** The schema of a CAP `info` block: what happens, how urgent, severe and certain, when, and where. */
export const capInfoSchema = /* @__PURE__ */ createCapInfoSchema();

/** A CAP info block. */
export type CapInfo = z.output<typeof capInfoSchema>;

/** The schema of a CAP 1.2 alert, as JSON: the CAP elements with CAP's names and value lists. */
export const capAlertSchema = /* @__PURE__ */ createCapAlertSchema();

/** A CAP 1.2 alert. */
export type CapAlert = z.output<typeof capAlertSchema>;

/**
 * The Siaga levels of a flood gauge, as Jakarta's water gates report them: 4 is normal, 3 is
 * waspada (alert), 2 is siaga (standby), and 1 is bahaya/awas (danger), the most severe.
 */
export const FLOOD_ALERT_LEVELS = [1, 2, 3, 4] as const;

/** A Siaga level; 1 is the most severe. See {@link FLOOD_ALERT_LEVELS}. */
export type FloodAlertLevel = (typeof FLOOD_ALERT_LEVELS)[number];

/** The schema of a flood gauge reading: the water level, its Siaga level, pumps, `updatedAt` and `source`. */
export const floodGaugeSchema = /* @__PURE__ */ createFloodGaugeSchema();

/** A flood gauge (water gate or river gauge) and its latest reading. */
export type FloodGauge = z.output<typeof floodGaugeSchema>;

/**
 * The water levels, in centimetres, at which a gauge enters Siaga 3, 2 and 1. They differ per
 * gauge and are set by the water resources agency.
 */
export interface FloodThresholds {
  /** From this level the gauge is Siaga 3 (waspada). */
  readonly siaga3: number;
  /** From this level the gauge is Siaga 2 (siaga). */
  readonly siaga2: number;
  /** From this level the gauge is Siaga 1 (bahaya), the most severe. */
  readonly siaga1: number;
}

/**
 * The Siaga level of a water level, from the gauge's thresholds.
 *
 * @param waterLevelCm - The water level, in centimetres.
 * @param thresholds - The gauge's thresholds.
 * @example
 * ```ts
 * floodAlertLevel(760, { siaga3: 650, siaga2: 750, siaga1: 850 }); // 2
 * ```
 */
export function floodAlertLevel(waterLevelCm: number, thresholds: FloodThresholds): FloodAlertLevel {
  if (waterLevelCm >= thresholds.siaga1) return 1;
  if (waterLevelCm >= thresholds.siaga2) return 2;
  if (waterLevelCm >= thresholds.siaga3) return 3;
  return 4;
}

const CAP_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d[+-]([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Explains what is wrong with a CAP polygon: fewer than 4 points, or first point not equal to the
 * last (an open ring).
 *
 * @param points - The polygon's points.
 */
export function explainBadCapPolygon(points: readonly CapPoint[]): string | undefined {
  if (points.length < 4) return `must have at least 4 points (a closed ring), it has ${points.length}`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) return `must be closed: the first point ${first.join(',')} differs from the last ${last.join(',')}`;
  return undefined;
}

/*@__NO_SIDE_EFFECTS__*/
function createCapDateTimeSchema(): z.ZodMiniString<string> {
  return z
    .string()
    .check(
      rule((value: string) =>
        CAP_DATE_TIME.test(value) ? undefined : `${quoteValue(value)} is not a CAP date and time such as "2025-03-01T08:00:00+07:00" (an offset, never "Z")`,
      ),
    );
}

/*@__NO_SIDE_EFFECTS__*/
function createCapPointSchema() {
  return z.tuple([z.number().check(z.gte(-90), z.lte(90)), z.number().check(z.gte(-180), z.lte(180))]);
}

/*@__NO_SIDE_EFFECTS__*/
function createCapPolygonSchema() {
  return z.array(createCapPointSchema()).check(rule(explainBadCapPolygon));
}

/*@__NO_SIDE_EFFECTS__*/
function createValuePairSchema() {
  return z.object({ valueName: textSchema(200), value: z.string().check(z.maxLength(1000)) });
}

/*@__NO_SIDE_EFFECTS__*/
function createCapAreaSchema() {
  return z.object({
    /** The area, in words, such as `Kec. Rajabasa, Kota Bandar Lampung`. */
    areaDesc: textSchema(1000),
    /** Closed rings of `[lat, lon]` points; one area can have several. */
    polygons: z.array(createCapPolygonSchema()),
    /** Circles: a centre and a radius in kilometres. */
    circles: z.array(z.object({ center: createCapPointSchema(), radiusKm: z.number().check(z.gte(0)) })),
    /** Geographic codes, such as `{ valueName: 'ADM2', value: '18.71' }`. */
    geocodes: z.array(createValuePairSchema()),
    /** The altitude, in feet above mean sea level. */
    altitude: z.optional(z.number()),
    /** The ceiling, in feet above mean sea level. */
    ceiling: z.optional(z.number()),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createCapInfoSchema() {
  return z.object({
    /** The language, RFC 3066, such as `id` for BMKG's Indonesian. */
    language: z._default(textSchema(35), 'en-US'),
    /** The categories; at least one. */
    category: z.array(z.enum(CAP_CATEGORIES)).check(z.minLength(1)),
    /** The event, such as `Hujan Lebat dan Petir`. */
    event: textSchema(500),
    /** The recommended actions. */
    responseType: z.array(z.enum(CAP_RESPONSE_TYPES)),
    /** How soon to act. */
    urgency: z.enum(CAP_URGENCIES),
    /** How bad. */
    severity: z.enum(CAP_SEVERITIES),
    /** How sure. */
    certainty: z.enum(CAP_CERTAINTIES),
    /** Who it is meant for, in words. */
    audience: z.optional(textSchema(500)),
    /** System-specific event codes. */
    eventCode: z.array(createValuePairSchema()),
    /** When the information takes effect. */
    effective: z.optional(createCapDateTimeSchema()),
    /** When the event is expected to begin. */
    onset: z.optional(createCapDateTimeSchema()),
    /** When the information expires. */
    expires: z.optional(createCapDateTimeSchema()),
    /** Who issued it, for people, such as `BMKG`. */
    senderName: z.optional(textSchema(500)),
    /** A short headline. */
    headline: z.optional(textSchema(500)),
    /** What happens. */
    description: z.optional(textSchema(10_000)),
    /** What to do. */
    instruction: z.optional(textSchema(10_000)),
    /** A link to more information. */
    web: z.optional(z.url()),
    /** How to reach the sender. */
    contact: z.optional(textSchema(500)),
    /** System-specific parameters. */
    parameter: z.array(createValuePairSchema()),
    /** Where. */
    area: z.array(createCapAreaSchema()),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createCapAlertSchema() {
  return z.object({
    /** The alert's identifier, unique for its sender. */
    identifier: textSchema(500),
    /** The sender, such as `bmkg@bmkg.go.id`. */
    sender: textSchema(500),
    /** When the alert was sent. */
    sent: createCapDateTimeSchema(),
    /** Actual, Exercise, System, Test or Draft. */
    status: z.enum(CAP_STATUSES),
    /** Alert, Update, Cancel, Ack or Error. */
    msgType: z.enum(CAP_MESSAGE_TYPES),
    /** The source of the alert, such as an operator. */
    source: z.optional(textSchema(500)),
    /** Public, Restricted or Private. */
    scope: z.enum(CAP_SCOPES),
    /** Who may see a Restricted alert. */
    restriction: z.optional(textSchema(1000)),
    /** Who a Private alert is addressed to. */
    addresses: z.optional(textSchema(1000)),
    /** Special handling codes. */
    code: z.array(textSchema(200)),
    /** A note, for Exercise and Error alerts. */
    note: z.optional(textSchema(2000)),
    /** The earlier alerts this one updates or cancels, as CAP writes them (`sender,identifier,sent ...`). */
    references: z.optional(textSchema(10_000)),
    /** Related incidents. */
    incidents: z.optional(textSchema(1000)),
    /** The information blocks, one per language or event. */
    info: z.array(createCapInfoSchema()),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createFloodGaugeSchema() {
  return z.object({
    /** The gauge id. */
    id: textSchema(100),
    /** The gauge's name, such as `Pintu Air Manggarai`. */
    name: textSchema(200),
    /** A water gate (pintu air) or a river gauge (pos duga air). */
    kind: z.enum(['water_gate', 'river_gauge']),
    /** The Kemendagri code of the region the gauge is in. */
    regionCode: z.optional(regionCodeSchema),
    /** Where the gauge is. */
    point: z.optional(geoPointSchema()),
    /** The water level, in centimetres. */
    waterLevelCm: z.number(),
    /** The Siaga level: 4 normal, 3 waspada, 2 siaga, 1 bahaya. */
    alertLevel: z.literal(FLOOD_ALERT_LEVELS),
    /** The gauge's thresholds, in centimetres, if published. */
    thresholds: z.optional(z.object({ siaga3: z.number(), siaga2: z.number(), siaga1: z.number() })),
    /** The pumps at the gauge, with their state. */
    pumps: z.optional(z.array(z.object({ id: textSchema(100), name: z.optional(textSchema(200)), status: z.enum(['on', 'off', 'fault']) }))),
    ...provenanceShape(),
  });
}
