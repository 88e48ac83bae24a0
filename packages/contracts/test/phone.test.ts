// Every number here is synthetic.
import { maskPhoneNumber, normalizePhoneNumber, phoneNumberSchema, validate } from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

describe('normalizePhoneNumber', () => {
  it.each([
    '0812-3456-7890',
    '0812 3456 7890',
    '081234567890',
    '+62 812-3456-7890',
    '+62 (0)812 3456 7890',
    '+62 0812 3456 7890',
    '+6281234567890',
    '62812 3456 7890',
    '0062 812 3456 7890',
    '812-3456-7890',
    '(0812) 3456.7890',
  ])('writes the mobile number %j as +6281234567890', (text) => {
    expect(normalizePhoneNumber(text)).toEqual({
      ok: true,
      value: { e164: '+6281234567890', kind: 'mobile', nationalNumber: '81234567890' },
    });
  });

  it.each([
    ['(0721) 123456', '+62721123456'],
    ['0721-123456', '+62721123456'],
    ['021 2345 6789', '+622123456789'],
    ['+62 21 2345678', '+62212345678'],
    ['(022) 7654321', '+62227654321'],
  ])('writes the fixed line %j as %s', (text, e164) => {
    expect(normalizePhoneNumber(text).value).toMatchObject({ e164, kind: 'landline' });
  });

  it.each([
    ['', 'empty'],
    [' - ', 'empty'],
    ['0812-3456-789O', 'invalid-characters'],
    ['0812+34567890', 'invalid-characters'],
    ['+1 202 555 0100', 'foreign-country-code'],
    ['+65 8123 4567', 'foreign-country-code'],
    ['112', 'unknown-prefix'],
    ['0112345678', 'unknown-prefix'],
    ['+62 912345678', 'unknown-prefix'],
    ['0812345', 'too-short'],
    ['021 12345', 'too-short'],
    ['0812345678901234', 'too-long'],
    ['021 123456789012', 'too-long'],
  ] as const)('refuses %j: %s', (text, reason) => {
    const result = normalizePhoneNumber(text);
    expect(result.ok).toBe(false);
    expect(result.error?.reason).toBe(reason);
    expect(result.error?.message).toMatch(/^Not an Indonesian phone number: /);
  });

  it('never repeats the number in its message, and never throws', () => {
    expect(normalizePhoneNumber('0812345678901234').error?.message).not.toContain('812345678901234');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[+0-9 ()-]{0,20}$/)), (text) => {
        const result = normalizePhoneNumber(text);
        if (result.ok) {
          expect(result.value.e164).toMatch(/^\+62[2-8]\d{7,11}$/);
          expect(normalizePhoneNumber(result.value.e164).value).toEqual(result.value);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('maskPhoneNumber', () => {
  it('keeps the country code, 3 leading and 3 trailing digits', () => {
    expect(maskPhoneNumber('0812-3456-7890')).toBe('+62812*****890');
    expect(maskPhoneNumber('(0721) 123456')).toBe('+62721***456');
  });

  it('keeps only the last 2 digits of text that is not a phone number', () => {
    expect(maskPhoneNumber('+1 202 555 0100')).toBe('*********00');
    expect(maskPhoneNumber('call me')).toBe('');
  });
});

describe('phoneNumberSchema', () => {
  const contact = z.object({ phone: phoneNumberSchema });

  it('accepts E.164 and refuses other forms with the reason', () => {
    expect(validate(contact, { phone: '+6281234567890' }).success).toBe(true);
    expect(validate(contact, { phone: '081234567890' }).error?.issues[0]).toMatchObject({
      path: ['phone'],
      message: 'must be written in E.164, such as "+6281234567890"',
    });
    expect(validate(contact, { phone: '+1 202 555 0100' }).error?.issues[0]?.message).toContain('country code is not +62');
  });
});
