/**
 * Citizen reports in the store: the category catalogue, seeded reports in several lifecycle
 * states with their status history and support, and the operations that move them.
 *
 * @module
 */
import {
  JAKI_REPORT_DEADLINE_POLICY,
  reportDeadline,
  transitionReport,
  type Report,
  type ReportActor,
  type ReportCategory,
  type ReportDraft,
  type ReportLifecycle,
  type ReportMedia,
  type ReportNote,
  type ReportRating,
  type ReportRatingInput,
  type ReportStatus,
  type ReportSupport,
} from '@gerbang/contracts';
import { MockRecordNotFoundError } from '../errors.ts';
import type { MockRandom } from '../random.ts';
import { DAY, MINUTE, toWib } from './time.ts';

/** The subject of the synthetic citizen that owns most seeded reports; send it as the bearer token. */
export const DEMO_CITIZEN = 'demo-citizen';

/** The host of the synthetic media URLs the mock back end hands out. */
export const MOCK_MEDIA_ORIGIN = 'https://media.gerbang.test';

/** A report as the store keeps it: the record, who filed it, and who supports it. */
export interface StoredReport {
  /** The report, with its full history. */
  report: Report;
  /** The subject of the citizen who filed it (kept even when the report is anonymous). */
  owner: string | undefined;
  /** The subjects of the citizens who support it. */
  supporters: string[];
}

/** The reports part of the store's data. */
export interface ReportsData {
  /** The category catalogue, in display order. */
  categories: ReportCategory[];
  /** The reports, oldest first. */
  records: StoredReport[];
  /** The sequence number of the last ticket. */
  lastSequence: number;
  /** The store clock when the reports last moved on by themselves (see `autoProgress`). */
  progressedAt: number;
}

/** How a report moves in {@link MockReportStore.advance}; every field has a sensible default. */
export interface AdvanceOptions {
  /**
   * Who makes the change.
   * @default an officer of the agency the report is routed to
   */
  actor?: ReportActor;
  /**
   * The note; states that require one get a default public note.
   * @default a public note for states that need one
   */
  note?: ReportNote;
  /**
   * Evidence; states that require it get a synthetic photo.
   * @default a synthetic photo for states that need evidence
   */
  evidence?: readonly ReportMedia[];
  /**
   * When, as an RFC 3339 timestamp.
   * @default the store clock
   */
  at?: string;
}

/** What {@link MockReportStore.create} needs besides the draft. */
export interface CreateReportOptions {
  /** The subject of the citizen filing it. */
  owner?: string;
  /** The citizen's display name, kept unless the report is anonymous. */
  ownerName?: string;
  /** The photos sent with it; the store gives each a synthetic URL. */
  photos?: readonly PhotoUpload[];
}

/** A photo sent with a new report, as the store needs it. */
export interface PhotoUpload {
  /** Its media type, such as `image/jpeg`. */
  readonly mediaType: string;
  /** Its size in bytes. */
  readonly bytes?: number;
}

const EXTENSIONS: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic' };

/** Which reports {@link MockReportStore.count} and {@link MockReportStore.list} include. */
export interface ReportFilter {
  /** Only reports in this state. */
  status?: ReportStatus;
  /** Only reports filed by this citizen. */
  owner?: string;
  /** Only `public` or only `private` reports. */
  visibility?: 'public' | 'private';
}

/** The reports part of the store. */
export interface MockReportStore {
  /** The category catalogue, in display order. */
  categories(): ReportCategory[];
  /**
   * How many reports there are.
   *
   * @param filter - Count only these.
   */
  count(filter?: ReportFilter): number;
  /**
   * The reports, newest first, as copies.
   *
   * @param filter - Only these.
   */
  list(filter?: ReportFilter): Report[];
  /**
   * One report, as a copy, or `undefined`.
   *
   * @param ticket - Its ticket number.
   */
  get(ticket: string): Report | undefined;
  /**
   * Who filed a report, or `undefined` (seeded walk-in reports have no account).
   *
   * @param ticket - Its ticket number.
   * @throws {@link MockRecordNotFoundError} when there is no such report.
   */
  ownerOf(ticket: string): string | undefined;
  /**
   * Files a report, as `POST /reports` does: a new ticket, status `submitted`, routing from the
   * category and the region.
   *
   * @param draft - The report as a citizen writes it.
   * @param options - Who files it, and its stored photos.
   * @throws {@link MockRecordNotFoundError} when the category does not exist.
   */
  create(draft: ReportDraft, options?: CreateReportOptions): Report;
  /**
   * Moves a report to another state with the contracts' `transitionReport`, so that the
   * lifecycle's rules apply; notes and evidence that a state requires are filled in by default.
   *
   * @param ticket - The report's ticket number.
   * @param to - The state to move to.
   * @param options - Actor, note, evidence and time.
   * @throws ReportTransitionError (from `@gerbang/contracts`, code `report-transition-refused`)
   *   when the lifecycle does not allow the move.
   * @throws {@link MockRecordNotFoundError} when there is no such report.
   * @example
   * ```ts
   * store.reports.advance('LPG-2026-000001', 'verified');
   * ```
   */
  advance(ticket: string, to: ReportStatus, options?: AdvanceOptions): Report;
  /**
   * Moves every open report one step along the usual path (submitted → verified → routed →
   * in progress → awaiting validation → done → closed; postponed, returned and reopened reports
   * go back to in progress), so that a demo shows statuses change. Returns how many moved.
   */
  tick(): number;
  /**
   * Records that a citizen supports a report; supporting twice counts once.
   *
   * @param ticket - The report.
   * @param subject - The citizen.
   * @throws {@link MockRecordNotFoundError} when there is no such report.
   */
  support(ticket: string, subject: string): ReportSupport;
  /**
   * The support of a report as a citizen sees it.
   *
   * @param ticket - The report.
   * @param subject - The citizen, if signed in.
   * @throws {@link MockRecordNotFoundError} when there is no such report.
   */
  supportOf(ticket: string, subject: string | undefined): ReportSupport;
  /**
   * Records the reporter's rating; rating again replaces it.
   *
   * @param ticket - The report.
   * @param rating - Stars and comment.
   * @throws {@link MockRecordNotFoundError} when there is no such report.
   */
  rate(ticket: string, rating: ReportRatingInput): ReportRating;
}

/** The usual next state of an open report, for {@link MockReportStore.tick}. */
const NEXT_STEP: Partial<Record<ReportStatus, ReportStatus>> = {
  submitted: 'verified',
  verified: 'routed',
  routed: 'in_progress',
  in_progress: 'awaiting_validation',
  postponed: 'in_progress',
  returned: 'in_progress',
  reopened: 'in_progress',
  awaiting_validation: 'done',
  done: 'closed',
};

const DEFAULT_NOTES: Partial<Record<ReportStatus, string>> = {
  rejected: 'Laporan tidak dapat diverifikasi: foto dan keterangan tidak menunjukkan masalah yang dilaporkan.',
  redirected: 'Keadaan darurat: laporan diteruskan ke layanan darurat 112.',
  diverted: 'Di luar kewenangan provinsi: laporan diteruskan ke LAPOR! SP4N.',
  out_of_scope: 'Permasalahan berada di luar kewenangan pemerintah.',
  postponed: 'Penanganan ditunda menunggu alat berat tersedia.',
  returned: 'Foto bukti belum menunjukkan pekerjaan selesai; mohon dilengkapi.',
  reopened: 'Pelapor menyatakan masalah belum selesai.',
  removed: 'Laporan melanggar ketentuan penggunaan.',
};

const CATEGORIES: ReportCategory[] = [
  category('jalan-rusak', 'Jalan Rusak', 'Damaged road', 'infrastruktur', 'regency', true, ['jalan', 'lubang', 'aspal']),
  category('pohon-tumbang', 'Pohon Tumbang', 'Fallen tree', 'lingkungan', 'regency', true, ['pohon', 'dahan']),
  category('parkir-liar', 'Parkir Liar', 'Illegal parking', 'ketertiban', 'regency', false, ['parkir', 'trotoar']),
  category('lampu-jalan', 'Lampu Jalan Mati', 'Street light out', 'infrastruktur', 'regency', false, ['lampu', 'PJU']),
  category('sampah', 'Sampah Menumpuk', 'Uncollected rubbish', 'lingkungan', 'regency', true, ['sampah', 'TPS']),
  category('drainase', 'Drainase Tersumbat', 'Blocked drain', 'infrastruktur', 'regency', true, ['got', 'saluran', 'banjir']),
  category('jalan-provinsi', 'Jalan Provinsi Rusak', 'Damaged provincial road', 'infrastruktur', 'province', true, ['jalan provinsi']),
  category('layanan-publik', 'Pelayanan Publik', 'Public service', 'pelayanan', 'province', false, ['pelayanan', 'pungli']),
];

function category(
  code: string,
  id: string,
  en: string,
  group: string,
  jurisdiction: ReportCategory['jurisdiction'],
  photoRequired: boolean,
  keywords: string[],
): ReportCategory {
  return { code, name: { id, en }, group, keywords, jurisdiction, photoRequired, active: true };
}

/** Places the seeded reports are in: regency code, a point and a landmark. */
const PLACES = [
  { regionCode: '18.71', lat: -5.3971, lng: 105.2668, landmark: 'Jl. Z.A. Pagar Alam, depan minimarket', district: 'Rajabasa' },
  { regionCode: '18.71', lat: -5.4292, lng: 105.2613, landmark: 'Simpang Jl. Teuku Umar dan Jl. Kartini', district: 'Tanjung Karang Pusat' },
  { regionCode: '18.71', lat: -5.3822, lng: 105.2952, landmark: 'Belakang Pasar Way Halim', district: 'Way Halim' },
  { regionCode: '18.72', lat: -5.1131, lng: 105.3067, landmark: 'Dekat Taman Merdeka Metro', district: 'Metro Pusat' },
  { regionCode: '18.01', lat: -5.7279, lng: 105.5886, landmark: 'Jl. Lintas Sumatera km 3, arah Kalianda', district: 'Kalianda' },
  { regionCode: '18.02', lat: -4.9886, lng: 105.2228, landmark: 'Depan Pasar Bandar Jaya', district: 'Terbanggi Besar' },
  { regionCode: '18.10', lat: -5.3582, lng: 104.9744, landmark: 'Jl. Ahmad Yani, dekat tugu Pringsewu', district: 'Pringsewu' },
  { regionCode: '18.03', lat: -4.8297, lng: 104.8842, landmark: 'Jl. Soekarno-Hatta, Kotabumi', district: 'Kotabumi' },
] as const;

const AGENCIES: Record<string, string> = {
  '18.71': 'Kota Bandar Lampung',
  '18.72': 'Kota Metro',
  '18.01': 'Kabupaten Lampung Selatan',
  '18.02': 'Kabupaten Lampung Tengah',
  '18.10': 'Kabupaten Pringsewu',
  '18.03': 'Kabupaten Lampung Utara',
};

const DESCRIPTIONS: Record<string, string[]> = {
  'jalan-rusak': ['Lubang besar di tengah jalan, sudah dua motor jatuh minggu ini.', 'Aspal mengelupas sepanjang kurang lebih 50 meter, berbahaya saat hujan.'],
  'pohon-tumbang': ['Pohon tumbang menutup separuh badan jalan setelah hujan deras.', 'Dahan besar patah dan menggantung di atas kabel listrik.'],
  'parkir-liar': ['Mobil parkir di trotoar setiap sore sehingga pejalan kaki turun ke jalan.'],
  'lampu-jalan': ['Tiga lampu jalan mati, jalan gelap total pada malam hari.'],
  sampah: ['Sampah menumpuk di TPS sementara sudah lebih dari seminggu tidak diangkut.'],
  drainase: ['Saluran air tersumbat sampah, air meluap ke jalan setiap hujan.'],
  'jalan-provinsi': ['Jalan provinsi bergelombang dan berlubang, truk sering terperosok.'],
  'layanan-publik': ['Antrean layanan di kantor pelayanan sangat panjang dan nomor antrean tidak jelas.'],
};

/** The states of the seeded reports, each reached through the lifecycle from `submitted`. */
const SEED_PATHS: readonly (readonly ReportStatus[])[] = [
  [],
  ['verified'],
  ['verified', 'routed'],
  ['verified', 'routed', 'in_progress'],
  ['verified', 'routed', 'in_progress', 'postponed'],
  ['verified', 'routed', 'in_progress', 'awaiting_validation'],
  ['verified', 'routed', 'in_progress', 'awaiting_validation', 'done'],
  ['verified', 'routed', 'in_progress', 'awaiting_validation', 'done', 'closed'],
  ['rejected'],
  ['verified', 'diverted'],
  ['verified', 'routed', 'in_progress', 'awaiting_validation', 'returned', 'in_progress'],
  ['verified', 'routed', 'in_progress', 'awaiting_validation', 'done', 'reopened'],
];

/** The citizens of the seed: synthetic accounts only. */
const CITIZENS = [
  { id: DEMO_CITIZEN, name: 'Warga Demo' },
  { id: 'warga-uji-02', name: 'Warga Uji Dua' },
  { id: 'warga-uji-03', name: 'Warga Uji Tiga' },
] as const;

/** Formats a ticket number: `LPG-2026-000001`. */
export function formatTicket(year: string, sequence: number): string {
  return `LPG-${year}-${String(sequence).padStart(6, '0')}`;
}

/** A synthetic stored photo. */
export function mockMedia(ticket: string, name: string, mediaType = 'image/jpeg', bytes?: number): ReportMedia {
  return { url: `${MOCK_MEDIA_ORIGIN}/reports/${ticket}/${name}`, mediaType, ...(bytes === undefined ? {} : { bytes }) };
}

function officerFor(report: Report): ReportActor {
  const agency = report.routing.agency;
  return { kind: 'officer', id: 'petugas-uji-01', name: 'Petugas Uji', unit: agency?.name ?? 'Diskominfotik Provinsi Lampung' };
}

/** The routing of a new report: the category's jurisdiction and the agency of its region. */
function routingFor(categoryEntry: ReportCategory, regionCode: string): Report['routing'] {
  const regency = regionCode.slice(0, 5);
  if (categoryEntry.jurisdiction === 'province') {
    return { jurisdiction: 'province', regionCode: '18', agency: { id: 'dinas-bmbk-lampung', name: 'Dinas BMBK Provinsi Lampung' } };
  }
  const place = AGENCIES[regency];
  return {
    jurisdiction: categoryEntry.jurisdiction,
    regionCode: regency,
    ...(place === undefined ? {} : { agency: { id: `pemda-${regency.replace('.', '')}`, name: `Pemerintah ${place}` } }),
  };
}

/** Seeds the report data: the catalogue and one report per seed path. */
export function seedReports(random: MockRandom, anchor: number, lifecycle: ReportLifecycle): ReportsData {
  const data: ReportsData = { categories: structuredClone(CATEGORIES), records: [], lastSequence: 0, progressedAt: anchor };
  const year = toWib(anchor).slice(0, 4);
  SEED_PATHS.forEach((path, index) => {
    const categoryEntry = CATEGORIES[index % CATEGORIES.length]!;
    const place = PLACES[index % PLACES.length]!;
    const citizen = CITIZENS[index % CITIZENS.length]!;
    // Older reports went further; each is spread over the days before the anchor.
    const createdAt = anchor - (path.length + 1) * DAY - random.int(0, 12 * 60) * MINUTE;
    const ticket = formatTicket(year, ++data.lastSequence);
    const anonymous = index % 5 === 4;
    const photos = categoryEntry.photoRequired || index % 2 === 0 ? [mockMedia(ticket, '1.jpg', 'image/jpeg', random.int(180_000, 2_400_000))] : [];
    let report = newReport({
      ticket,
      categoryEntry,
      description: random.pick(DESCRIPTIONS[categoryEntry.code] ?? ['Mohon ditindaklanjuti.']),
      location: {
        point: { lat: place.lat + random.int(-50, 50) / 10_000, lng: place.lng + random.int(-50, 50) / 10_000 },
        landmark: place.landmark,
        regionCode: place.regionCode,
      },
      visibility: index % 3 === 1 ? 'private' : 'public',
      anonymous,
      channel: index % 4 === 3 ? 'web' : 'app',
      reporter: anonymous ? undefined : citizen,
      photos,
      at: toWib(createdAt),
    });
    path.forEach((to, step) => {
      const at = toWib(createdAt + (step + 1) * DAY - random.int(0, 6 * 60) * MINUTE);
      report = transitionReport(report, defaultTransition(report, to, lifecycle, { at }), lifecycle);
    });
    const supporters =
      report.visibility === 'public' ? Array.from({ length: random.int(0, 40) }, (_, n) => `warga-pendukung-${String(n + 1).padStart(3, '0')}`) : [];
    report = { ...report, support: { count: supporters.length, supportedByMe: false } };
    data.records.push({ report, owner: citizen.id, supporters });
  });
  return data;
}

function newReport(input: {
  ticket: string;
  categoryEntry: ReportCategory;
  description: string;
  location: Report['location'];
  visibility: Report['visibility'];
  anonymous: boolean;
  channel: Report['channel'];
  reporter: { id: string; name?: string } | undefined;
  photos: ReportMedia[];
  at: string;
}): Report {
  const { ticket, categoryEntry, reporter, at } = input;
  const actor: ReportActor = input.anonymous || reporter === undefined ? { kind: 'citizen' } : { kind: 'citizen', ...reporter };
  return {
    ticket,
    categoryCode: categoryEntry.code,
    description: input.description,
    location: input.location,
    photos: input.photos,
    visibility: input.visibility,
    anonymous: input.anonymous,
    ...(input.anonymous || reporter === undefined ? {} : { reporter: { ...reporter } }),
    channel: input.channel,
    routing: routingFor(categoryEntry, input.location.regionCode),
    deadline: reportDeadline(at, JAKI_REPORT_DEADLINE_POLICY),
    status: 'submitted',
    history: [{ from: null, to: 'submitted', at, actor, evidence: [] }],
    createdAt: at,
    updatedAt: at,
    support: { count: 0, supportedByMe: false },
  };
}

function defaultTransition(report: Report, to: ReportStatus, lifecycle: ReportLifecycle, options: AdvanceOptions & { at: string }) {
  const note = options.note ?? (lifecycle.noteRequired.includes(to) ? { visibility: 'public' as const, text: DEFAULT_NOTES[to] ?? 'Ditindaklanjuti.' } : undefined);
  const evidence =
    options.evidence ?? (lifecycle.evidenceRequired.includes(to) ? [mockMedia(report.ticket, `bukti-${to}-${report.history.length}.jpg`)] : []);
  return { to, actor: options.actor ?? officerFor(report), at: options.at, evidence, ...(note === undefined ? {} : { note }) };
}

function matches(record: StoredReport, filter: ReportFilter): boolean {
  return (
    (filter.status === undefined || record.report.status === filter.status) &&
    (filter.owner === undefined || record.owner === filter.owner) &&
    (filter.visibility === undefined || record.report.visibility === filter.visibility)
  );
}

/** The options the reports part of the store is built with. */
export interface ReportStoreContext {
  /** The current data. */
  readonly data: () => ReportsData;
  /** The store clock. */
  readonly now: () => number;
  /** The lifecycle. */
  readonly lifecycle: ReportLifecycle;
  /** Moves reports on by themselves every this many milliseconds of the store clock, if set. */
  readonly autoProgressMs: number | undefined;
}

/** Builds the reports part of the store. */
export function createReportStore(context: ReportStoreContext): MockReportStore {
  const { data, now, lifecycle, autoProgressMs } = context;

  const find = (ticket: string): StoredReport => {
    const record = data().records.find((entry) => entry.report.ticket === ticket);
    if (record === undefined) throw new MockRecordNotFoundError('report', ticket);
    return record;
  };

  const step = (record: StoredReport, instant: number): boolean => {
    const next = NEXT_STEP[record.report.status];
    if (next === undefined || !lifecycle.transitions[record.report.status].includes(next)) return false;
    const at = toWib(Math.max(instant, Date.parse(record.report.updatedAt)));
    record.report = transitionReport(record.report, defaultTransition(record.report, next, lifecycle, { at }), lifecycle);
    return true;
  };

  const tickAt = (instant: number): number => data().records.filter((record) => step(record, instant)).length;

  // Time-based progression: on every access, catch up with the ticks the clock has passed.
  const catchUp = (): void => {
    if (autoProgressMs === undefined) return;
    const current = data();
    while (now() - current.progressedAt >= autoProgressMs) {
      current.progressedAt += autoProgressMs;
      tickAt(current.progressedAt);
    }
  };
  const records = (): StoredReport[] => {
    catchUp();
    return data().records;
  };

  return {
    categories: () => structuredClone(data().categories),
    count: (filter = {}) => records().filter((record) => matches(record, filter)).length,
    list: (filter = {}) =>
      records()
        .filter((record) => matches(record, filter))
        .map((record) => structuredClone(record.report))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.ticket < b.ticket ? 1 : -1)),
    get(ticket) {
      const record = records().find((entry) => entry.report.ticket === ticket);
      return record === undefined ? undefined : structuredClone(record.report);
    },
    ownerOf: (ticket) => {
      catchUp();
      return find(ticket).owner;
    },
    create(draft, options = {}) {
      catchUp();
      const current = data();
      const categoryEntry = current.categories.find((entry) => entry.code === draft.categoryCode);
      if (categoryEntry === undefined) throw new MockRecordNotFoundError('report category', draft.categoryCode);
      const at = toWib(now());
      const anonymous = draft.anonymous;
      const ticket = formatTicket(at.slice(0, 4), ++current.lastSequence);
      const report = newReport({
        ticket,
        categoryEntry,
        description: draft.description,
        location: structuredClone(draft.location),
        visibility: draft.visibility,
        anonymous,
        channel: draft.channel,
        reporter: options.owner === undefined ? undefined : { id: options.owner, ...(options.ownerName === undefined ? {} : { name: options.ownerName }) },
        photos: (options.photos ?? []).map((photo, index) =>
          mockMedia(ticket, `${index + 1}.${EXTENSIONS[photo.mediaType] ?? 'bin'}`, photo.mediaType, photo.bytes),
        ),
        at,
      });
      current.records.push({ report, owner: options.owner, supporters: [] });
      return structuredClone(report);
    },
    advance(ticket, to, options = {}) {
      catchUp();
      const record = find(ticket);
      const at = options.at ?? toWib(Math.max(now(), Date.parse(record.report.updatedAt)));
      record.report = transitionReport(record.report, defaultTransition(record.report, to, lifecycle, { ...options, at }), lifecycle);
      return structuredClone(record.report);
    },
    tick() {
      catchUp();
      return tickAt(now());
    },
    support(ticket, subject) {
      catchUp();
      const record = find(ticket);
      if (!record.supporters.includes(subject)) record.supporters.push(subject);
      record.report = { ...record.report, support: { count: record.supporters.length, supportedByMe: false } };
      return { count: record.supporters.length, supportedByMe: true };
    },
    supportOf(ticket, subject) {
      catchUp();
      const record = find(ticket);
      return { count: record.supporters.length, supportedByMe: subject !== undefined && record.supporters.includes(subject) };
    },
    rate(ticket, input) {
      catchUp();
      const record = find(ticket);
      const rating: ReportRating = { ...input, at: toWib(now()) };
      record.report = { ...record.report, rating };
      return structuredClone(rating);
    },
  };
}
