/**
 * Emergency contacts: the national numbers every Indonesian app shows, plus each province's own
 * call centre and regional numbers, which are brand configuration.
 *
 * @module
 */
import * as z from 'zod/mini';
import { localizedTextSchema, textSchema } from '../fields.ts';
import { regionCodeSchema } from '../regions/code.ts';
import { quoteValue, rule } from '../validation.ts';

/** The kinds of emergency service a number reaches. */
export const EMERGENCY_SERVICE_KINDS = [
  'general',
  'police',
  'ambulance',
  'fire',
  'search_rescue',
  'disaster',
  'child_women_protection',
  'call_centre',
  'other',
] as const;

/** The kind of emergency service a number reaches; see {@link EMERGENCY_SERVICE_KINDS}. */
export type EmergencyServiceKind = (typeof EMERGENCY_SERVICE_KINDS)[number];

/** The schema of one emergency contact. */
export const emergencyContactSchema = /* @__PURE__ */ createEmergencyContactSchema();

/** An emergency contact: who, which number, where it applies. */
export type EmergencyContact = z.output<typeof emergencyContactSchema>;

/** An emergency contact as written in configuration (defaults optional). */
export type EmergencyContactInput = z.input<typeof emergencyContactSchema>;

/**
 * The national emergency numbers, the same in every province. 112 reaches every service and is
 * listed first.
 */
export const NATIONAL_EMERGENCY_CONTACTS: readonly EmergencyContact[] = [
  /* @__PURE__ */ national('112', 'general', 'Panggilan Darurat 112', 'Emergency call 112'),
  /* @__PURE__ */ national('110', 'police', 'Polisi', 'Police'),
  /* @__PURE__ */ national('118', 'ambulance', 'Ambulans', 'Ambulance'),
  /* @__PURE__ */ national('119', 'ambulance', 'Layanan Gawat Darurat Kesehatan (SPGDT)', 'Medical emergency (SPGDT)'),
  /* @__PURE__ */ national('113', 'fire', 'Pemadam Kebakaran', 'Fire brigade'),
  /* @__PURE__ */ national('115', 'search_rescue', 'Basarnas (SAR)', 'Search and rescue (Basarnas)'),
  /* @__PURE__ */ national('117', 'disaster', 'BNPB (Bencana)', 'Disaster agency (BNPB)'),
  /* @__PURE__ */ national('129', 'child_women_protection', 'SAPA 129 (Perlindungan Perempuan dan Anak)', 'SAPA 129 (women and child protection)'),
];

/** The schema of a brand's emergency contact configuration. */
export const emergencyContactsConfigSchema = /* @__PURE__ */ createEmergencyContactsConfigSchema();

/** A brand's emergency contact configuration, as written. */
export type EmergencyContactsConfig = z.input<typeof emergencyContactsConfigSchema>;

/**
 * The contacts a brand shows: 112, then the province's call centre, then the other national
 * numbers (minus those the brand omits), then the brand's own extra numbers.
 *
 * @param config - The brand's configuration, already validated with {@link emergencyContactsConfigSchema}.
 * @example
 * ```ts
 * resolveEmergencyContacts({
 *   provinceCallCentre: { id: 'lampung-call-centre', kind: 'call_centre', number: '112', name: { id: 'Call Center Lampung' }, scope: 'province', regionCode: '18' },
 * });
 * ```
 */
export function resolveEmergencyContacts(config: z.output<typeof emergencyContactsConfigSchema>): EmergencyContact[] {
  const omit = new Set(config.omit);
  const [general, ...others] = NATIONAL_EMERGENCY_CONTACTS.filter((contact) => !omit.has(contact.id));
  return [
    ...(general === undefined ? [] : [general]),
    ...(config.provinceCallCentre === undefined ? [] : [config.provinceCallCentre]),
    ...others,
    ...config.extra,
  ];
}

function national(number: string, kind: EmergencyServiceKind, id: string, en: string): EmergencyContact {
  return { id: `national-${number}`, kind, number, name: { id, en }, scope: 'national', available24h: true, tollFree: true };
}

/*@__NO_SIDE_EFFECTS__*/
function createEmergencyContactSchema() {
  return z.object({
    /** A stable id, such as `national-112` or `lampung-call-centre`. */
    id: z.string().check(rule((value: string) => (/^[a-z0-9][a-z0-9._-]{0,99}$/.test(value) ? undefined : `${quoteValue(value)} is not an id such as "national-112"`))),
    /** The kind of service. */
    kind: z.enum(EMERGENCY_SERVICE_KINDS),
    /** The number to dial, as dialled: digits, optionally a leading `+`, spaces or `-`, such as `112` or `0721 123456`. */
    number: z.string().check(rule((value: string) => (/^\+?\d[\d -]{1,23}$/.test(value) ? undefined : `${quoteValue(value)} is not a phone number such as "112" or "0721 123456"`))),
    /** The name shown. */
    name: localizedTextSchema(200),
    /** Where it applies: the whole country, the province, or one regency or city. */
    scope: z.enum(['national', 'province', 'regency']),
    /** The Kemendagri code of the province or regency, for a regional number. */
    regionCode: z.optional(regionCodeSchema),
    /** Whether it answers around the clock. */
    available24h: z._default(z.boolean(), true),
    /** Whether calling is free. */
    tollFree: z._default(z.boolean(), false),
    /** A short note, such as opening hours. */
    note: z.optional(localizedTextSchema(500)),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createEmergencyContactsConfigSchema() {
  return z.object({
    /** The province's own call centre, listed right after 112. */
    provinceCallCentre: z.optional(createEmergencyContactSchema()),
    /** More regional numbers: regency call centres, hospitals, the water utility. */
    extra: z._default(z.array(createEmergencyContactSchema()), []),
    /** Ids of national numbers the brand does not show, such as `national-129`. */
    omit: z._default(z.array(textSchema(100)), []),
  });
}
