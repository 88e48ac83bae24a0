/**
 * Lookups in the region tables: a province or regency by code, the regencies of a province, and a
 * search by name.
 *
 * @module
 */
import type { CodecResult } from '../identity/result.ts';
import { convertRegionCodeWith, type RegionCode, type RegionScheme, type RegionSchemeConversionError } from './code.ts';
import { PROVINCES, PROVINCES_WITH_REGENCIES, REGENCIES, type Province, type Regency } from './data.ts';

/**
 * Finds a province by its Kemendagri code.
 *
 * @param code - The 2-digit code, such as `18`; a longer code (`18.71.01`) finds its province.
 * @returns The province, or `undefined` for a code no province has.
 * @example
 * ```ts
 * getProvince('18')?.name; // 'Lampung'
 * getProvince('31.73')?.name; // 'DKI Jakarta'
 * ```
 */
export function getProvince(code: string): Province | undefined {
  const provinceCode = code.trim().slice(0, 2);
  return PROVINCES.find((province) => province.code === provinceCode);
}

/**
 * Finds a regency or city by its Kemendagri code. Only Lampung's and DKI Jakarta's are listed.
 *
 * @param code - The code, such as `18.71` or `1871`; a longer code (`18.71.01`) finds its regency.
 * @returns The regency, or `undefined` when it is not listed.
 * @example
 * ```ts
 * getRegency('18.71')?.name; // 'Kota Bandar Lampung'
 * getRegency('31.01')?.name; // 'Kabupaten Administrasi Kepulauan Seribu'
 * ```
 */
export function getRegency(code: string): Regency | undefined {
  const digits = code.trim().replaceAll('.', '');
  const regencyCode = `${digits.slice(0, 2)}.${digits.slice(2, 4)}`;
  return REGENCIES.find((regency) => regency.code === regencyCode);
}

/**
 * Lists the regencies and cities of a province, in code order.
 *
 * @param provinceCode - The province's code, such as `18`.
 * @returns Its regencies, or `undefined` when the tables do not list this province's regencies
 *   (only Lampung's and DKI Jakarta's are listed), so that "none listed" is never mistaken for
 *   "none".
 * @example
 * ```ts
 * getRegencies('31')?.map((regency) => regency.shortName);
 * // ['Kepulauan Seribu', 'Jakarta Selatan', 'Jakarta Timur', 'Jakarta Pusat', 'Jakarta Barat', 'Jakarta Utara']
 * ```
 */
export function getRegencies(provinceCode: string): readonly Regency[] | undefined {
  const code = provinceCode.trim();
  if (!PROVINCES_WITH_REGENCIES.includes(code)) return undefined;
  return REGENCIES.filter((regency) => regency.provinceCode === code);
}

/** A match of {@link searchRegions}. */
export type RegionMatch =
  | { readonly level: 'province'; readonly region: Province }
  | { readonly level: 'regency'; readonly region: Regency };

/**
 * Finds provinces and regencies whose name contains every word of a query, ignoring case,
 * punctuation and the words `kabupaten`, `kab`, `kota` and `provinsi`. Names that start with the
 * query come first, then the rest by code.
 *
 * @param query - What a person typed, such as `bandar lampung` or `Kab. Lampung Sel`.
 * @param limit - The most matches to return.
 * @example
 * ```ts
 * searchRegions('jakarta sel').map((match) => match.region.code); // ['31.71']
 * ```
 */
export function searchRegions(query: string, limit = 10): RegionMatch[] {
  const words = normalizeName(query).split(' ').filter((word) => word !== '' && !IGNORED_WORDS.has(word));
  if (words.length === 0) return [];
  const candidates: { match: RegionMatch; name: string }[] = [
    ...PROVINCES.map((region) => ({ match: { level: 'province' as const, region }, name: normalizeName(region.name) })),
    ...REGENCIES.map((region) => ({ match: { level: 'regency' as const, region }, name: normalizeName(region.shortName) })),
  ];
  const found = candidates.filter(({ name }) => words.every((word) => name.split(' ').some((part) => part.startsWith(word))));
  const prefix = words.join(' ');
  found.sort((a, b) => Number(!a.name.startsWith(prefix)) - Number(!b.name.startsWith(prefix)));
  return found.slice(0, Math.max(0, limit)).map(({ match }) => match);
}

/**
 * Converts a province or regency code between the Kemendagri and BPS schemes where the two agree:
 * provinces outside Papua, and the regencies of Lampung and DKI Jakarta, which both schemes number
 * alike. Districts and villages (BPS gives districts 3 digits and numbers them apart), Papua's
 * provinces and other regencies fail with `not-convertible` rather than guess.
 *
 * @param code - A parsed code, from {@link parseRegionCode}.
 * @param to - The scheme to convert to.
 * @example
 * ```ts
 * const bps = parseRegionCode('1871', { scheme: 'bps' });
 * if (bps.ok) convertRegionCode(bps.value, 'kemendagri').value?.text; // '18.71'
 * ```
 */
export function convertRegionCode<TTo extends RegionScheme>(
  code: RegionCode,
  to: TTo,
): CodecResult<RegionCode<TTo>, RegionSchemeConversionError> {
  return convertRegionCodeWith(code, to, new Set(REGENCIES.map((regency) => regency.code)));
}

const IGNORED_WORDS = /* @__PURE__ */ new Set(['kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'administrasi', 'adm']);

function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
