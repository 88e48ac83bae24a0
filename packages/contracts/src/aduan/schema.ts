/**
 * The schemas of citizen reports (aduan, laporan warga): the category catalogue, what a citizen
 * submits, and the report record with its auditable status history.
 *
 * @module
 */
import * as z from 'zod/mini';
import { geoPointSchema } from '../domain-fields.ts';
import { localizedTextSchema, textSchema, timestampSchema } from '../fields.ts';
import { regionCodeSchema } from '../regions/code.ts';
import { quoteValue, rule } from '../validation.ts';
import { REPORT_STATUSES } from './lifecycle.ts';

/** The longest report description, in characters (Open311's limit). */
export const REPORT_DESCRIPTION_MAX_LENGTH = 4000;

/** The most photos one report may carry when it is created. */
export const REPORT_MAX_PHOTOS = 5;

/** The largest photo accepted, in bytes (10 MiB). */
export const REPORT_PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** The media types accepted for report photos. */
export const REPORT_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;

/**
 * The channels a report can arrive through (JAKI takes reports from 13): the app, the web, social
 * media, email, SMS, WhatsApp, the national LAPOR! (SP4N, 1708), a call centre, a walk-in desk,
 * an Open311 client, or another.
 */
export const REPORT_CHANNELS = ['app', 'web', 'social_media', 'email', 'sms', 'whatsapp', 'lapor', 'call_centre', 'walk_in', 'open311', 'other'] as const;

/** The channel a report came through; see {@link REPORT_CHANNELS}. */
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/**
 * Who must handle a report: the province, a regency or city, the central government (through
 * LAPOR!), or nobody in government (`out_of_scope`).
 */
export const REPORT_JURISDICTIONS = ['province', 'regency', 'national', 'out_of_scope'] as const;

/** Who must handle a report; see {@link REPORT_JURISDICTIONS}. */
export type ReportJurisdiction = (typeof REPORT_JURISDICTIONS)[number];

/** A ticket number: 1 to 40 letters, digits, `.`, `_` or `-`, starting with a letter or digit, such as `LPG-2025-000123`. */
export const ticketSchema = /* @__PURE__ */ createTicketSchema();

/** The code of a report category: letters, digits, `.`, `_` or `-`; kept as a string, leading zeros and all. */
export const reportCategoryCodeSchema = /* @__PURE__ */ createCategoryCodeSchema();

/** The schema of one entry of the report category catalogue. */
export const reportCategorySchema = /* @__PURE__ */ createReportCategorySchema();

/** One report category, such as roads, fallen trees or illegal parking. */
export type ReportCategory = z.output<typeof reportCategorySchema>;

/** The schema of where a report is: a geotag, a written landmark and the Kemendagri region code. */
export const reportLocationSchema = /* @__PURE__ */ createReportLocationSchema();

/** Where a report is. */
export type ReportLocation = z.output<typeof reportLocationSchema>;

/** The schema of a stored photo or document: its URL, media type and, when known, size and hash. */
export const reportMediaSchema = /* @__PURE__ */ createReportMediaSchema();

/** A stored photo or document attached to a report or to a status change. */
export type ReportMedia = z.output<typeof reportMediaSchema>;

/** The schema of who changed a report: a citizen, an officer or the system. */
export const reportActorSchema = /* @__PURE__ */ createReportActorSchema();

/** Who changed a report. */
export type ReportActor = z.output<typeof reportActorSchema>;

/** The schema of a note on a status change: public (shown to the citizen) or internal (officers only). */
export const reportNoteSchema = /* @__PURE__ */ createReportNoteSchema();

/** A note on a status change. */
export type ReportNote = z.output<typeof reportNoteSchema>;

/** The schema of one entry of a report's status history. */
export const reportStatusChangeSchema = /* @__PURE__ */ createReportStatusChangeSchema();

/** One entry of a report's status history: from, to, who, when, the note and the evidence. */
export type ReportStatusChange = z.output<typeof reportStatusChangeSchema>;

/**
 * The JSON part of a new report: category, description, location, visibility, anonymity and
 * channel. Photos travel beside it as files; see {@link createReportBodySchema}.
 */
export const reportDraftSchema = /* @__PURE__ */ createReportDraftSchema();

/** The JSON part of a new report, as parsed (defaults filled in). */
export type ReportDraft = z.output<typeof reportDraftSchema>;

/** The JSON part of a new report, as a caller writes it (defaults optional). */
export type ReportDraftInput = z.input<typeof reportDraftSchema>;

/**
 * The body of `POST /reports`, sent as `multipart/form-data`: a `report` part holding the
 * {@link reportDraftSchema} as JSON (`Content-Type: application/json`), and up to
 * {@link REPORT_MAX_PHOTOS} `photos` parts, each a JPEG, PNG, WebP or HEIC image of at most 10 MiB.
 */
export const createReportBodySchema = /* @__PURE__ */ createCreateReportBodySchema();

/** The body of `POST /reports`. */
export type CreateReportBody = z.input<typeof createReportBodySchema>;

/** The schema of a report's community support: how many citizens support it, and whether the caller does. */
export const reportSupportSchema = /* @__PURE__ */ createReportSupportSchema();

/** A report's community support ("dukung"). */
export type ReportSupport = z.output<typeof reportSupportSchema>;

/** The schema of the citizen's rating of how a report was handled: 1 to 5 stars and a comment. */
export const reportRatingSchema = /* @__PURE__ */ createReportRatingSchema();

/** The citizen's rating of how a report was handled. */
export type ReportRating = z.output<typeof reportRatingSchema>;

/** The schema of a rating as the citizen sends it (the back end stamps the time). */
export const reportRatingInputSchema = /* @__PURE__ */ createReportRatingInputSchema();

/** A rating as the citizen sends it. */
export type ReportRatingInput = z.output<typeof reportRatingInputSchema>;

/**
 * The schema of a report record: ticket, category, description, location, photos, visibility,
 * anonymity, channel, jurisdiction and routing, assignee, deadline, status and its full history,
 * community support and the citizen's rating.
 *
 * The history is append-only and ordered by time; its last entry's `to` is the current `status`.
 */
export const reportSchema = /* @__PURE__ */ createReportSchema();

/** A citizen report. */
export type Report = z.output<typeof reportSchema>;

// ---------------------------------------------------------------------------------------------
// factories (annotated in this file, where esbuild honours the annotation)

/*@__NO_SIDE_EFFECTS__*/
function createTicketSchema(): z.ZodMiniString<string> {
  return z
    .string()
    .check(
      rule((value: string) =>
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(value) ? undefined : `${quoteValue(value)} is not a ticket number such as "LPG-2025-000123"`,
      ),
    );
}

/*@__NO_SIDE_EFFECTS__*/
function createCategoryCodeSchema(): z.ZodMiniString<string> {
  return z
    .string()
    .check(
      rule((value: string) =>
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value) ? undefined : `${quoteValue(value)} is not a category code such as "jalan-rusak" or "001"`,
      ),
    );
}

/*@__NO_SIDE_EFFECTS__*/
function createReportCategorySchema() {
  return z.object({
    /** The category code, stable across releases; Open311's `service_code`. */
    code: createCategoryCodeSchema(),
    /** The name shown to citizens. */
    name: localizedTextSchema(100),
    /** What belongs in this category. */
    description: z.optional(localizedTextSchema(1000)),
    /** The group the category is listed under, such as `infrastruktur`. */
    group: z.optional(textSchema(100)),
    /** Words a search should match. */
    keywords: z.optional(z.array(textSchema(50))),
    /** Who handles reports of this category by default. */
    jurisdiction: z.enum(REPORT_JURISDICTIONS),
    /** Whether reports of this category need at least one photo. */
    photoRequired: z.boolean(),
    /** Whether the category is currently offered to citizens. */
    active: z.boolean(),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportLocationSchema() {
  return z
    .object({
      /** The geotag, in WGS 84, when the citizen shared the device's location. */
      point: z.optional(geoPointSchema()),
      /** A written landmark that helps officers find the place, such as `depan SDN 2 Rajabasa`. */
      landmark: z.optional(textSchema(300)),
      /** The street address, if known. */
      address: z.optional(textSchema(500)),
      /** The Kemendagri code of the deepest known region, down to the village: `18.71.01.1001`. */
      regionCode: regionCodeSchema,
    })
    .check(
      // A citizen without location services still reports: a landmark and a region place it, as
      // Open311's `address_string` does.
      rule((location: { point?: unknown; landmark?: string | undefined }) =>
        location.point === undefined && (location.landmark === undefined || location.landmark.trim() === '')
          ? [{ path: ['landmark'], message: 'is required when there is no point: give the geotag or a landmark' }]
          : undefined,
      ),
    );
}

/*@__NO_SIDE_EFFECTS__*/
function createReportMediaSchema() {
  return z.object({
    /** Where the file is stored, an `https:` URL. */
    url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
    /** The media type, such as `image/jpeg`. */
    mediaType: textSchema(100),
    /** The size in bytes. */
    bytes: z.optional(z.int().check(z.gte(0))),
    /** The SHA-256 of the file, as 64 lower-case hex digits, so that a swapped file is detectable. */
    sha256: z.optional(z.string().check(rule((value: string) => (/^[0-9a-f]{64}$/.test(value) ? undefined : 'must be 64 lower-case hex digits')))),
    /** When the photo was taken, from the camera, if known. */
    takenAt: z.optional(timestampSchema),
    /** Where the photo was taken, from the device, if known. */
    takenAtPoint: z.optional(geoPointSchema()),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportActorSchema() {
  return z.object({
    /** The kind of actor. */
    kind: z.enum(['citizen', 'officer', 'system']),
    /** The actor's account id; left out for an anonymous citizen. */
    id: z.optional(textSchema(100)),
    /** The actor's display name; left out for an anonymous citizen. */
    name: z.optional(textSchema(200)),
    /** The officer's unit or agency, such as `Dinas PU Kota Bandar Lampung`. */
    unit: z.optional(textSchema(200)),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportNoteSchema() {
  return z.object({
    /** `public` notes are shown to the citizen and in the public feed; `internal` ones only to officers. */
    visibility: z.enum(['public', 'internal']),
    /** The note. */
    text: textSchema(4000),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportStatusChangeSchema() {
  return z.object({
    /** The state before, or `null` for the first entry (the submission). */
    from: z.nullable(z.enum(REPORT_STATUSES)),
    /** The state after. */
    to: z.enum(REPORT_STATUSES),
    /** When the change was made, with an offset. */
    at: timestampSchema,
    /** Who made the change. */
    actor: createReportActorSchema(),
    /** Why, or what was done. */
    note: z.optional(createReportNoteSchema()),
    /** Photos or documents that prove what was done. */
    evidence: z.array(createReportMediaSchema()),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportDraftSchema() {
  return z.object({
    /** The category code, from the category catalogue. */
    categoryCode: createCategoryCodeSchema(),
    /** What is wrong, in the citizen's words. */
    description: textSchema(REPORT_DESCRIPTION_MAX_LENGTH),
    /** Where it is. */
    location: createReportLocationSchema(),
    /** `private` (the default, as in JAKI since 2021) or `public` (shown in the public feed). */
    visibility: z._default(z.enum(['private', 'public']), 'private'),
    /** Whether the citizen's name is hidden from officers and the public. */
    anonymous: z._default(z.boolean(), false),
    /** The channel the report came through. */
    channel: z._default(z.enum(REPORT_CHANNELS), 'app'),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createCreateReportBodySchema() {
  return z.object({
    /** The report, as a JSON part. */
    report: createReportDraftSchema(),
    /** The photos, as file parts. */
    photos: z.optional(
      z
        .array(z.file().check(z.maxSize(REPORT_PHOTO_MAX_BYTES), z.mime([...REPORT_PHOTO_TYPES])))
        .check(rule((files: readonly unknown[]) => (files.length > REPORT_MAX_PHOTOS ? `must be at most ${REPORT_MAX_PHOTOS} photos` : undefined))),
    ),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportSupportSchema() {
  return z.object({
    /** How many citizens support the report. */
    count: z.int().check(z.gte(0)),
    /** Whether the signed-in caller supports it; `false` for an anonymous caller. */
    supportedByMe: z.boolean(),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportRatingInputSchema() {
  return z.object({
    /** 1 (very poor) to 5 (very good). */
    stars: z.int().check(z.gte(1), z.lte(5)),
    /** What the citizen thinks of the follow-up. */
    comment: z.optional(textSchema(1000)),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportRatingSchema() {
  return z.object({
    ...createReportRatingInputSchema().shape,
    /** When the citizen rated. */
    at: timestampSchema,
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createReportSchema() {
  const history = z.array(createReportStatusChangeSchema()).check(
    rule((entries: readonly { from: string | null; to: string; at: string }[]) => {
      if (entries.length === 0) return 'must hold at least the submission';
      const findings: { path: (string | number)[]; message: string }[] = [];
      entries.forEach((entry, index) => {
        const previous = entries[index - 1];
        if (previous === undefined) {
          if (entry.from !== null) findings.push({ path: [index, 'from'], message: 'the first entry must have from: null' });
          return;
        }
        if (entry.from !== previous.to) {
          findings.push({ path: [index, 'from'], message: `must be "${previous.to}", the state the previous entry moved to` });
        }
        if (Date.parse(entry.at) < Date.parse(previous.at)) findings.push({ path: [index, 'at'], message: 'is earlier than the previous entry' });
      });
      return findings;
    }),
  );
  return z
    .object({
      /** The ticket number the citizen got back. */
      ticket: createTicketSchema(),
      /** The category code. */
      categoryCode: createCategoryCodeSchema(),
      /** What is wrong, in the citizen's words. */
      description: textSchema(REPORT_DESCRIPTION_MAX_LENGTH),
      /** Where it is. */
      location: createReportLocationSchema(),
      /** The photos the citizen took. */
      photos: z.array(createReportMediaSchema()),
      /** `private` or `public`. */
      visibility: z.enum(['private', 'public']),
      /** Whether the citizen's name is hidden. */
      anonymous: z.boolean(),
      /** The citizen who reported it; left out when anonymous, and in public views. */
      reporter: z.optional(z.object({ id: textSchema(100), name: z.optional(textSchema(200)) })),
      /** The channel the report came through. */
      channel: z.enum(REPORT_CHANNELS),
      /** Who must handle the report, and where it was sent. */
      routing: z.object({
        /** The level of government responsible. */
        jurisdiction: z.enum(REPORT_JURISDICTIONS),
        /** The agency the report was sent to, such as `Dinas PU Kota Bandar Lampung`. */
        agency: z.optional(z.object({ id: textSchema(100), name: textSchema(200) })),
        /** The region whose government handles it. */
        regionCode: z.optional(regionCodeSchema),
        /** The reference of the report in another system, such as a LAPOR! tracking id. */
        externalReference: z.optional(textSchema(100)),
      }),
      /** The officer handling the report now. */
      assignee: z.optional(createReportActorSchema()),
      /** When the report must be handled by. */
      deadline: z.optional(timestampSchema),
      /** The current state: the `to` of the history's last entry. */
      status: z.enum(REPORT_STATUSES),
      /** Every change of state, oldest first. */
      history,
      /** When the report was submitted. */
      createdAt: timestampSchema,
      /** When the report last changed. */
      updatedAt: timestampSchema,
      /** Community support. */
      support: createReportSupportSchema(),
      /** The citizen's rating, once given. */
      rating: z.optional(createReportRatingSchema()),
    })
    .check(
      rule((report: { status: string; history: readonly { to: string }[] }) => {
        const last = report.history.at(-1);
        if (last === undefined || last.to === report.status) return undefined;
        return [{ path: ['status'], message: `must be "${last.to}", the state of the history's last entry` }];
      }),
    );
}
