// Every NIK here is synthetic: built from a region code, a date and a serial for the test.
import { maskNik, nikSchema, parseNik, validate } from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const NOW = new Date('2026-06-15T00:00:00Z');

describe('parseNik', () => {
  it('reads the region of issue, the birth date, the sex and the serial', () => {
    const result = parseNik('1871014105900001', { now: NOW });
    expect(result).toEqual({
      ok: true,
      value: {
        text: '1871014105900001',
        region: {
          scheme: 'kemendagri',
          level: 'district',
          text: '18.71.01',
          province: '18',
          regency: '71',
          regencyKind: 'kota',
          district: '01',
        },
        province: { code: '18', name: 'Lampung' },
        regency: { code: '18.71', provinceCode: '18', kind: 'kota', name: 'Kota Bandar Lampung', shortName: 'Bandar Lampung' },
        birthDate: '1990-05-01',
        sex: 'female',
        serial: '0001',
      },
    });
  });

  it('reads a man, and a region whose regencies are not listed', () => {
    const result = parseNik('3273021708450123', { now: NOW });
    expect(result.value).toMatchObject({ birthDate: '1945-08-17', sex: 'male', serial: '0123', province: { name: 'Jawa Barat' } });
    expect(result.value).not.toHaveProperty('regency');
    expect(parseNik('3101015212800002', { now: NOW }).value?.regency?.name).toBe('Kabupaten Administrasi Kepulauan Seribu');
  });

  it('ignores blanks, dots and dashes between digits', () => {
    for (const text of ['1871 0141 0590 0001', '18.71.01.410590.0001', '1871-01-410590-0001', ' 1871014105900001\n']) {
      expect(parseNik(text, { now: NOW }).value?.text).toBe('1871014105900001');
    }
  });

  describe('resolves the 2-digit year to the latest year not after `now`', () => {
    it.each([
      ['1871010101260001', '2026-01-01'],
      ['1871011506260001', '2026-06-15'],
      ['1871011606260001', '1926-06-16'],
      ['1871010101270001', '1927-01-01'],
      ['1871010101000001', '2000-01-01'],
      ['1871010101990001', '1999-01-01'],
    ])('%s → %s', (nik, birthDate) => {
      expect(parseNik(nik, { now: NOW }).value?.birthDate).toBe(birthDate);
    });

    it('takes `now` as a number too, and leap years from the resolved century', () => {
      expect(parseNik('1871012902000001', { now: NOW.getTime() }).value?.birthDate).toBe('2000-02-29');
      expect(parseNik('1871012902040001', { now: NOW }).value?.birthDate).toBe('2004-02-29');
      expect(parseNik('1871012902010001', { now: NOW }).error?.reason).toBe('bad-date');
      // From 2101, "00" is 2100, which is not a leap year.
      expect(parseNik('1871012902000001', { now: new Date('2101-01-01T00:00:00Z') }).error?.reason).toBe('bad-date');
    });
  });

  it.each([
    ['', 'empty', undefined],
    [' .- ', 'empty', undefined],
    ['1871O14105900001', 'non-digit', undefined],
    ['187101410590000', 'length', undefined],
    ['18710141059000011', 'length', undefined],
    ['2071014105900001', 'unknown-province', 'province'],
    ['1800014105900001', 'bad-regency', 'regency'],
    ['1870014105900001', 'bad-regency', 'regency'],
    ['1871004105900001', 'bad-district', 'district'],
    ['1871010005900001', 'bad-date', 'birthDate'],
    ['1871013202900001', 'bad-date', 'birthDate'],
    ['1871014002900001', 'bad-date', 'birthDate'],
    ['1871017205900001', 'bad-date', 'birthDate'],
    ['1871013102900001', 'bad-date', 'birthDate'],
    ['1871017102900001', 'bad-date', 'birthDate'],
    ['1871013104900001', 'bad-date', 'birthDate'],
    ['1871010100900001', 'bad-date', 'birthDate'],
    ['1871010113900001', 'bad-date', 'birthDate'],
    ['1871014105900000', 'bad-serial', 'serial'],
  ] as const)('refuses %j: %s', (text, reason, segment) => {
    const result = parseNik(text, { now: NOW });
    expect(result.ok).toBe(false);
    expect(result.error?.reason).toBe(reason);
    expect(result.error?.segment).toBe(segment);
  });

  it('names the segment in the message and never repeats the NIK', () => {
    const result = parseNik('1871017205900001', { now: NOW });
    expect(result.error?.message).toBe('Not a NIK: digits 7–12 (the birth date, day plus 40 for women) have day 72, which is neither 1–31 nor 41–71');
    expect(parseNik('1871013102900001').error?.message).toContain('day 31 of a month that has 28 days');
    for (const text of ['1871014105900000', '2071014105900001', '1871013102900001']) {
      expect(parseNik(text).error?.message).not.toContain(text.slice(4, 12));
    }
  });

  it('never throws on random digits or random text, and a parsed NIK parses again to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{16}$/), fc.string({ maxLength: 40 })), (text) => {
        const result = parseNik(text, { now: NOW });
        if (result.ok) {
          expect(parseNik(result.value.text, { now: NOW }).value).toEqual(result.value);
          expect(result.value.birthDate <= '2026-06-15').toBe(true);
        } else expect(result.error.message).toMatch(/^Not a NIK: /);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every valid generated NIK back to its parts', () => {
    const nik = fc.record({
      region: fc.constantFrom('180101', '187101', '310101', '317305', '327302'),
      year: fc.integer({ min: 1927, max: 2026 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      female: fc.boolean(),
      serial: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(nik, ({ region, year, month, day, female, serial }) => {
        fc.pre(`${year}-${pad(month)}-${pad(day)}` <= '2026-06-15');
        const text = `${region}${pad(female ? day + 40 : day)}${pad(month)}${pad(year % 100)}${String(serial).padStart(4, '0')}`;
        const result = parseNik(text, { now: NOW });
        expect(result.value).toMatchObject({ birthDate: `${year}-${pad(month)}-${pad(day)}`, sex: female ? 'female' : 'male', serial: text.slice(12) });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('maskNik', () => {
  it('keeps the first 4 and last 4 digits', () => {
    expect(maskNik('1871014105900001')).toBe('1871********0001');
    expect(maskNik('1871 0141 0590 0001')).toBe('1871********0001');
  });

  it('masks short or odd input whole or in part, and never throws', () => {
    expect(maskNik('')).toBe('');
    expect(maskNik('12345678')).toBe('********');
    expect(maskNik('123456789')).toBe('1234*6789');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof maskNik(text)).toBe('string');
      }),
    );
  });
});

describe('nikSchema', () => {
  const person = z.object({ nik: nikSchema });

  it('accepts a valid NIK of 16 digits', () => {
    expect(validate(person, { nik: '1871014105900001' }).success).toBe(true);
  });

  it('refuses separators and bad NIKs, without repeating the NIK', () => {
    const spaced = validate(person, { nik: '1871 0141 0590 0001' });
    expect(spaced.error?.issues[0]).toMatchObject({ path: ['nik'], message: 'must be 16 digits without separators' });
    const badDate = validate(person, { nik: '1871013102900001' });
    expect(badDate.error?.issues[0]?.message).toContain('digits 7–12');
    expect(badDate.error?.message).not.toContain('1871013102900001');
  });
});

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
