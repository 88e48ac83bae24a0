import {
  convertRegionCode,
  formatRegionCode,
  getProvince,
  getRegencies,
  getRegency,
  KEMENDAGRI_PROVINCE_CODES,
  parseRegionCode,
  PROVINCES,
  REGENCIES,
  regionCodeSchema,
  searchRegions,
  validate,
} from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

describe('parseRegionCode (Kemendagri)', () => {
  it.each([
    ['18', 'province', '18'],
    ['18.71', 'regency', '18.71'],
    ['1871', 'regency', '18.71'],
    ['18.71.01', 'district', '18.71.01'],
    ['187101', 'district', '18.71.01'],
    ['18.71.01.1001', 'village', '18.71.01.1001'],
    [' 1871011001 ', 'village', '18.71.01.1001'],
  ] as const)('reads %j as a %s code written %j', (input, level, text) => {
    const result = parseRegionCode(input);
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ scheme: 'kemendagri', level, text, province: '18' });
  });

  it('gives every segment and the kinds of regency and village', () => {
    expect(parseRegionCode('18.71.01.1001').value).toEqual({
      scheme: 'kemendagri',
      level: 'village',
      text: '18.71.01.1001',
      province: '18',
      regency: '71',
      regencyKind: 'kota',
      district: '01',
      village: '1001',
      villageKind: 'kelurahan',
    });
    expect(parseRegionCode('18.01.05.2003').value).toMatchObject({ regencyKind: 'kabupaten', villageKind: 'desa' });
    expect(parseRegionCode('31.01').value?.regencyKind).toBe('kabupaten');
  });

  it.each([
    ['', 'empty', undefined],
    ['   ', 'empty', undefined],
    ['18-71', 'format', undefined],
    ['187', 'format', undefined],
    ['18.7', 'format', undefined],
    ['18.71.1', 'format', undefined],
    ['18.71.01.1001.1', 'format', undefined],
    ['18..71', 'format', undefined],
    ['１８', 'format', undefined],
    ['20', 'unknown-province', 'province'],
    ['97.01', 'unknown-province', 'province'],
    ['00', 'unknown-province', 'province'],
    ['18.00', 'bad-regency', 'regency'],
    ['18.70', 'bad-regency', 'regency'],
    ['18.71.00', 'bad-district', 'district'],
    ['18.71.01.0000', 'bad-village', 'village'],
    ['18.71.01.3001', 'bad-village', 'village'],
  ] as const)('refuses %j: %s', (input, reason, segment) => {
    const result = parseRegionCode(input);
    expect(result.ok).toBe(false);
    expect(result.error?.reason).toBe(reason);
    expect(result.error?.segment).toBe(segment);
    expect(result.error?.input).toBe(input);
    expect(result.error?.message).toContain('Kemendagri region code');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d.]{0,14}$/)), (text) => {
        const result = parseRegionCode(text);
        if (result.ok) expect(parseRegionCode(result.value.text).value).toEqual(result.value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseRegionCode (BPS)', () => {
  it('reads 2-, 4-, 7- and 10-digit codes and writes them without dots', () => {
    expect(parseRegionCode('1871010', { scheme: 'bps' }).value).toMatchObject({ scheme: 'bps', level: 'district', district: '010', text: '1871010' });
    expect(parseRegionCode('18.71.010.001', { scheme: 'bps' }).value).toMatchObject({ level: 'village', village: '001', text: '1871010001' });
    expect(parseRegionCode('1871010001', { scheme: 'bps' }).value).not.toHaveProperty('villageKind');
  });

  it('accepts the Papua codes BPS uses and refuses the Kemendagri district shape', () => {
    expect(parseRegionCode('97', { scheme: 'bps' }).ok).toBe(true);
    expect(parseRegionCode('187101', { scheme: 'bps' }).error?.reason).toBe('format');
    expect(parseRegionCode('187101', { scheme: 'bps' }).error?.message).toContain('BPS region code');
  });
});

describe('formatRegionCode', () => {
  it('writes a code, or its ancestor at a higher level', () => {
    const village = parseRegionCode('1871011001');
    if (!village.ok) throw new Error(village.error.message);
    expect(formatRegionCode(village.value)).toBe('18.71.01.1001');
    expect(formatRegionCode(village.value, 'province')).toBe('18');
    expect(formatRegionCode(village.value, 'regency')).toBe('18.71');
    expect(formatRegionCode(village.value, 'district')).toBe('18.71.01');
    expect(formatRegionCode({ scheme: 'bps', province: '18', regency: '71', district: '010' })).toBe('1871010');
    expect(formatRegionCode({ scheme: 'kemendagri', province: '31' }, 'village')).toBe('31');
  });
});

describe('convertRegionCode', () => {
  it('converts provinces outside Papua and the listed regencies', () => {
    const bps = parseRegionCode('1871', { scheme: 'bps' });
    if (!bps.ok) throw new Error(bps.error.message);
    expect(convertRegionCode(bps.value, 'kemendagri').value).toMatchObject({ scheme: 'kemendagri', text: '18.71', level: 'regency' });
    const jakarta = parseRegionCode('31');
    if (!jakarta.ok) throw new Error(jakarta.error.message);
    expect(convertRegionCode(jakarta.value, 'bps').value?.text).toBe('31');
    expect(convertRegionCode(jakarta.value, 'kemendagri').value).toBe(jakarta.value);
  });

  it.each([
    ['18.71.01', 'districts'],
    ['18.71.01.1001', 'villages'],
    ['91', 'Papua'],
    ['32.73', 'not known to be numbered alike'],
  ])('refuses to guess for %s', (code, why) => {
    const parsed = parseRegionCode(code);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const result = convertRegionCode(parsed.value, 'bps');
    expect(result.error?.reason).toBe('not-convertible');
    expect(result.error?.message).toContain(why);
  });
});

describe('region tables', () => {
  it('lists the 38 provinces, each code once, matching the province codes parseRegionCode accepts', () => {
    expect(PROVINCES).toHaveLength(38);
    expect(new Set(PROVINCES.map((province) => province.code)).size).toBe(38);
    expect(PROVINCES.map((province) => province.code)).toEqual(KEMENDAGRI_PROVINCE_CODES);
    expect(getProvince('18')?.name).toBe('Lampung');
    expect(getProvince('31')?.name).toBe('DKI Jakarta');
    expect(getProvince('96')?.name).toBe('Papua Barat Daya');
    expect(getProvince('31.73.01')?.name).toBe('DKI Jakarta');
    expect(getProvince('20')).toBeUndefined();
  });

  it('lists the 15 regencies and cities of Lampung with their official codes', () => {
    expect(getRegencies('18')?.map((regency) => [regency.code, regency.name])).toEqual([
      ['18.01', 'Kabupaten Lampung Selatan'],
      ['18.02', 'Kabupaten Lampung Tengah'],
      ['18.03', 'Kabupaten Lampung Utara'],
      ['18.04', 'Kabupaten Lampung Barat'],
      ['18.05', 'Kabupaten Tulang Bawang'],
      ['18.06', 'Kabupaten Tanggamus'],
      ['18.07', 'Kabupaten Lampung Timur'],
      ['18.08', 'Kabupaten Way Kanan'],
      ['18.09', 'Kabupaten Pesawaran'],
      ['18.10', 'Kabupaten Pringsewu'],
      ['18.11', 'Kabupaten Mesuji'],
      ['18.12', 'Kabupaten Tulang Bawang Barat'],
      ['18.13', 'Kabupaten Pesisir Barat'],
      ['18.71', 'Kota Bandar Lampung'],
      ['18.72', 'Kota Metro'],
    ]);
  });

  it('lists the 6 administrative regions of DKI Jakarta', () => {
    expect(getRegencies('31')?.map((regency) => [regency.code, regency.name, regency.kind])).toEqual([
      ['31.01', 'Kabupaten Administrasi Kepulauan Seribu', 'kabupaten'],
      ['31.71', 'Kota Administrasi Jakarta Selatan', 'kota'],
      ['31.72', 'Kota Administrasi Jakarta Timur', 'kota'],
      ['31.73', 'Kota Administrasi Jakarta Pusat', 'kota'],
      ['31.74', 'Kota Administrasi Jakarta Barat', 'kota'],
      ['31.75', 'Kota Administrasi Jakarta Utara', 'kota'],
    ]);
  });

  it('says "not listed" (undefined) rather than "none" for other provinces', () => {
    expect(getRegencies('32')).toBeUndefined();
    expect(getRegency('32.73')).toBeUndefined();
  });

  it('finds a regency by any code at or below it', () => {
    expect(getRegency('1871')?.shortName).toBe('Bandar Lampung');
    expect(getRegency('18.72.01.1001')?.name).toBe('Kota Metro');
  });

  it('every regency code parses as a regency of its province', () => {
    for (const regency of REGENCIES) {
      const parsed = parseRegionCode(regency.code);
      expect(parsed.value).toMatchObject({ level: 'regency', province: regency.provinceCode, regencyKind: regency.kind });
      expect(validate(regionCodeSchema, regency.code).success).toBe(true);
    }
  });
});

describe('searchRegions', () => {
  it('matches word prefixes, ignoring case, punctuation and kinds', () => {
    expect(searchRegions('jakarta sel').map((match) => match.region.code)).toEqual(['31.71']);
    expect(searchRegions('Kab. Lampung Sel').map((match) => match.region.code)).toEqual(['18.01']);
    expect(searchRegions('kota metro').map((match) => match.region.code)).toEqual(['18.72']);
  });

  it('puts names that start with the query first, and honours the limit', () => {
    const lampung = searchRegions('lampung');
    expect(lampung[0]).toEqual({ level: 'province', region: { code: '18', name: 'Lampung' } });
    expect(lampung.map((match) => match.region.code)).toContain('18.71');
    expect(searchRegions('lampung', 2)).toHaveLength(2);
    expect(searchRegions('  ')).toEqual([]);
    expect(searchRegions('kabupaten')).toEqual([]);
  });
});

describe('regionCodeSchema', () => {
  const located = z.object({ region: regionCodeSchema });

  it('accepts canonical Kemendagri codes at every level', () => {
    for (const region of ['18', '18.71', '18.71.01', '18.71.01.1001']) expect(validate(located, { region }).success).toBe(true);
  });

  it('names the canonical form of a bare-digit code, and the reason of a wrong one', () => {
    const bare = validate(located, { region: '1871' });
    expect(bare.error?.issues[0]).toMatchObject({ path: ['region'], message: '"1871" must be written "18.71"' });
    const wrong = validate(located, { region: '18.70' });
    expect(wrong.error?.issues[0]?.message).toContain('regency "70" is not used');
  });
});
