// Every merchant here is synthetic.
import { crc16CcittFalse, formatQris, parseQris, toDynamicQris, type QrisData } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

/** A bit-by-bit CRC-16/CCITT-FALSE over TextEncoder bytes, to check the table-driven one against. */
function referenceCrc(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** Code points, as TLV lengths count them. */
const codePoints = (text: string): string[] => Array.from(text);
/** Writes one TLV field by hand, counting characters. */
const tlv = (tag: string, value: string): string => `${tag}${String(codePoints(value).length).padStart(2, '0')}${value}`;
/** Appends the CRC field by hand. */
const sign = (body: string): string => `${body}6304${referenceCrc(`${body}6304`)}`;

/** The example payload of the EMVCo MPM specification, with its Chinese language template (tag 64). */
const EMVCO_EXAMPLE =
  '00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING' +
  '64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A011223344998877070812345678' +
  '6304A13A';

const DANA = tlv('26', tlv('00', 'ID.DANA.WWW') + tlv('01', '936009153012345678') + tlv('02', '0012345678') + tlv('03', 'UMI'));
const REPOSITORY = tlv('51', tlv('00', 'ID.CO.QRIS.WWW') + tlv('02', 'ID1020012345678') + tlv('03', 'UMI'));
const staticBody = (name = 'WARUNG KOPI SINAR') =>
  tlv('00', '01') +
  tlv('01', '11') +
  DANA +
  REPOSITORY +
  tlv('52', '5812') +
  tlv('53', '360') +
  tlv('58', 'ID') +
  tlv('59', name) +
  tlv('60', 'BANDAR LAMPUNG') +
  tlv('61', '35111') +
  tlv('62', tlv('07', 'A01'));
/** A static QRIS of a synthetic merchant in Bandar Lampung, written by hand. */
const STATIC_QRIS = sign(staticBody());

describe('crc16CcittFalse', () => {
  it('gives the check values', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1');
    expect(crc16CcittFalse('')).toBe('FFFF');
  });

  it('agrees with a bit-by-bit CRC over UTF-8 bytes, for ASCII, 2-, 3- and 4-byte characters and lone surrogates', () => {
    for (const text of ['000201', 'Kopi Ñusantara', '最佳运输', 'QRIS 🇮🇩 ok', 'lone \ud800 surrogate', EMVCO_EXAMPLE]) {
      expect(crc16CcittFalse(text)).toBe(referenceCrc(text));
    }
  });
});

describe('parseQris', () => {
  it('reads the EMVCo example, counting lengths in characters, and keeps unknown tags', () => {
    const result = parseQris(EMVCO_EXAMPLE);
    expect(result.error).toBeUndefined();
    expect(result.value).toMatchObject({
      payloadFormatIndicator: '01',
      pointOfInitiation: 'dynamic',
      merchantCategoryCode: '4111',
      transactionCurrency: '156',
      transactionAmount: '23.72',
      tipIndicator: 'prompt',
      countryCode: 'CN',
      merchantName: 'BEST TRANSPORT',
      merchantCity: 'BEIJING',
      crc: 'A13A',
      additionalData: { storeLabel: '1234', customerLabel: '***', terminalLabel: 'A6008667', additionalConsumerDataRequest: 'ME', otherFields: [] },
      otherFields: [
        { tag: '64', value: '0002ZH0104最佳运输0202北京' },
        { tag: '91', value: '0016A011223344998877070812345678' },
      ],
    });
    expect(result.value?.merchantAccounts.map((account) => [account.tag, account.globallyUniqueId])).toEqual([
      ['29', 'D15600000000'],
      ['31', 'D15600000001'],
    ]);
    expect(result.value?.merchantAccounts[0]?.otherFields).toEqual([{ tag: '05', value: 'A93FO3230Q' }]);
  });

  it('reads a static QRIS with its merchant accounts and NMID', () => {
    const result = parseQris(STATIC_QRIS);
    expect(result.value).toEqual({
      payloadFormatIndicator: '01',
      pointOfInitiation: 'static',
      merchantAccounts: [
        { tag: '26', globallyUniqueId: 'ID.DANA.WWW', merchantPan: '936009153012345678', merchantId: '0012345678', merchantCriteria: 'UMI', otherFields: [] },
      ],
      nationalRepository: { tag: '51', globallyUniqueId: 'ID.CO.QRIS.WWW', merchantId: 'ID1020012345678', merchantCriteria: 'UMI', otherFields: [] },
      merchantCategoryCode: '5812',
      transactionCurrency: '360',
      countryCode: 'ID',
      merchantName: 'WARUNG KOPI SINAR',
      merchantCity: 'BANDAR LAMPUNG',
      postalCode: '35111',
      additionalData: { terminalLabel: 'A01', otherFields: [] },
      otherFields: [],
      crc: STATIC_QRIS.slice(-4),
    });
  });

  it('accepts a merchant name over 25 characters only in lenient mode', () => {
    const long = sign(staticBody('WARUNG KOPI SINAR LAMPUNG JAYA ABADI'));
    expect(parseQris(long).error).toEqual({ reason: 'length', tag: '59', message: 'Invalid QRIS: tag 59: the value has 36 characters, 1 to 25 allowed' });
    expect(parseQris(long, { mode: 'lenient' }).value?.merchantName).toBe('WARUNG KOPI SINAR LAMPUNG JAYA ABADI');
  });

  it('accepts non-ASCII text only in lenient mode', () => {
    const accented = sign(staticBody('KOPI ÑUSANTARA'));
    expect(parseQris(accented).error).toMatchObject({ reason: 'format', tag: '59' });
    expect(parseQris(accented, { mode: 'lenient' }).value?.merchantName).toBe('KOPI ÑUSANTARA');
  });

  it('trims blanks around the payload in lenient mode only', () => {
    expect(parseQris(` ${STATIC_QRIS}\n`, { mode: 'lenient' }).ok).toBe(true);
    expect(parseQris(`${STATIC_QRIS}\n`).error?.reason).toBe('truncated');
  });

  describe('names the tag and the reason of every failure', () => {
    const body = staticBody();
    it.each([
      ['an empty payload', '', 'empty', undefined],
      ['a changed character', STATIC_QRIS.replace('KOPI', 'KOPO'), 'crc-mismatch', '63'],
      ['a wrong CRC', `${STATIC_QRIS.slice(0, -4)}0000`, 'crc-mismatch', '63'],
      ['a lowercase CRC', `${STATIC_QRIS.slice(0, -4)}abcd`, 'format', '63'],
      ['a CRC of 3 characters', sign(body).slice(0, -1), 'truncated', '63'],
      ['a missing CRC', body, 'missing-tag', '63'],
      ['a missing merchant name', sign(body.replace(tlv('59', 'WARUNG KOPI SINAR'), '')), 'missing-tag', '59'],
      ['a missing country', sign(body.replace(tlv('58', 'ID'), '')), 'missing-tag', '58'],
      ['no merchant account', sign(body.replace(DANA, '').replace(REPOSITORY, '')), 'missing-tag', '26'],
      ['a duplicate tag', sign(body + tlv('59', 'AGAIN')), 'duplicate-tag', '59'],
      ['a duplicate sub-tag', sign(body + tlv('40', tlv('00', 'ID.X.WWW') + tlv('01', '1') + tlv('01', '2'))), 'duplicate-tag', '40.01'],
      ['tag 00 not first', sign(tlv('01', '11') + tlv('00', '01') + body.slice(12)), 'order', '00'],
      ['tag 63 not last', `${sign(body)}${tlv('64', 'X')}`, 'order', '63'],
      ['a truncated value', `${body}5920SHORT`, 'truncated', '59'],
      ['a truncated length', `${body}59`, 'truncated', '59'],
      ['a non-numeric length', `${body}59AB`, 'non-numeric-length', '59'],
      ['a non-numeric tag', `${body}X9`, 'bad-tag', undefined],
      ['a truncated sub-tag', sign(body + tlv('40', '0011ID')), 'truncated', '40.00'],
      ['a template without its GUID', sign(body + tlv('40', tlv('01', '123'))), 'missing-tag', '40.00'],
      ['a negative amount', sign(body + tlv('54', '-5000')), 'bad-amount', '54'],
      ['an amount with a comma', sign(body + tlv('54', '5,000')), 'bad-amount', '54'],
      ['a zero amount', sign(body + tlv('54', '0')), 'bad-amount', '54'],
      ['an amount with 3 decimals', sign(body + tlv('54', '5000.000')), 'bad-amount', '54'],
      ['an amount over 13 characters', sign(body + tlv('54', '12345678901234')), 'length', '54'],
      ['a bad fixed fee', sign(body + tlv('55', '02') + tlv('56', 'ten')), 'bad-amount', '56'],
      ['a fixed tip without its fee', sign(body + tlv('55', '02')), 'missing-tag', '56'],
      ['an unknown tip indicator', sign(body + tlv('55', '04')), 'format', '55'],
      ['a bad payload format', sign(tlv('00', '02') + body.slice(6)), 'format', '00'],
      ['a bad point of initiation', sign(tlv('00', '01') + tlv('01', '13') + body.slice(12)), 'format', '01'],
      ['a currency of letters', sign(body.replace(tlv('53', '360'), tlv('53', 'IDR'))), 'format', '53'],
      ['a PAN with letters', sign(body.replace('936009153012345678', '93600915301234567X')), 'format', '26.01'],
      ['an NMID over 15 characters', sign(body.replace(REPOSITORY, tlv('51', tlv('00', 'ID.CO.QRIS.WWW') + tlv('02', 'ID10200123456789')))), 'length', '51.02'],
      ['a city over 15 characters', sign(body.replace(tlv('60', 'BANDAR LAMPUNG'), tlv('60', 'KOTA BANDAR LAMPUNG'))), 'length', '60'],
      ['a long additional data field', sign(body.replace(tlv('62', tlv('07', 'A01')), tlv('62', tlv('07', 'T'.repeat(26))))), 'length', '62.07'],
      ['a bad consumer data request', sign(body.replace(tlv('62', tlv('07', 'A01')), tlv('62', tlv('09', 'X')))), 'format', '62.09'],
    ])('%s', (_, payload, reason, tag) => {
      const result = parseQris(payload);
      expect(result.ok).toBe(false);
      expect(result.error?.reason).toBe(reason);
      expect(result.error?.tag).toBe(tag);
      expect(result.error?.message).toMatch(tag === undefined ? /^Invalid QRIS: / : new RegExp(`^Invalid QRIS: tag ${tag.replace('.', '\\.')}: `));
    });
  });

  it('keeps machine-read checks in lenient mode', () => {
    const body = staticBody();
    expect(parseQris(sign(body + tlv('54', '5,000')), { mode: 'lenient' }).error?.reason).toBe('bad-amount');
    expect(parseQris(sign(body.replace(tlv('52', '5812'), tlv('52', '581'))), { mode: 'lenient' }).error).toMatchObject({ reason: 'length', tag: '52' });
    expect(parseQris(sign(body + tlv('54', '5000.000')), { mode: 'lenient' }).value?.transactionAmount).toBe('5000.000');
  });
});

describe('formatQris', () => {
  it('writes the tags in ascending order with the CRC last, and reads back to the same data', () => {
    const parsed = parseQris(EMVCO_EXAMPLE);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const written = formatQris(parsed.value);
    if (!written.ok) throw new Error(written.error.message);
    const tags = [];
    for (let at = 0; at < written.value.length; ) {
      const tag = written.value.slice(at, at + 2);
      const length = Number(written.value.slice(at + 2, at + 4));
      tags.push(tag);
      at += 4 + codePoints(written.value.slice(at + 4)).slice(0, length).join('').length;
    }
    expect(tags).toEqual(['00', '01', '29', '31', '52', '53', '54', '55', '58', '59', '60', '62', '64', '91', '63']);
    expect(written.value).toContain('64200002ZH0104最佳运输0202北京');
    const { crc, ...data } = parsed.value;
    expect(crc).toBe('A13A');
    expect(parseQris(written.value).value).toEqual({ ...data, crc: written.value.slice(-4) });
  });

  it('writes the hand-made static QRIS exactly', () => {
    const parsed = parseQris(STATIC_QRIS);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(formatQris(parsed.value)).toEqual({ ok: true, value: STATIC_QRIS });
  });

  it('refuses data it would not read back, naming the tag', () => {
    const parsed = parseQris(STATIC_QRIS);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const data: QrisData = parsed.value;
    expect(formatQris({ ...data, merchantName: 'X'.repeat(100) }, { mode: 'lenient' }).error).toMatchObject({ reason: 'length', tag: '59' });
    expect(formatQris({ ...data, merchantName: 'X'.repeat(30) }).error).toMatchObject({ reason: 'length', tag: '59' });
    expect(formatQris({ ...data, merchantName: 'X'.repeat(30) }, { mode: 'lenient' }).ok).toBe(true);
    expect(formatQris({ ...data, otherFields: [{ tag: '59', value: 'X' }] }).error).toMatchObject({ reason: 'duplicate-tag', tag: '59' });
    expect(formatQris({ ...data, otherFields: [{ tag: '80', value: 'X' }, { tag: '80', value: 'Y' }] }).error).toMatchObject({ reason: 'duplicate-tag', tag: '80' });
    expect(formatQris({ ...data, otherFields: [{ tag: '8', value: 'X' }] }).error).toMatchObject({ reason: 'bad-tag', tag: '8' });
    const account = data.merchantAccounts[0]!;
    expect(formatQris({ ...data, merchantAccounts: [{ ...account, tag: '20' }] }).error).toMatchObject({ reason: 'bad-tag', tag: '20' });
    expect(formatQris({ ...data, merchantAccounts: [{ ...account, tag: '51' }] }).error).toMatchObject({ reason: 'bad-tag', tag: '51' });
    expect(formatQris({ ...data, nationalRepository: { ...account, tag: '26' } }).error).toMatchObject({ reason: 'bad-tag', tag: '26' });
    const { nationalRepository, ...withoutRepository } = data;
    expect(nationalRepository?.merchantId).toBe('ID1020012345678');
    expect(formatQris({ ...withoutRepository, merchantAccounts: [] }).error).toMatchObject({ reason: 'missing-tag', tag: '26' });
  });
});

describe('toDynamicQris', () => {
  it('sets tag 01 to 12, tag 54 to the amount, and a new CRC', () => {
    const dynamic = toDynamicQris(STATIC_QRIS, { amount: 25000 });
    if (!dynamic.ok) throw new Error(dynamic.error.message);
    expect(dynamic.value).toContain('010212');
    expect(dynamic.value).toContain('540525000');
    expect(dynamic.value.slice(-4)).toBe(referenceCrc(dynamic.value.slice(0, -4)));
    const before = parseQris(STATIC_QRIS).value!;
    const after = parseQris(dynamic.value).value!;
    expect(after).toEqual({ ...before, pointOfInitiation: 'dynamic', transactionAmount: '25000', crc: dynamic.value.slice(-4) });
  });

  it('replaces the amount of a dynamic QRIS, and takes parsed data too', () => {
    const once = toDynamicQris(STATIC_QRIS, { amount: 25000 }).value!;
    expect(parseQris(toDynamicQris(once, { amount: '1500.50' }).value!).value?.transactionAmount).toBe('1500.50');
    expect(parseQris(toDynamicQris(parseQris(STATIC_QRIS).value!, { amount: 15000.5 }).value!).value?.transactionAmount).toBe('15000.50');
  });

  it('reads real-world static codes leniently by default', () => {
    const long = sign(staticBody('WARUNG KOPI SINAR LAMPUNG JAYA ABADI'));
    expect(toDynamicQris(long, { amount: 10000 }).ok).toBe(true);
    expect(toDynamicQris(long, { amount: 10000, mode: 'strict' }).error?.tag).toBe('59');
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.234, 1e13, '1e5', '1,000', '', '0.00', '12345678901.50'])('refuses the amount %j', (amount) => {
    expect(toDynamicQris(STATIC_QRIS, { amount }).error).toMatchObject({ reason: 'bad-amount', tag: '54' });
  });

  it('passes on the error of a bad payload', () => {
    expect(toDynamicQris(STATIC_QRIS.replace('KOPI', 'KOPO'), { amount: 1000 }).error?.reason).toBe('crc-mismatch');
  });
});
