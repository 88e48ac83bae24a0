import { formatQris, parseQris, toDynamicQris, type CodecResult, type Qris, type QrisData, type QrisError } from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';

describe('QRIS types', () => {
  it('returns results keyed on ok', () => {
    expectTypeOf(parseQris('')).toEqualTypeOf<CodecResult<Qris, QrisError>>();
    expectTypeOf(formatQris).returns.toEqualTypeOf<CodecResult<string, QrisError>>();
    expectTypeOf(toDynamicQris).returns.toEqualTypeOf<CodecResult<string, QrisError>>();
    const result = parseQris('');
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Qris>();
    else expectTypeOf(result.error.reason).toEqualTypeOf<QrisError['reason']>();
  });

  it('accepts parsed QRIS as data to format, and requires the mandatory fields', () => {
    expectTypeOf<Qris>().toExtend<QrisData>();
    expectTypeOf<{ merchantName: string }>().not.toExtend<QrisData>();
    expectTypeOf(toDynamicQris).parameter(1).toHaveProperty('amount').toEqualTypeOf<number | string>();
    expectTypeOf(toDynamicQris).parameter(0).toEqualTypeOf<string | QrisData>();
  });
});
