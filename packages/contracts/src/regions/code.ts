/**
 * Indonesian region codes: the Kemendagri codes that NIK, BMKG and most government systems use
 * (`18`, `18.71`, `18.71.01`, `18.71.01.1001`), and the BPS statistical codes (`18`, `1871`,
 * `1871010`, `1871010001`), which differ from them below the regency and for Papua. A parsed code
 * always says which scheme it belongs to.
 *
 * This file holds no region names, so that parsing a code does not pull the name tables into a
 * bundle; the names live in `data.ts`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { textOf, type CodecResult } from '../identity/result.ts';
import { quoteValue, rule } from '../validation.ts';

/** The coding scheme of a region code: Kemendagri (administrative) or BPS (statistical). */
export type RegionScheme = 'kemendagri' | 'bps';

/** The level of a region: province, regency or city, district (kecamatan), village. */
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

/** The levels from the top, in order. */
export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

/**
 * A parsed region code. The segments are the digits of each level (`province: '18'`,
 * `regency: '71'`), present down to `level`; `text` is the whole code in the canonical form of its
 * scheme (`18.71.01.1001` for Kemendagri, `1871010001` for BPS).
 *
 * @typeParam TScheme - The scheme, so that a Kemendagri code cannot be passed where a BPS one is
 *   expected.
 */
export interface RegionCode<TScheme extends RegionScheme = RegionScheme> {
  /** Which scheme the code belongs to. */
  readonly scheme: TScheme;
  /** The deepest level the code names. */
  readonly level: RegionLevel;
  /** The canonical text of the code, such as `18.71`. */
  readonly text: string;
  /** The province segment: 2 digits, such as `18`. */
  readonly province: string;
  /** The regency or city segment: 2 digits, such as `71`. */
  readonly regency?: string;
  /** The district segment: 2 digits (Kemendagri) or 3 (BPS). */
  readonly district?: string;
  /** The village segment: 4 digits (Kemendagri) or 3 (BPS). */
  readonly village?: string;
  /** For a regency: a kabupaten (codes 01–69) or a kota (71–99). */
  readonly regencyKind?: 'kabupaten' | 'kota';
  /** For a Kemendagri village: a kelurahan (first digit 1) or a desa (first digit 2). */
  readonly villageKind?: 'kelurahan' | 'desa';
}

/** The segments of a region code, which {@link formatRegionCode} writes. */
export interface RegionCodeParts {
  /** The scheme, which decides the separator. */
  readonly scheme: RegionScheme;
  /** The province segment, such as `18`. */
  readonly province: string;
  /** The regency segment, such as `71`. */
  readonly regency?: string | undefined;
  /** The district segment. */
  readonly district?: string | undefined;
  /** The village segment. */
  readonly village?: string | undefined;
}

/** Why a text is not a region code. */
export type RegionCodeFailureReason =
  /** Nothing but blanks. */
  | 'empty'
  /** Not digits in the shape of the scheme, such as `18-71` or `187`. */
  | 'format'
  /** The province segment names no province of the scheme. */
  | 'unknown-province'
  /** The regency segment is `00` or `70`. */
  | 'bad-regency'
  /** The district segment is all zeros. */
  | 'bad-district'
  /** The village segment is all zeros, or a Kemendagri village does not start with 1 or 2. */
  | 'bad-village';

/** The failure of {@link parseRegionCode}. */
export interface RegionCodeError {
  /** Why the text is not a region code. */
  readonly reason: RegionCodeFailureReason;
  /** The level of the segment at fault, when one is. */
  readonly segment?: RegionLevel;
  /** The text as given. */
  readonly input: string;
  /** A sentence for people, naming the scheme and an example of the expected form. */
  readonly message: string;
}

/** Options of {@link parseRegionCode}. */
export interface ParseRegionCodeOptions<TScheme extends RegionScheme = 'kemendagri'> {
  /**
   * The scheme the text is written in.
   * @default 'kemendagri'
   */
  scheme?: TScheme;
}

/**
 * The Kemendagri province codes (Kepmendagri 300.2.2-2138/2025): 38 provinces. Papua's provinces
 * are 91 Papua, 92 Papua Barat, 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan and 96 Papua
 * Barat Daya.
 */
export const KEMENDAGRI_PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76',
  '81', '82', '91', '92', '93', '94', '95', '96',
]; // prettier-ignore

/** Whether BPS numbers a province as Kemendagri does: all do but Papua's, which BPS numbers apart. */
const isSharedProvince = (code: string): boolean => code < '91' && KEMENDAGRI_PROVINCE_CODES.includes(code);

interface SchemeShape {
  /** The length of each segment, from the province down. */
  readonly lengths: readonly [2, 2, number, number];
  readonly example: string;
}

const SHAPES: Record<RegionScheme, SchemeShape> = {
  kemendagri: { lengths: [2, 2, 2, 4], example: '"18", "18.71", "18.71.01" or "18.71.01.1001"' },
  bps: { lengths: [2, 2, 3, 3], example: '"18", "1871", "1871010" or "1871010001"' },
};

/**
 * Reads a region code at any level. Kemendagri codes may be written with dots (`18.71.01`) or as
 * bare digits (`187101`); BPS codes as bare digits (`1871010`), or with dots between segments.
 * Blanks around the code are ignored. Never throws.
 *
 * The province must exist in the scheme (the 38 Kemendagri provinces; for BPS, the same codes
 * outside Papua and 91–97 for Papua's). Regency `00` and `70`, all-zero districts and villages,
 * and Kemendagri villages that start with neither 1 (kelurahan) nor 2 (desa) are refused.
 *
 * @param text - The code, such as `18.71.01.1001`.
 * @param options - The scheme, Kemendagri by default.
 * @example
 * ```ts
 * const result = parseRegionCode('18.71.01.1001');
 * if (result.ok) result.value; // { scheme: 'kemendagri', level: 'village', province: '18', regency: '71', ... }
 * parseRegionCode('18.70').error?.reason; // 'bad-regency'
 * parseRegionCode('1871010', { scheme: 'bps' }).value?.level; // 'district'
 * ```
 */
export function parseRegionCode<TScheme extends RegionScheme = 'kemendagri'>(
  text: string,
  options: ParseRegionCodeOptions<TScheme> = {},
): CodecResult<RegionCode<TScheme>, RegionCodeError> {
  const scheme = (options.scheme ?? 'kemendagri') as TScheme;
  const input = textOf(text);
  const trimmed = input.trim();
  const { lengths, example } = SHAPES[scheme];
  const fail = (reason: RegionCodeFailureReason, why: string, segment?: RegionLevel) =>
    ({
      ok: false,
      error: {
        reason,
        ...(segment === undefined ? {} : { segment }),
        input,
        message: `${quoteValue(input)} is not a ${scheme === 'bps' ? 'BPS' : 'Kemendagri'} region code: ${why} (expected ${example})`,
      },
    }) as const;
  if (trimmed === '') return fail('empty', 'it is empty');

  const segments = splitSegments(trimmed, lengths);
  if (segments === undefined) return fail('format', 'it is not digits in the shape of a code at some level');

  const [province, regency, district, village] = segments;
  const provinceKnown =
    scheme === 'kemendagri' ? KEMENDAGRI_PROVINCE_CODES.includes(province) : isSharedProvince(province) || /^9[1-7]$/.test(province);
  if (!provinceKnown) return fail('unknown-province', `no province has the code "${province}"`, 'province');
  if (regency !== undefined && (regency === '00' || regency === '70')) {
    return fail('bad-regency', `regency "${regency}" is not used (01–69 are kabupaten, 71–99 kota)`, 'regency');
  }
  if (district !== undefined && /^0+$/.test(district)) return fail('bad-district', `district "${district}" is all zeros`, 'district');
  if (village !== undefined) {
    if (/^0+$/.test(village)) return fail('bad-village', `village "${village}" is all zeros`, 'village');
    if (scheme === 'kemendagri' && village[0] !== '1' && village[0] !== '2') {
      return fail('bad-village', `village "${village}" starts with neither 1 (kelurahan) nor 2 (desa)`, 'village');
    }
  }
  return { ok: true, value: buildRegionCode(scheme, segments) };
}

/**
 * Writes a region code in the canonical form of its scheme, optionally cut to a higher level:
 * this is how to get the province or regency of a village code.
 *
 * @param code - A parsed code, or its segments (`{ scheme: 'kemendagri', province: '18', regency: '71' }`).
 * @param level - The level to write, at most the code's own; by default the code's own.
 * @example
 * ```ts
 * const village = parseRegionCode('1871011001');
 * if (village.ok) {
 *   formatRegionCode(village.value); // '18.71.01.1001'
 *   formatRegionCode(village.value, 'regency'); // '18.71'
 * }
 * ```
 */
export function formatRegionCode(code: RegionCodeParts, level?: RegionLevel): string {
  const segments = [code.province, code.regency, code.district, code.village];
  const depth = level === undefined ? REGION_LEVELS.length : REGION_LEVELS.indexOf(level) + 1;
  const present: string[] = [];
  for (const segment of segments.slice(0, depth)) {
    if (segment === undefined) break;
    present.push(segment);
  }
  return present.join(code.scheme === 'bps' ? '' : '.');
}

/** Why a code cannot be converted to the other scheme. */
export interface RegionSchemeConversionError {
  /** Always `not-convertible`: the schemes number this region differently. */
  readonly reason: 'not-convertible';
  /** The code as given. */
  readonly input: string;
  /** Which level or province makes the conversion ill-defined. */
  readonly message: string;
}

/**
 * Converts a province or regency code between the Kemendagri and BPS schemes, where the two are
 * known to agree: provinces outside Papua, and the regencies listed in `REGENCIES` (which use the
 * same numbers in both). Districts and villages (numbered differently), Papua's provinces and
 * unlisted regencies fail with `not-convertible` rather than guess.
 *
 * @param code - A parsed code in either scheme.
 * @param to - The scheme to convert to.
 * @param sharedRegencies - The full regency codes (`18.71`) known to be numbered alike in both.
 * @internal
 */
export function convertRegionCodeWith<TTo extends RegionScheme>(
  code: RegionCode,
  to: TTo,
  sharedRegencies: ReadonlySet<string>,
): CodecResult<RegionCode<TTo>, RegionSchemeConversionError> {
  const fail = (why: string) =>
    ({ ok: false, error: { reason: 'not-convertible', input: code.text, message: `${quoteValue(code.text)} cannot be converted to ${to}: ${why}` } }) as const;
  if (code.scheme === to) return { ok: true, value: code as RegionCode<TTo> };
  if (code.level === 'district' || code.level === 'village') return fail(`the schemes number ${code.level === 'district' ? 'districts' : 'villages'} differently`);
  if (!isSharedProvince(code.province)) return fail(`the schemes number Papua's provinces differently`);
  if (code.regency !== undefined && !sharedRegencies.has(`${code.province}.${code.regency}`)) {
    return fail('this regency is not known to be numbered alike in both schemes');
  }
  return { ok: true, value: buildRegionCode(to, [code.province, code.regency, undefined, undefined]) };
}

/**
 * A Kemendagri region code at any level, in its canonical dotted form: `18`, `18.71`, `18.71.01`,
 * `18.71.01.1001`. Use it for region fields of contracts; the message of a bare-digit code names
 * its dotted form.
 *
 * @example
 * ```ts
 * const located = z.object({ region: regionCodeSchema });
 * validate(located, { region: '18.71' }).success; // true
 * ```
 */
export const regionCodeSchema: z.ZodMiniString = /* @__PURE__ */ createRegionCodeSchema();

/*@__NO_SIDE_EFFECTS__*/
function createRegionCodeSchema(): z.ZodMiniString {
  return z.string().check(rule(explainBadRegionCode));
}

function explainBadRegionCode(value: string): string | undefined {
  const result = parseRegionCode(value);
  if (!result.ok) return result.error.message;
  return result.value.text === value ? undefined : `${quoteValue(value)} must be written ${quoteValue(result.value.text)}`;
}

// ---------------------------------------------------------------------------------------------
// internals

type Segments = readonly [string, string | undefined, string | undefined, string | undefined];

function splitSegments(text: string, lengths: SchemeShape['lengths']): Segments | undefined {
  const parts = text.includes('.') ? text.split('.') : splitDigits(text, lengths);
  if (parts === undefined || parts.length > 4) return undefined;
  for (const [index, part] of parts.entries()) {
    if (part.length !== lengths[index] || !/^\d+$/.test(part)) return undefined;
  }
  return [parts[0]!, parts[1], parts[2], parts[3]];
}

function splitDigits(text: string, lengths: SchemeShape['lengths']): string[] | undefined {
  const parts: string[] = [];
  let at = 0;
  for (const length of lengths) {
    if (at === text.length) break;
    parts.push(text.slice(at, at + length));
    at += length;
  }
  return at === text.length ? parts : undefined;
}

function buildRegionCode<TScheme extends RegionScheme>(scheme: TScheme, segments: Segments): RegionCode<TScheme> {
  const [province, regency, district, village] = segments;
  const level = REGION_LEVELS[[province, regency, district, village].filter((segment) => segment !== undefined).length - 1] ?? 'province';
  return {
    scheme,
    level,
    text: formatRegionCode({ scheme, province, regency, district, village }),
    province,
    ...(regency === undefined ? {} : { regency, regencyKind: regency < '70' ? 'kabupaten' : 'kota' }),
    ...(district === undefined ? {} : { district }),
    ...(village === undefined ? {} : { village }),
    ...(village === undefined || scheme === 'bps' ? {} : { villageKind: village.startsWith('1') ? 'kelurahan' : 'desa' }),
  };
}

