/**
 * The area codes of Indonesian vehicle plates (tanda nomor kendaraan bermotor), from the annex of
 * Perpol 7/2021, with the Kemendagri codes of the provinces (or, for `B`, the regencies outside
 * Jakarta) each one covers.
 *
 * @module
 */

/** What an area code covers: provinces, and regencies where it covers only part of a province. */
export interface PlateAreaEntry {
  /** Where the area is, in Indonesian, as people name it: `Lampung`, `Madiun, Ngawi, ...`. */
  readonly description: string;
  /** The Kemendagri codes of the provinces the area covers in full or in part. */
  readonly provinces: readonly string[];
  /**
   * The Kemendagri codes of regencies covered outside those provinces: `B` covers DKI Jakarta and
   * Depok, Bekasi and Tangerang in Jawa Barat and Banten.
   */
  readonly regencies?: readonly string[];
  /** An older code still seen on the road, no longer issued. */
  readonly legacy?: true;
}

/**
 * Every plate area code in use, by code. `PA` and `PB` also cover the provinces formed from Papua
 * and Papua Barat in 2022, where plates issued before then stay valid until they are renewed.
 */
export const PLATE_AREAS: Readonly<Record<string, PlateAreaEntry>> = {
  // Sumatera
  BL: { description: 'Aceh', provinces: ['11'] },
  BB: { description: 'Sumatera Utara bagian barat (Tapanuli)', provinces: ['12'] },
  BK: { description: 'Sumatera Utara bagian timur (Medan)', provinces: ['12'] },
  BA: { description: 'Sumatera Barat', provinces: ['13'] },
  BM: { description: 'Riau', provinces: ['14'] },
  BH: { description: 'Jambi', provinces: ['15'] },
  BG: { description: 'Sumatera Selatan', provinces: ['16'] },
  BD: { description: 'Bengkulu', provinces: ['17'] },
  BE: { description: 'Lampung', provinces: ['18'] },
  BN: { description: 'Kepulauan Bangka Belitung', provinces: ['19'] },
  BP: { description: 'Kepulauan Riau', provinces: ['21'] },
  // Jawa
  B: {
    description: 'DKI Jakarta, Depok, Bekasi dan Tangerang Raya',
    provinces: ['31'],
    regencies: ['32.16', '32.75', '32.76', '36.03', '36.71', '36.74'],
  },
  A: { description: 'Banten (Serang, Pandeglang, Lebak, Cilegon)', provinces: ['36'] },
  D: { description: 'Bandung Raya (Bandung, Bandung Barat, Cimahi)', provinces: ['32'] },
  E: { description: 'Cirebon, Indramayu, Majalengka, Kuningan', provinces: ['32'] },
  F: { description: 'Bogor, Sukabumi, Cianjur', provinces: ['32'] },
  T: { description: 'Purwakarta, Karawang, Subang', provinces: ['32'] },
  Z: { description: 'Garut, Tasikmalaya, Sumedang, Ciamis, Pangandaran, Banjar', provinces: ['32'] },
  G: { description: 'Pekalongan, Tegal, Brebes, Batang, Pemalang', provinces: ['33'] },
  H: { description: 'Semarang, Salatiga, Kendal, Demak', provinces: ['33'] },
  K: { description: 'Pati, Kudus, Jepara, Rembang, Blora, Grobogan', provinces: ['33'] },
  R: { description: 'Banyumas, Cilacap, Purbalingga, Banjarnegara', provinces: ['33'] },
  AA: { description: 'Magelang, Purworejo, Kebumen, Temanggung, Wonosobo', provinces: ['33'] },
  AD: { description: 'Surakarta, Sukoharjo, Boyolali, Klaten, Wonogiri, Karanganyar, Sragen', provinces: ['33'] },
  AB: { description: 'Daerah Istimewa Yogyakarta', provinces: ['34'] },
  L: { description: 'Surabaya', provinces: ['35'] },
  M: { description: 'Madura (Bangkalan, Sampang, Pamekasan, Sumenep)', provinces: ['35'] },
  N: { description: 'Malang, Batu, Pasuruan, Probolinggo, Lumajang', provinces: ['35'] },
  P: { description: 'Besuki (Jember, Banyuwangi, Bondowoso, Situbondo)', provinces: ['35'] },
  S: { description: 'Bojonegoro, Tuban, Lamongan, Mojokerto, Jombang', provinces: ['35'] },
  W: { description: 'Sidoarjo, Gresik', provinces: ['35'] },
  AE: { description: 'Madiun, Ngawi, Magetan, Ponorogo, Pacitan', provinces: ['35'] },
  AG: { description: 'Kediri, Blitar, Tulungagung, Nganjuk, Trenggalek', provinces: ['35'] },
  // Bali and Nusa Tenggara
  DK: { description: 'Bali', provinces: ['51'] },
  DR: { description: 'Lombok', provinces: ['52'] },
  EA: { description: 'Sumbawa (Sumbawa, Sumbawa Barat, Dompu, Bima)', provinces: ['52'] },
  DH: { description: 'Timor, Rote, Sabu, Alor', provinces: ['53'] },
  EB: { description: 'Flores dan Lembata', provinces: ['53'] },
  ED: { description: 'Sumba', provinces: ['53'] },
  // Kalimantan
  KB: { description: 'Kalimantan Barat', provinces: ['61'] },
  KH: { description: 'Kalimantan Tengah', provinces: ['62'] },
  DA: { description: 'Kalimantan Selatan', provinces: ['63'] },
  KT: { description: 'Kalimantan Timur', provinces: ['64'] },
  KU: { description: 'Kalimantan Utara', provinces: ['65'] },
  // Sulawesi
  DB: { description: 'Sulawesi Utara daratan (Manado, Minahasa, Bolaang Mongondow)', provinces: ['71'] },
  DL: { description: 'Kepulauan Sangihe, Talaud, Siau Tagulandang Biaro', provinces: ['71'] },
  DN: { description: 'Sulawesi Tengah', provinces: ['72'] },
  DD: { description: 'Sulawesi Selatan bagian selatan (Makassar)', provinces: ['73'] },
  DP: { description: 'Sulawesi Selatan bagian utara (Parepare)', provinces: ['73'] },
  DW: { description: 'Bone, Soppeng, Wajo', provinces: ['73'] },
  DT: { description: 'Sulawesi Tenggara', provinces: ['74'] },
  DM: { description: 'Gorontalo', provinces: ['75'] },
  DC: { description: 'Sulawesi Barat', provinces: ['76'] },
  // Maluku and Papua
  DE: { description: 'Maluku', provinces: ['81'] },
  DG: { description: 'Maluku Utara', provinces: ['82'] },
  PA: { description: 'Papua, dan provinsi hasil pemekarannya (2022)', provinces: ['91', '93', '94', '95'] },
  PB: { description: 'Papua Barat, dan Papua Barat Daya hasil pemekarannya (2022)', provinces: ['92', '96'] },
  PS: { description: 'Papua Selatan', provinces: ['93'] },
  PT: { description: 'Papua Tengah', provinces: ['94'] },
  PG: { description: 'Papua Pegunungan', provinces: ['95'] },
  PY: { description: 'Papua Barat Daya', provinces: ['96'] },
  DS: { description: 'Papua (kode lama, diganti PA)', provinces: ['91'], legacy: true },
};

/**
 * The names of the regencies that plate areas cover outside the provinces they list, which the
 * regency table (Lampung and DKI Jakarta only) does not hold.
 */
export const PLATE_REGENCY_NAMES: Readonly<Record<string, string>> = {
  '32.16': 'Kabupaten Bekasi',
  '32.75': 'Kota Bekasi',
  '32.76': 'Kota Depok',
  '36.03': 'Kabupaten Tangerang',
  '36.71': 'Kota Tangerang',
  '36.74': 'Kota Tangerang Selatan',
};
