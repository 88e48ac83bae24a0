import { getProvince, parsePlate, PLATE_AREAS, plateSchema, PROVINCES, validate } from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

describe('parsePlate', () => {
  it('reads a Lampung plate', () => {
    expect(parsePlate('BE 1234 AB')).toEqual({
      ok: true,
      value: {
        area: 'BE',
        number: 1234,
        suffix: 'AB',
        text: 'BE 1234 AB',
        areaDescription: 'Lampung',
        regions: [{ level: 'province', code: '18', name: 'Lampung' }],
        legacy: false,
      },
    });
  });

  it.each([
    ['b1234xyz', 'B 1234 XYZ'],
    ['B 1', 'B 1'],
    ['  be   1234   ab ', 'BE 1234 AB'],
    ['BE-1234-AB', 'BE 1234 AB'],
    ['ad9999a', 'AD 9999 A'],
    ['Z 10', 'Z 10'],
  ])('tolerates spacing and case: %j → %j', (text, written) => {
    expect(parsePlate(text).value?.text).toBe(written);
  });

  it('maps B to DKI Jakarta and to Depok, Bekasi and Tangerang', () => {
    const regions = parsePlate('B 1234 XYZ').value?.regions;
    expect(regions?.map((region) => `${region.code} ${region.name}`)).toEqual([
      '31 DKI Jakarta',
      '32.16 Kabupaten Bekasi',
      '32.75 Kota Bekasi',
      '32.76 Kota Depok',
      '36.03 Kabupaten Tangerang',
      '36.71 Kota Tangerang',
      '36.74 Kota Tangerang Selatan',
    ]);
  });

  it('maps the older Papua codes to the provinces formed from them, and marks legacy codes', () => {
    expect(parsePlate('PA 1234 AB').value?.regions.map((region) => region.name)).toEqual(['Papua', 'Papua Selatan', 'Papua Tengah', 'Papua Pegunungan']);
    expect(parsePlate('PB 12').value?.regions.map((region) => region.code)).toEqual(['92', '96']);
    expect(parsePlate('DS 12').value?.legacy).toBe(true);
  });

  it('knows every area code of Perpol 7/2021, each mapped to known provinces', () => {
    const codes = Object.keys(PLATE_AREAS).sort();
    for (const expected of ['A', 'B', 'D', 'E', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W', 'Z', 'AA', 'AB', 'AD', 'AE', 'AG']) {
      expect(codes).toContain(expected);
    }
    for (const expected of ['BA', 'BB', 'BD', 'BE', 'BG', 'BH', 'BK', 'BL', 'BM', 'BN', 'BP', 'DA', 'DB', 'DC', 'DD', 'DE', 'DG', 'DH', 'DK', 'DL', 'DM', 'DN', 'DP', 'DR', 'DT', 'DW']) {
      expect(codes).toContain(expected);
    }
    for (const expected of ['EA', 'EB', 'ED', 'KB', 'KH', 'KT', 'KU', 'PA', 'PB']) expect(codes).toContain(expected);
    for (const entry of Object.values(PLATE_AREAS)) {
      for (const code of entry.provinces) expect(getProvince(code)?.code).toBe(code);
    }
    // Every province has at least one area code.
    const covered = new Set(Object.values(PLATE_AREAS).flatMap((entry) => entry.provinces));
    expect(PROVINCES.filter((province) => !covered.has(province.code))).toEqual([]);
  });

  it.each([
    ['', 'empty', undefined],
    ['   ', 'empty', undefined],
    ['1234', 'format', undefined],
    ['BE', 'format', undefined],
    ['BE 12 34 AB', 'format', undefined],
    ['BE 1234 AB 5', 'format', undefined],
    ['BE_1234', 'format', undefined],
    ['BÉ 1234', 'format', undefined],
    ['XX 1234 AB', 'unknown-area', 'area'],
    ['ABC 1234', 'unknown-area', 'area'],
    ['C 1', 'unknown-area', 'area'],
    ['BE 0', 'bad-number', 'number'],
    ['BE 0123 AB', 'bad-number', 'number'],
    ['BE 12345 AB', 'bad-number', 'number'],
    ['BE 1234 ABCD', 'bad-suffix', 'suffix'],
  ] as const)('refuses %j: %s', (text, reason, segment) => {
    const result = parsePlate(text);
    expect(result.ok).toBe(false);
    expect(result.error?.reason).toBe(reason);
    expect(result.error?.segment).toBe(segment);
    expect(result.error?.input).toBe(text);
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z]{0,3} ?\d{0,5} ?[A-Za-z]{0,4}$/)), (text) => {
        const result = parsePlate(text);
        if (result.ok) expect(parsePlate(result.value.text).value).toEqual(result.value);
        else expect(result.error.message).toContain('is not a vehicle plate');
      }),
      { numRuns: 5000 },
    );
  });

  it('reads back every valid generated plate, however it is spaced and cased', () => {
    const plate = fc.record({
      area: fc.constantFrom(...Object.keys(PLATE_AREAS)),
      number: fc.integer({ min: 1, max: 9999 }),
      suffix: fc.stringMatching(/^[A-Z]{0,3}$/),
      lower: fc.boolean(),
      gap: fc.constantFrom('', ' ', '  ', '-'),
    });
    fc.assert(
      fc.property(plate, ({ area, number, suffix, lower, gap }) => {
        const typed = `${area}${gap}${number}${suffix === '' ? '' : gap}${suffix}`;
        const result = parsePlate(lower ? typed.toLowerCase() : typed);
        expect(result.value).toMatchObject({ area, number, suffix, text: suffix === '' ? `${area} ${number}` : `${area} ${number} ${suffix}` });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('plateSchema', () => {
  const vehicle = z.object({ plate: plateSchema });

  it('accepts a plate in its written form and names the written form of any other', () => {
    expect(validate(vehicle, { plate: 'BE 1234 AB' }).success).toBe(true);
    expect(validate(vehicle, { plate: 'be1234ab' }).error?.issues[0]).toMatchObject({
      path: ['plate'],
      message: '"be1234ab" must be written "BE 1234 AB"',
    });
    expect(validate(vehicle, { plate: 'XX 1' }).error?.issues[0]?.message).toContain('"XX" is not an area code');
  });
});
