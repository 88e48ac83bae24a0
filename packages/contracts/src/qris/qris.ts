/**
 * QRIS, Indonesia's QR payment standard: a profile of EMVCo Merchant-Presented Mode. A payload is
 * a sequence of TLV data objects (2-digit tag, 2-digit length in characters, value), starting with
 * tag 00 and ending with the CRC in tag 63.
 *
 * This file holds no region, plate or report code, so that a payment screen that only reads QR
 * codes stays small.
 *
 * @module
 */
import { textOf, type CodecResult } from '../identity/result.ts';
import { crc16CcittFalse } from './crc.ts';
import { characterCount, readTlv, writeTlv, type QrisField, type TlvProblem } from './tlv.ts';

/**
 * A merchant account information template (tags 26–51): the payment provider's globally unique
 * identifier and the merchant's account with it (sub-tags 01–03 as QRIS defines them; other
 * EMVCo profiles use them differently). Tag 51 is QRIS's national repository, whose
 * merchant id is the NMID.
 */
export interface QrisMerchantAccount {
  /** The template's tag, `26` to `51`. */
  readonly tag: string;
  /** Sub-tag 00: the globally unique identifier, such as `ID.DANA.WWW` or `ID.CO.QRIS.WWW`. */
  readonly globallyUniqueId: string;
  /** Sub-tag 01: the merchant PAN, up to 19 digits. */
  readonly merchantPan?: string;
  /** Sub-tag 02: the merchant id; in tag 51, the 15-character NMID. */
  readonly merchantId?: string;
  /** Sub-tag 03: the merchant criteria, such as `UMI` (micro), `UKE`, `UME`, `UBE` or `URE`. */
  readonly merchantCriteria?: string;
  /** Other sub-tags, kept in tag order. */
  readonly otherFields: readonly QrisField[];
}

/** The additional data field template (tag 62). */
export interface QrisAdditionalData {
  /** 01: the bill or invoice number. */
  readonly billNumber?: string;
  /** 02: the mobile number, as the merchant wrote it. */
  readonly mobileNumber?: string;
  /** 03: the store label. */
  readonly storeLabel?: string;
  /** 04: the loyalty number. */
  readonly loyaltyNumber?: string;
  /** 05: the reference label, such as a transaction id. */
  readonly referenceLabel?: string;
  /** 06: the customer label. */
  readonly customerLabel?: string;
  /** 07: the terminal label. */
  readonly terminalLabel?: string;
  /** 08: the purpose of the transaction. */
  readonly purposeOfTransaction?: string;
  /** 09: what the app must ask the customer for: `A` (address), `M` (mobile), `E` (email). */
  readonly additionalConsumerDataRequest?: string;
  /** 10: the merchant's tax id. */
  readonly merchantTaxId?: string;
  /** 11: the merchant channel, 3 characters. */
  readonly merchantChannel?: string;
  /** Other sub-tags (12–99), kept in tag order. */
  readonly otherFields: readonly QrisField[];
}

/** How a tip is asked for (tag 55): the customer types it, or a fixed or percentage fee applies. */
export type QrisTipIndicator = 'prompt' | 'fixed' | 'percentage';

/**
 * The data of a QRIS payload, which {@link formatQris} writes: every root tag but the CRC, which
 * is computed.
 */
export interface QrisData {
  /** 00: the payload format indicator, always `01`. */
  readonly payloadFormatIndicator: string;
  /** 01: `static` (`11`, reusable, the customer types the amount) or `dynamic` (`12`, one payment). */
  readonly pointOfInitiation?: 'static' | 'dynamic';
  /** 26–50: the merchant account templates of payment providers, in tag order. */
  readonly merchantAccounts: readonly QrisMerchantAccount[];
  /** 51: the national repository template (`ID.CO.QRIS.WWW`), whose merchant id is the NMID. */
  readonly nationalRepository?: QrisMerchantAccount;
  /** 52: the merchant category code (ISO 18245), 4 digits. */
  readonly merchantCategoryCode: string;
  /** 53: the currency (ISO 4217 numeric): `360` for rupiah. */
  readonly transactionCurrency: string;
  /** 54: the amount as written, such as `15000` or `15000.00`. */
  readonly transactionAmount?: string;
  /** 55: how a tip is asked for. */
  readonly tipIndicator?: QrisTipIndicator;
  /** 56: the fixed convenience fee, when the tip indicator is `fixed`. */
  readonly tipFixed?: string;
  /** 57: the percentage convenience fee, when the tip indicator is `percentage`. */
  readonly tipPercentage?: string;
  /** 58: the country (ISO 3166-1 alpha-2): `ID`. */
  readonly countryCode: string;
  /** 59: the merchant name. EMVCo allows 25 characters; real QRIS often have more. */
  readonly merchantName: string;
  /** 60: the merchant city, up to 15 characters. */
  readonly merchantCity: string;
  /** 61: the postal code. */
  readonly postalCode?: string;
  /** 62: the additional data template. */
  readonly additionalData?: QrisAdditionalData;
  /**
   * Root tags this model does not name, kept in tag order: 02–25 (card schemes' merchant account
   * information), 64 (merchant information in another language), 65–99 (reserved and unreserved
   * templates).
   */
  readonly otherFields: readonly QrisField[];
}

/** A parsed QRIS payload: its data and the CRC it carried. */
export interface Qris extends QrisData {
  /** 63: the CRC, 4 hex digits, checked against the payload. */
  readonly crc: string;
}

/**
 * `strict` applies EMVCo's limits and formats (merchant name ≤ 25 characters, city ≤ 15, printable
 * ASCII, sub-tag lengths); `lenient` accepts QRIS as issued in practice, checking
 * the structure, the CRC, the mandatory tags and the values that must be machine-readable (tag 00,
 * 01, 52, 53, 54–57, 58).
 */
export type QrisMode = 'strict' | 'lenient';

/** Options of {@link parseQris}, {@link formatQris} and {@link toDynamicQris}. */
export interface QrisOptions {
  /**
   * How closely to follow EMVCo; see {@link QrisMode}.
   * @default 'strict' for parseQris and formatQris; 'lenient' for toDynamicQris
   */
  mode?: QrisMode;
}

/** Why a text is not a QRIS payload, or data cannot be written as one. */
export type QrisFailureReason =
  /** Nothing to read. */
  | 'empty'
  /** A TLV data object ends before its tag, length or value does. */
  | 'truncated'
  /** A tag is not 2 digits. */
  | 'bad-tag'
  /** A length is not 2 digits. */
  | 'non-numeric-length'
  /** A value is longer or shorter than its tag allows, or more than 99 characters to write. */
  | 'length'
  /** A value has characters or a form its tag does not allow. */
  | 'format'
  /** An amount (tag 54, 56) is not a positive decimal number such as `15000` or `15000.00`. */
  | 'bad-amount'
  /** A mandatory tag is missing. */
  | 'missing-tag'
  /** A tag appears twice in the same payload or template. */
  | 'duplicate-tag'
  /** Tag 00 is not first, or tag 63 is not last. */
  | 'order'
  /** The CRC in tag 63 is not the CRC of the payload. */
  | 'crc-mismatch';

/** The failure of a QRIS codec: the tag at fault, the reason, a message. */
export interface QrisError {
  /** Why the payload is rejected. */
  readonly reason: QrisFailureReason;
  /** The tag at fault, with its sub-tag for template fields: `59`, `62.05`, `26.00`. */
  readonly tag?: string;
  /** A sentence for people, naming the tag and what is wrong. */
  readonly message: string;
}

/** The options of {@link toDynamicQris}. */
export interface ToDynamicQrisOptions extends QrisOptions {
  /**
   * The amount to charge, in rupiah: a positive number with at most 2 decimals (`15000`,
   * `15000.5`), or a decimal text written as is (`'15000.00'`).
   */
  amount: number | string;
}

/**
 * Reads a QRIS payload. Checks the TLV structure, duplicate tags, the order of tags 00 and 63, the
 * CRC and the mandatory tags (00, 52, 53, 58, 59, 60, 63 and at least one merchant account), then
 * each value as `mode` says. Unknown tags are kept in `otherFields`. Never throws.
 *
 * @param text - The payload, as decoded from the QR code.
 * @param options - `mode`: `strict` (EMVCo) by default, or `lenient` (QRIS as issued).
 * @example
 * ```ts
 * const qris = parseQris(scanned, { mode: 'lenient' });
 * if (qris.ok) {
 *   qris.value.merchantName; // 'Warung Kopi Lampung'
 *   qris.value.nationalRepository?.merchantId; // the NMID, such as 'ID1020012345678'
 * } else {
 *   qris.error.message; // 'Invalid QRIS: tag 63: the CRC is 1A2B, the payload's is 29B1'
 * }
 * ```
 */
export function parseQris(text: string, options: QrisOptions = {}): CodecResult<Qris, QrisError> {
  const strict = (options.mode ?? 'strict') === 'strict';
  const payload = strict ? textOf(text) : textOf(text).trim();
  if (payload === '') return fail('empty', undefined, 'the payload is empty');

  const read = readTlv(payload);
  if (read.problem !== undefined) return failTlv(read.problem, '');
  const fields = read.fields;
  const byTag = new Map<string, string>();
  for (const field of fields) {
    if (byTag.has(field.tag)) return fail('duplicate-tag', field.tag, 'appears twice');
    byTag.set(field.tag, field.value);
  }
  if (fields[0]?.tag !== '00') return fail(byTag.has('00') ? 'order' : 'missing-tag', '00', byTag.has('00') ? 'must come first' : 'is missing (the payload format indicator)');
  const last = fields[fields.length - 1]!;
  if (last.tag !== '63') return fail(byTag.has('63') ? 'order' : 'missing-tag', '63', byTag.has('63') ? 'must come last' : 'is missing (the CRC)');

  const crc = last.value;
  if (crc.length !== 4) return fail('length', '63', `the CRC must have 4 characters, it has ${characterCount(crc)}`);
  if (!/^[0-9A-F]{4}$/.test(crc)) return fail('format', '63', 'the CRC must be 4 uppercase hex digits');
  const expected = crc16CcittFalse(payload.slice(0, -4));
  if (crc !== expected) return fail('crc-mismatch', '63', `the CRC is ${crc}, the payload's is ${expected}`);

  const data = readData(fields, byTag, strict);
  if ('reason' in data) return { ok: false, error: data };
  return { ok: true, value: { ...data, crc } };
}

/**
 * Writes QRIS data as a payload: the root tags in ascending order, each length counting
 * characters, and the CRC (tag 63) computed last. The result is read back with {@link parseQris}
 * in the same `mode`, so that it never writes a payload it would refuse.
 *
 * @param data - The data, such as a parsed {@link Qris} with changes (its `crc` is ignored).
 * @param options - `mode`: `strict` (EMVCo) by default, or `lenient`.
 * @example
 * ```ts
 * const written = formatQris({ ...qris, merchantCity: 'BANDAR LAMPUNG' });
 * if (written.ok) render(written.value); // '000201010211…6304XXXX'
 * ```
 */
export function formatQris(data: QrisData, options: QrisOptions = {}): CodecResult<string, QrisError> {
  const fields: QrisField[] = [];
  const put = (tag: string, value: string | undefined): void => {
    if (value !== undefined) fields.push({ tag, value });
  };
  put('00', data.payloadFormatIndicator);
  put('01', data.pointOfInitiation === undefined ? undefined : data.pointOfInitiation === 'static' ? '11' : '12');
  const templates: QrisField[] = [];
  for (const account of data.merchantAccounts) {
    const tagNumber = Number(account.tag);
    if (!/^\d\d$/.test(account.tag) || tagNumber < 26 || tagNumber > 50) {
      return fail('bad-tag', account.tag, 'a merchant account template has a tag from 26 to 50 (51 is the national repository)');
    }
  }
  if (data.nationalRepository !== undefined && data.nationalRepository.tag !== '51') {
    return fail('bad-tag', data.nationalRepository.tag, 'the national repository template has tag 51');
  }
  for (const account of [...data.merchantAccounts, ...(data.nationalRepository === undefined ? [] : [data.nationalRepository])]) {
    const value = writeFields(
      [
        { tag: '00', value: account.globallyUniqueId },
        ...optionalField('01', account.merchantPan),
        ...optionalField('02', account.merchantId),
        ...optionalField('03', account.merchantCriteria),
        ...account.otherFields,
      ],
      account.tag,
    );
    if (typeof value !== 'string') return value;
    templates.push({ tag: account.tag, value });
  }
  fields.push(...templates);
  put('52', data.merchantCategoryCode);
  put('53', data.transactionCurrency);
  put('54', data.transactionAmount);
  put('55', data.tipIndicator === undefined ? undefined : TIP_CODES[data.tipIndicator]);
  put('56', data.tipFixed);
  put('57', data.tipPercentage);
  put('58', data.countryCode);
  put('59', data.merchantName);
  put('60', data.merchantCity);
  put('61', data.postalCode);
  if (data.additionalData !== undefined) {
    const additional = data.additionalData;
    const value = writeFields(
      [...ADDITIONAL_DATA_KEYS.flatMap(([tag, key]) => optionalField(tag, additional[key])), ...additional.otherFields],
      '62',
    );
    if (typeof value !== 'string') return value;
    fields.push({ tag: '62', value });
  }
  for (const field of data.otherFields) {
    const tagNumber = Number(field.tag);
    if (KNOWN_ROOT_TAGS.has(field.tag) || (tagNumber >= 26 && tagNumber <= 51)) {
      return fail('duplicate-tag', field.tag, 'is a named field of the data, so it cannot also be in otherFields');
    }
    fields.push(field);
  }

  const body = writeFields(fields, '');
  if (typeof body !== 'string') return body;
  const unsigned = `${body}6304`;
  const payload = `${unsigned}${crc16CcittFalse(unsigned)}`;
  const check = parseQris(payload, { mode: options.mode ?? 'strict' });
  return check.ok ? { ok: true, value: payload } : check;
}

/**
 * Turns a QRIS payload into a dynamic one for a single payment: tag 01 becomes `12`, tag 54 the
 * amount, and the CRC is computed again. Everything else is kept. Reads in `lenient` mode by
 * default, since the static codes merchants print often exceed EMVCo's limits.
 *
 * @param qris - A payload, or parsed data.
 * @param options - The `amount`, and the `mode` to read and write in.
 * @example
 * ```ts
 * const dynamic = toDynamicQris(printedQris, { amount: 25000 });
 * if (dynamic.ok) render(dynamic.value); // '…010212…540525000…6304XXXX'
 * ```
 */
export function toDynamicQris(qris: string | QrisData, options: ToDynamicQrisOptions): CodecResult<string, QrisError> {
  const mode = options.mode ?? 'lenient';
  const amount = writeAmount(options.amount);
  if (amount === undefined) {
    return fail('bad-amount', '54', 'the amount must be a positive number of rupiah with at most 2 decimals, up to 13 characters');
  }
  let data: QrisData;
  if (typeof qris === 'string') {
    const parsed = parseQris(qris, { mode });
    if (!parsed.ok) return parsed;
    data = parsed.value;
  } else data = qris;
  return formatQris({ ...data, pointOfInitiation: 'dynamic', transactionAmount: amount }, { mode });
}

// ---------------------------------------------------------------------------------------------
// internals

const TIP_CODES: Record<QrisTipIndicator, string> = { prompt: '01', fixed: '02', percentage: '03' };
const TIP_INDICATORS: Readonly<Record<string, QrisTipIndicator>> = { '01': 'prompt', '02': 'fixed', '03': 'percentage' };

type AdditionalDataKey = Exclude<keyof QrisAdditionalData, 'otherFields'>;

const ADDITIONAL_DATA_KEYS: readonly (readonly [string, AdditionalDataKey, number])[] = [
  ['01', 'billNumber', 25],
  ['02', 'mobileNumber', 25],
  ['03', 'storeLabel', 25],
  ['04', 'loyaltyNumber', 25],
  ['05', 'referenceLabel', 25],
  ['06', 'customerLabel', 25],
  ['07', 'terminalLabel', 25],
  ['08', 'purposeOfTransaction', 25],
  ['09', 'additionalConsumerDataRequest', 3],
  ['10', 'merchantTaxId', 20],
  ['11', 'merchantChannel', 3],
];

/** EMVCo's limits of root tags: the exact length (`[n, n]`) or the range, in characters. */
const ROOT_LENGTHS: Readonly<Record<string, readonly [number, number]>> = {
  '00': [2, 2],
  '01': [2, 2],
  '52': [4, 4],
  '53': [3, 3],
  '54': [1, 13],
  '55': [2, 2],
  '56': [1, 13],
  '57': [1, 5],
  '58': [2, 2],
  '59': [1, 25],
  '60': [1, 15],
  '61': [1, 10],
};

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const STRICT_AMOUNT = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;
const LENIENT_AMOUNT = /^\d+(?:\.\d*)?$/;

type Failure = { readonly ok: false; readonly value?: undefined; readonly error: QrisError };

function fail(reason: QrisFailureReason, tag: string | undefined, why: string): Failure {
  return { ok: false, error: { reason, ...(tag === undefined ? {} : { tag }), message: `Invalid QRIS: ${tag === undefined ? '' : `tag ${tag}: `}${why}` } };
}

function failTlv(problem: TlvProblem, parent: string): Failure {
  const tag = problem.tag === undefined ? (parent === '' ? undefined : parent) : parent === '' ? problem.tag : `${parent}.${problem.tag}`;
  const where = `at character ${problem.at}${parent === '' ? '' : ` of tag ${parent}`}`;
  const why =
    problem.reason === 'truncated'
      ? `the data ends before the ${problem.tag === undefined ? 'tag' : 'length or value'} does (${where})`
      : problem.reason === 'bad-tag'
        ? `a tag is not 2 digits (${where})`
        : `the length is not 2 digits (${where})`;
  return fail(problem.reason, tag, why);
}

function optionalField(tag: string, value: string | undefined): QrisField[] {
  return value === undefined ? [] : [{ tag, value }];
}

/** Writes fields in ascending tag order, refusing duplicates and values over 99 characters. */
function writeFields(fields: readonly QrisField[], parent: string): string | Failure {
  const sorted = [...fields].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  let out = '';
  for (const [index, field] of sorted.entries()) {
    const name = parent === '' ? field.tag : `${parent}.${field.tag}`;
    if (!/^\d\d$/.test(field.tag)) return fail('bad-tag', name, 'a tag must be 2 digits');
    if (index > 0 && sorted[index - 1]!.tag === field.tag) return fail('duplicate-tag', name, 'appears twice');
    const written = writeTlv(field.tag, field.value);
    if (written === undefined) return fail('length', name, `the value has ${characterCount(field.value)} characters, more than 99`);
    out += written;
  }
  return out;
}

function writeAmount(amount: number | string): string | undefined {
  let text: string;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount) || amount <= 0 || Math.round(amount * 100) !== amount * 100) return undefined;
    text = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  } else text = amount;
  return STRICT_AMOUNT.test(text) && text.length <= 13 && Number(text) > 0 ? text : undefined;
}

type ReadData = Omit<Qris, 'crc'>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function readData(fields: readonly QrisField[], byTag: ReadonlyMap<string, string>, strict: boolean): ReadData | QrisError {
  for (const tag of ['52', '53', '58', '59', '60']) {
    if (!byTag.has(tag)) return fail('missing-tag', tag, `is missing (${ROOT_NAMES[tag]!})`).error;
  }

  let merchantAccounts: QrisMerchantAccount[] = [];
  let nationalRepository: QrisMerchantAccount | undefined;
  const otherFields: QrisField[] = [];
  let hasCardSchemeAccount = false;
  for (const field of fields) {
    const tagNumber = Number(field.tag);
    if (field.tag === '63') continue;
    const limits = ROOT_LENGTHS[field.tag];
    if (limits !== undefined) {
      const problem = checkValue(field.tag, field.value, limits, strict);
      if (problem !== undefined) return problem;
    }
    if (tagNumber >= 26 && tagNumber <= 51) {
      const account = readMerchantAccount(field, strict, byTag.get('58') === 'ID');
      if ('reason' in account) return account;
      if (field.tag === '51') nationalRepository = account;
      else merchantAccounts.push(account);
    } else if (tagNumber >= 2 && tagNumber <= 25) {
      hasCardSchemeAccount = true;
      otherFields.push(field);
    } else if (!KNOWN_ROOT_TAGS.has(field.tag)) otherFields.push(field);
  }
  if (merchantAccounts.length === 0 && nationalRepository === undefined && !hasCardSchemeAccount) {
    return fail('missing-tag', '26', 'no merchant account is given (tags 02–51)').error;
  }
  merchantAccounts = merchantAccounts.sort((a, b) => Number(a.tag) - Number(b.tag));
  otherFields.sort((a, b) => Number(a.tag) - Number(b.tag));

  const get = (tag: string): string | undefined => byTag.get(tag);
  const payloadFormatIndicator = get('00')!;
  if (payloadFormatIndicator !== '01') return fail('format', '00', `the payload format indicator must be "01"`).error;
  const initiation = get('01');
  if (initiation !== undefined && initiation !== '11' && initiation !== '12') {
    return fail('format', '01', 'the point of initiation must be "11" (static) or "12" (dynamic)').error;
  }
  const merchantCategoryCode = get('52')!;
  if (!/^\d{4}$/.test(merchantCategoryCode)) return fail('format', '52', 'the merchant category code must be 4 digits').error;
  const transactionCurrency = get('53')!;
  if (!/^\d{3}$/.test(transactionCurrency)) return fail('format', '53', 'the currency must be 3 digits (ISO 4217), such as "360"').error;
  const amountPattern = strict ? STRICT_AMOUNT : LENIENT_AMOUNT;
  for (const tag of ['54', '56']) {
    const amount = get(tag);
    if (amount !== undefined && (!amountPattern.test(amount) || Number(amount) <= 0)) {
      return fail('bad-amount', tag, `${tag === '54' ? 'the amount' : 'the fixed fee'} must be a positive decimal number such as "15000" or "15000.00"`).error;
    }
  }
  const tipCode = get('55');
  const tipIndicator = tipCode === undefined ? undefined : TIP_INDICATORS[tipCode];
  if (tipCode !== undefined && tipIndicator === undefined) return fail('format', '55', 'the tip indicator must be "01", "02" or "03"').error;
  const tipPercentage = get('57');
  if (tipPercentage !== undefined && !/^\d+(?:\.\d+)?$/.test(tipPercentage)) return fail('format', '57', 'the percentage fee must be a decimal number').error;
  if (strict && tipIndicator === 'fixed' && !byTag.has('56')) return fail('missing-tag', '56', 'is missing (the tip indicator says a fixed fee)').error;
  if (strict && tipIndicator === 'percentage' && !byTag.has('57')) return fail('missing-tag', '57', 'is missing (the tip indicator says a percentage fee)').error;
  const countryCode = get('58')!;
  if (!/^[A-Za-z]{2}$/.test(countryCode) || (strict && countryCode !== countryCode.toUpperCase())) {
    return fail('format', '58', 'the country must be 2 letters (ISO 3166-1), such as "ID"').error;
  }

  let additionalData: QrisAdditionalData | undefined;
  const additional = get('62');
  if (additional !== undefined) {
    const read = readAdditionalData(additional, strict);
    if ('reason' in read) return read;
    additionalData = read;
  }

  // Written in the order of QrisData, optional members only when present.
  const data = { payloadFormatIndicator } as Mutable<ReadData>;
  if (initiation !== undefined) data.pointOfInitiation = initiation === '11' ? 'static' : 'dynamic';
  data.merchantAccounts = merchantAccounts;
  if (nationalRepository !== undefined) data.nationalRepository = nationalRepository;
  data.merchantCategoryCode = merchantCategoryCode;
  data.transactionCurrency = transactionCurrency;
  const transactionAmount = get('54');
  if (transactionAmount !== undefined) data.transactionAmount = transactionAmount;
  if (tipIndicator !== undefined) data.tipIndicator = tipIndicator;
  const tipFixed = get('56');
  if (tipFixed !== undefined) data.tipFixed = tipFixed;
  if (tipPercentage !== undefined) data.tipPercentage = tipPercentage;
  data.countryCode = countryCode;
  data.merchantName = get('59')!;
  data.merchantCity = get('60')!;
  const postalCode = get('61');
  if (postalCode !== undefined) data.postalCode = postalCode;
  if (additionalData !== undefined) data.additionalData = additionalData;
  data.otherFields = otherFields;
  return data;
}

const ROOT_NAMES: Readonly<Record<string, string>> = {
  '52': 'the merchant category code',
  '53': 'the currency',
  '58': 'the country',
  '59': 'the merchant name',
  '60': 'the merchant city',
};

/** Root tags this model names outside the merchant account range. */
const KNOWN_ROOT_TAGS = /* @__PURE__ */ new Set(['00', '01', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63']);

function checkValue(tag: string, value: string, [min, max]: readonly [number, number], strict: boolean): QrisError | undefined {
  const count = characterCount(value);
  // Machine-read tags keep their exact lengths in both modes; text tags are free in lenient mode.
  const enforced = strict || min === max || tag === '54' || tag === '56' || tag === '57';
  if (enforced && (count < min || count > max)) {
    const allowed = min === max ? `exactly ${min}` : `${min} to ${max}`;
    return fail('length', tag, `the value has ${count} characters, ${allowed} allowed`).error;
  }
  if (strict && !PRINTABLE_ASCII.test(value)) return fail('format', tag, 'the value must be printable ASCII').error;
  return undefined;
}

function readTemplate(field: QrisField, strict: boolean): Map<string, string> | QrisError {
  const read = readTlv(field.value);
  if (read.problem !== undefined) return failTlv(read.problem, field.tag).error;
  const subFields = new Map<string, string>();
  for (const sub of read.fields) {
    if (subFields.has(sub.tag)) return fail('duplicate-tag', `${field.tag}.${sub.tag}`, 'appears twice').error;
    if (strict && sub.value === '') return fail('length', `${field.tag}.${sub.tag}`, 'the value is empty').error;
    subFields.set(sub.tag, sub.value);
  }
  return subFields;
}

function others(subFields: Map<string, string>, known: (tag: string) => boolean): QrisField[] {
  const found: QrisField[] = [];
  for (const [tag, value] of subFields) if (!known(tag)) found.push({ tag, value });
  return found.length < 2 ? found : found.sort((a, b) => Number(a.tag) - Number(b.tag));
}

/** The limits of a merchant account template's sub-tags: EMVCo's for 00, QRIS's for 01–03. */
const MERCHANT_ACCOUNT_LIMITS: readonly (readonly [string, number, number, RegExp, string])[] = [
  ['00', 1, 32, PRINTABLE_ASCII, 'the globally unique identifier must be printable ASCII'],
  ['01', 1, 19, /^\d*$/, 'the merchant PAN must be digits'],
  ['02', 1, 15, PRINTABLE_ASCII, 'the merchant id must be printable ASCII'],
  ['03', 3, 3, /^[A-Z]*$/, 'the merchant criteria must be 3 uppercase letters, such as "UMI"'],
];

/**
 * Reads a merchant account template. Sub-tag 00 is EMVCo's; 01–03 are QRIS's (PAN, merchant id,
 * criteria), so their limits apply, in strict mode, to Indonesian payloads (tag 58 `ID`) only.
 */
function readMerchantAccount(field: QrisField, strict: boolean, indonesian: boolean): QrisMerchantAccount | QrisError {
  const subFields = readTemplate(field, strict);
  if (!(subFields instanceof Map)) return subFields;
  const globallyUniqueId = subFields.get('00');
  if (globallyUniqueId === undefined) return fail('missing-tag', `${field.tag}.00`, 'is missing (the globally unique identifier)').error;
  const merchantPan = subFields.get('01');
  const merchantId = subFields.get('02');
  const merchantCriteria = subFields.get('03');
  if (strict) {
    const values: Readonly<Record<string, string | undefined>> = { '00': globallyUniqueId, '01': merchantPan, '02': merchantId, '03': merchantCriteria };
    for (const [sub, min, max, pattern, why] of MERCHANT_ACCOUNT_LIMITS) {
      const value = values[sub];
      if (value === undefined || (sub !== '00' && !indonesian)) continue;
      const count = characterCount(value);
      const allowed = min === max ? `exactly ${min}` : `${min} to ${max}`;
      if (count < min || count > max) return fail('length', `${field.tag}.${sub}`, `the value has ${count} characters, ${allowed} allowed`).error;
      if (!pattern.test(value)) return fail('format', `${field.tag}.${sub}`, why).error;
    }
  }
  return {
    tag: field.tag,
    globallyUniqueId,
    ...(merchantPan === undefined ? {} : { merchantPan }),
    ...(merchantId === undefined ? {} : { merchantId }),
    ...(merchantCriteria === undefined ? {} : { merchantCriteria }),
    otherFields: others(subFields, (tag) => tag <= '03'),
  };
}

function readAdditionalData(value: string, strict: boolean): QrisAdditionalData | QrisError {
  const subFields = readTemplate({ tag: '62', value }, strict);
  if (!(subFields instanceof Map)) return subFields;
  const data: Partial<Record<AdditionalDataKey, string>> = {};
  for (const [tag, key, max] of ADDITIONAL_DATA_KEYS) {
    const sub = subFields.get(tag);
    if (sub === undefined) continue;
    if (strict) {
      const count = characterCount(sub);
      if (count > max || (tag === '11' && count !== 3)) return fail('length', `62.${tag}`, `the value has ${count} characters, ${tag === '11' ? 'exactly 3' : `at most ${max}`} allowed`).error;
      if (!PRINTABLE_ASCII.test(sub)) return fail('format', `62.${tag}`, 'the value must be printable ASCII').error;
      if (tag === '09' && !/^[AME]{1,3}$/.test(sub)) return fail('format', '62.09', 'the consumer data request must be letters among A, M and E').error;
    }
    data[key] = sub;
  }
  return { ...data, otherFields: others(subFields, (tag) => tag >= '01' && tag <= '11') };
}
