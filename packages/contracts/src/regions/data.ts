/**
 * Region names: the 38 provinces of Indonesia, and the regencies and cities of Lampung and DKI
 * Jakarta, with their Kemendagri codes (Kepmendagri 300.2.2-2138/2025). Names are written as
 * Kemendagri writes them, in title case. No district or village data ships with Gerbang (see
 * ADR 0007).
 *
 * @module
 */

/** A province, as Kemendagri codes and names it. */
export interface Province {
  /** The Kemendagri code: 2 digits, such as `18`. */
  readonly code: string;
  /** The official name, such as `Lampung` or `DKI Jakarta`. */
  readonly name: string;
}

/** A regency (kabupaten) or city (kota), as Kemendagri codes and names it. */
export interface Regency {
  /** The Kemendagri code, such as `18.71`. */
  readonly code: string;
  /** The code of its province, such as `18`. */
  readonly provinceCode: string;
  /** A kabupaten (codes 01–69) or a kota (71–99). */
  readonly kind: 'kabupaten' | 'kota';
  /** The official name with its kind, such as `Kota Bandar Lampung`. */
  readonly name: string;
  /** The name alone, as people say it: `Bandar Lampung`. */
  readonly shortName: string;
}

/** The 38 provinces of Indonesia, by Kemendagri code. */
export const PROVINCES: readonly Province[] = [
  { code: '11', name: 'Aceh' },
  { code: '12', name: 'Sumatera Utara' },
  { code: '13', name: 'Sumatera Barat' },
  { code: '14', name: 'Riau' },
  { code: '15', name: 'Jambi' },
  { code: '16', name: 'Sumatera Selatan' },
  { code: '17', name: 'Bengkulu' },
  { code: '18', name: 'Lampung' },
  { code: '19', name: 'Kepulauan Bangka Belitung' },
  { code: '21', name: 'Kepulauan Riau' },
  { code: '31', name: 'DKI Jakarta' },
  { code: '32', name: 'Jawa Barat' },
  { code: '33', name: 'Jawa Tengah' },
  { code: '34', name: 'Daerah Istimewa Yogyakarta' },
  { code: '35', name: 'Jawa Timur' },
  { code: '36', name: 'Banten' },
  { code: '51', name: 'Bali' },
  { code: '52', name: 'Nusa Tenggara Barat' },
  { code: '53', name: 'Nusa Tenggara Timur' },
  { code: '61', name: 'Kalimantan Barat' },
  { code: '62', name: 'Kalimantan Tengah' },
  { code: '63', name: 'Kalimantan Selatan' },
  { code: '64', name: 'Kalimantan Timur' },
  { code: '65', name: 'Kalimantan Utara' },
  { code: '71', name: 'Sulawesi Utara' },
  { code: '72', name: 'Sulawesi Tengah' },
  { code: '73', name: 'Sulawesi Selatan' },
  { code: '74', name: 'Sulawesi Tenggara' },
  { code: '75', name: 'Gorontalo' },
  { code: '76', name: 'Sulawesi Barat' },
  { code: '81', name: 'Maluku' },
  { code: '82', name: 'Maluku Utara' },
  { code: '91', name: 'Papua' },
  { code: '92', name: 'Papua Barat' },
  { code: '93', name: 'Papua Selatan' },
  { code: '94', name: 'Papua Tengah' },
  { code: '95', name: 'Papua Pegunungan' },
  { code: '96', name: 'Papua Barat Daya' },
];

/** The province codes whose regencies and cities are all listed in {@link REGENCIES}. */
export const PROVINCES_WITH_REGENCIES: readonly string[] = ['18', '31'];

/**
 * The regencies and cities of Lampung (15) and DKI Jakarta (6), by Kemendagri code. DKI's are
 * administrative (not autonomous) regions, hence `Kabupaten Administrasi` and `Kota Administrasi`.
 */
export const REGENCIES: readonly Regency[] = [
  regency('18.01', 'Lampung Selatan'),
  regency('18.02', 'Lampung Tengah'),
  regency('18.03', 'Lampung Utara'),
  regency('18.04', 'Lampung Barat'),
  regency('18.05', 'Tulang Bawang'),
  regency('18.06', 'Tanggamus'),
  regency('18.07', 'Lampung Timur'),
  regency('18.08', 'Way Kanan'),
  regency('18.09', 'Pesawaran'),
  regency('18.10', 'Pringsewu'),
  regency('18.11', 'Mesuji'),
  regency('18.12', 'Tulang Bawang Barat'),
  regency('18.13', 'Pesisir Barat'),
  regency('18.71', 'Bandar Lampung'),
  regency('18.72', 'Metro'),
  regency('31.01', 'Kepulauan Seribu', 'Administrasi '),
  regency('31.71', 'Jakarta Selatan', 'Administrasi '),
  regency('31.72', 'Jakarta Timur', 'Administrasi '),
  regency('31.73', 'Jakarta Pusat', 'Administrasi '),
  regency('31.74', 'Jakarta Barat', 'Administrasi '),
  regency('31.75', 'Jakarta Utara', 'Administrasi '),
];

/*@__NO_SIDE_EFFECTS__*/
function regency(code: string, shortName: string, qualifier = ''): Regency {
  const kind = code.slice(3) < '70' ? 'kabupaten' : 'kota';
  return {
    code,
    provinceCode: code.slice(0, 2),
    kind,
    name: `${kind === 'kabupaten' ? 'Kabupaten' : 'Kota'} ${qualifier}${shortName}`,
    shortName,
  };
}
