import { formatQris, parseQris, type QrisAdditionalData, type QrisData, type QrisField, type QrisMerchantAccount, type QrisMode } from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const printable = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), minLength, maxLength });
/** Any Unicode text, for lenient mode: astral characters count as one, as TLV lengths do. */
const unicode = (minLength: number, maxLength: number) => fc.string({ unit: 'binary', minLength, maxLength });
const charOf = (chars: string) => fc.constantFrom(...chars.split(''));
const digits = (minLength: number, maxLength: number) => fc.string({ unit: charOf('0123456789'), minLength, maxLength });
const letters = (chars: string, minLength: number, maxLength: number) => fc.string({ unit: charOf(chars), minLength, maxLength });
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const amount = fc
  .tuple(fc.integer({ min: 1, max: 9_999_999_999 }), fc.constantFrom('', '.5', '.05', '.50', '.99'))
  .map(([whole, decimals]) => `${whole}${decimals}`);

/** Distinct 2-digit tags between `min` and `max`, ascending. */
const tags = (min: number, max: number, maxLength: number) =>
  fc.uniqueArray(fc.integer({ min, max }), { maxLength }).map((numbers) => numbers.sort((a, b) => a - b).map((n) => String(n).padStart(2, '0')));

const otherFields = (min: number, max: number, maxLength: number, text = printable(1, 10)): fc.Arbitrary<QrisField[]> =>
  tags(min, max, maxLength).chain((chosen) => fc.tuple(...chosen.map((tag) => text.map((value) => ({ tag, value })))));

function merchantAccount(tag: string): fc.Arbitrary<QrisMerchantAccount> {
  return fc
    .record(
      {
        globallyUniqueId: printable(1, 32),
        merchantPan: digits(1, 19),
        merchantId: printable(1, 15),
        merchantCriteria: letters(UPPER, 3, 3),
        otherFields: otherFields(4, 99, 1),
      },
      { requiredKeys: ['globallyUniqueId', 'otherFields'] },
    )
    .map((account) => ({ tag, ...account }));
}

const additionalData: fc.Arbitrary<QrisAdditionalData> = fc.record(
  {
    billNumber: printable(1, 20),
    referenceLabel: printable(1, 20),
    terminalLabel: printable(1, 8),
    additionalConsumerDataRequest: letters('AME', 1, 3),
    merchantChannel: digits(3, 3),
    otherFields: otherFields(12, 99, 1),
  },
  { requiredKeys: ['otherFields'] },
);

const tip = fc.oneof(
  fc.constant({}),
  fc.constant({ tipIndicator: 'prompt' as const }),
  amount.map((tipFixed) => ({ tipIndicator: 'fixed' as const, tipFixed })),
  fc.integer({ min: 1, max: 999 }).map((tenths) => String(tenths / 10)).map((tipPercentage) => ({ tipIndicator: 'percentage' as const, tipPercentage })),
);

/** Valid QRIS data in strict mode (or, with `lenient`, with free text in names and unknown tags). */
function qrisData(mode: QrisMode): fc.Arbitrary<QrisData> {
  const text = (max: number) => (mode === 'strict' ? printable(1, max) : unicode(1, max === 25 ? 60 : max));
  return fc
    .record(
      {
        pointOfInitiation: fc.constantFrom('static' as const, 'dynamic' as const),
        merchantAccounts: tags(26, 50, 3).chain((chosen) => fc.tuple(...chosen.map(merchantAccount))),
        nationalRepository: merchantAccount('51'),
        merchantCategoryCode: digits(4, 4),
        transactionCurrency: fc.constantFrom('360', '156', '840'),
        transactionAmount: amount,
        tip,
        countryCode: letters(UPPER, 2, 2),
        merchantName: text(25),
        merchantCity: text(15),
        postalCode: printable(1, 10),
        additionalData,
        otherFields: otherFields(64, 99, 2, mode === 'strict' ? printable(1, 20) : unicode(1, 20)),
      },
      { requiredKeys: ['pointOfInitiation', 'merchantAccounts', 'merchantCategoryCode', 'transactionCurrency', 'tip', 'countryCode', 'merchantName', 'merchantCity', 'otherFields'] },
    )
    .map(({ tip: tipFields, ...data }) => ({ payloadFormatIndicator: '01', ...data, ...tipFields }))
    .filter((data) => data.merchantAccounts.length > 0 || data.nationalRepository !== undefined);
}

describe.each(['strict', 'lenient'] as const)('QRIS properties (%s)', (mode) => {
  it('format then parse gives back the same data', () => {
    fc.assert(
      fc.property(qrisData(mode), (data) => {
        const written = formatQris(data, { mode });
        if (!written.ok) throw new Error(written.error.message);
        const parsed = parseQris(written.value, { mode });
        if (!parsed.ok) throw new Error(parsed.error.message);
        const { crc, ...read } = parsed.value;
        expect(read).toEqual(data);
        expect(crc).toBe(written.value.slice(-4));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  // CRC-16 catches every error burst of up to 16 bits, so any change of one ASCII character (one
  // byte) is caught, whatever the TLV layer makes of it. (A change that alters the UTF-8 length is
  // caught by the CRC with probability 1 - 2^-16 only, so payloads here are ASCII.)
  it('catches any single-character change of a valid payload', () => {
    // Each run changes one payload in 25 places, one at a time: 5,000 changes in all.
    const mutations = qrisData('strict').chain((data) => {
      const written = formatQris(data);
      if (!written.ok) throw new Error(written.error.message);
      const payload = written.value;
      const change = fc.record({
        at: fc.integer({ min: 0, max: payload.length - 1 }),
        replacement: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      });
      return fc.record({ payload: fc.constant(payload), changes: fc.array(change, { minLength: 25, maxLength: 25 }) });
    });
    fc.assert(
      fc.property(mutations, ({ payload, changes }) => {
        for (const { at, replacement } of changes) {
          if (payload[at] === replacement) continue;
          const changed = `${payload.slice(0, at)}${replacement}${payload.slice(at + 1)}`;
          const result = parseQris(changed, { mode });
          if (result.ok) throw new Error(`a change at ${at} to ${JSON.stringify(replacement)} was not caught: ${changed}`);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(?:\d{4}[A-Z0-9. ]{0,12}){0,8}$/)), (text) => {
        const result = parseQris(text, { mode });
        if (!result.ok) expect(result.error.message).toMatch(/^Invalid QRIS: /);
      }),
      { numRuns: 3000 },
    );
  });
});
