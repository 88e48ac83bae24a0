import {
  parseNik,
  parsePlate,
  parseRegionCode,
  regionCodeSchema,
  type CodecResult,
  type Nik,
  type NikError,
  type Plate,
  type PlateError,
  type RegionCode,
  type RegionCodeError,
} from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';

describe('region, NIK and plate types', () => {
  it('carries the region scheme in the type', () => {
    expectTypeOf(parseRegionCode('18.71')).toEqualTypeOf<CodecResult<RegionCode<'kemendagri'>, RegionCodeError>>();
    expectTypeOf(parseRegionCode('1871', { scheme: 'bps' })).toEqualTypeOf<CodecResult<RegionCode<'bps'>, RegionCodeError>>();
    expectTypeOf<RegionCode<'bps'>>().not.toExtend<RegionCode<'kemendagri'>>();
    expectTypeOf<Nik['region']>().toEqualTypeOf<RegionCode<'kemendagri'>>();
  });

  it('returns results keyed on ok', () => {
    expectTypeOf(parseNik('')).toEqualTypeOf<CodecResult<Nik, NikError>>();
    expectTypeOf(parsePlate('')).toEqualTypeOf<CodecResult<Plate, PlateError>>();
    const nik = parseNik('');
    if (!nik.ok) expectTypeOf(nik.error.segment).toEqualTypeOf<'province' | 'regency' | 'district' | 'birthDate' | 'serial' | undefined>();
  });

  it('lets region codes sit inside other schemas as strings', () => {
    expectTypeOf(z.object({ region: regionCodeSchema })).toHaveProperty('shape').toEqualTypeOf<{ region: z.ZodMiniString }>();
    expectTypeOf<z.output<typeof regionCodeSchema>>().toEqualTypeOf<string>();
  });
});
