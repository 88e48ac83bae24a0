import { createConsoleSink, createRedactingLogger, isSensitiveKey, redactPersonalData, redactText, type LogRecord } from '@gerbang/core';
import * as fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// Synthetic data only: these NIKs and numbers belong to no one.
const NIK = '1871014501900001';
const PROVINCES = ['11', '18', '31', '35', '64', '91', '96'];

function collect(level?: 'debug' | 'info' | 'warn' | 'error') {
  const records: LogRecord[] = [];
  const logger = createRedactingLogger({ sink: (record) => records.push(record), now: () => 1_700_000_000_000, ...(level ? { level } : {}) });
  return { logger, records };
}

describe('redactText', () => {
  it('masks NIKs, keeping the first and last four digits', () => {
    expect(redactText(`NIK ${NIK}.`)).toBe('NIK 1871********0001.');
    expect(redactText(`nik=${NIK}&x=1`)).toBe('nik=1871********0001&x=1');
    expect(redactText('NIK 1871 0145 0190 0001')).toBe('NIK 1871 **** **** 0001');
    expect(redactText('1871-0145-0190-0001')).toBe('1871-****-****-0001');
  });

  it('leaves numbers that are not NIKs alone', () => {
    // Not 16 digits, part of a longer number, or no province code.
    for (const text of ['18710145019000', '18710145019000012', '0071014501900001', 'order 1700000000000']) {
      expect(redactText(text)).toBe(text);
    }
  });

  it('masks Indonesian phone numbers in their usual spellings', () => {
    expect(redactText('HP 081234567890')).toBe('HP 0812*****890');
    expect(redactText('call +6281234567890 now')).toBe('call +62812*****890 now');
    expect(redactText('62 812-3456-7890')).toBe('62 812-****-*890');
    expect(redactText('0812 3456 789')).toBe('0812 **** 789');
  });

  it('masks bearer tokens and JWTs', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    expect(redactText('Authorization: Bearer abc.DEF-123_x==')).toBe('Authorization: Bearer [redacted]');
    expect(redactText(`token ${jwt} end`)).toBe('token [redacted] end');
    expect(redactText(`Bearer ${jwt}`)).not.toContain('eyJzdWIi');
  });
});

describe('redactPersonalData', () => {
  it('masks sensitive keys and strings at any depth without changing the input', () => {
    const input = {
      user: { nik: NIK, name: 'Siti Rahma', contacts: [{ phone: '081234567890' }, { note: `NIK saya ${NIK}` }] },
      headers: { Authorization: 'Bearer x', 'x-api-key': 'k', accept: 'json' },
      accessToken: 'abc',
      password: 'hunter2',
      client_secret: 's',
      nomorHp: '0812',
      reportId: 'LPG-001',
    };
    const frozen = structuredClone(input);
    expect(redactPersonalData(input)).toEqual({
      user: { nik: '[redacted]', name: 'Siti Rahma', contacts: [{ phone: '[redacted]' }, { note: 'NIK saya 1871********0001' }] },
      headers: { Authorization: '[redacted]', 'x-api-key': '[redacted]', accept: 'json' },
      accessToken: '[redacted]',
      password: '[redacted]',
      client_secret: '[redacted]',
      nomorHp: '[redacted]',
      reportId: 'LPG-001',
    });
    expect(input).toEqual(frozen);
  });

  it('handles cycles, shared references, errors, dates, maps and hostile getters', () => {
    const shared = { phone: '081234567890' };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic.self = cyclic;
    const hostile = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const error = Object.assign(new Error(`failed for ${NIK}`), { code: 'x-failed' });
    const out = redactPersonalData({
      cyclic,
      hostile,
      error,
      when: new Date(0),
      map: new Map([['token', 't'], ['city', 'Metro']]),
      fn: () => 1,
      photo: new Uint8Array(2048),
    }) as Record<string, unknown>;
    expect(out.photo).toBe('[2048 bytes]');
    expect(out.cyclic).toEqual({ shared: { phone: '[redacted]' }, again: { phone: '[redacted]' }, self: '[circular]' });
    expect(out.hostile).toBe('[unreadable]');
    expect(out.error).toEqual({ name: 'Error', message: 'failed for 1871********0001', code: 'x-failed' });
    expect(out.when).toBe('1970-01-01T00:00:00.000Z');
    expect(out.map).toEqual({ token: '[redacted]', city: 'Metro' });
    expect(out.fn).toBe('[function]');
  });

  it('never lets "__proto__" change a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const out = redactPersonalData(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
  });

  it('stops at a depth limit', () => {
    let deep: Record<string, unknown> = { end: true };
    for (let index = 0; index < 50; index++) deep = { next: deep };
    expect(JSON.stringify(redactPersonalData(deep))).toContain('[too deep]');
  });
});

describe('isSensitiveKey', () => {
  it.each(['token', 'accessToken', 'refresh_token', 'password', 'Authorization', 'secret', 'nik', 'NIK', 'nikPemohon', 'pemohon_nik', 'phone', 'phoneNumber', 'x-api-key', 'apiKey', 'Cookie', 'otp'])(
    '%s is sensitive',
    (key) => {
      expect(isSensitiveKey(key)).toBe(true);
    },
  );
  it.each(['name', 'reportId', 'teknik', 'unik', 'city', 'module', 'status', 'hpa'])('%s is not', (key) => {
    expect(isSensitiveKey(key)).toBe(false);
  });
});

describe('createRedactingLogger', () => {
  it('redacts messages and fields before they reach the sink', () => {
    const { logger, records } = collect();
    logger.info(`report by ${NIK}`, { phone: '081234567890', reportId: 'LPG-001' });
    expect(records).toEqual([
      { level: 'info', message: 'report by 1871********0001', fields: { phone: '[redacted]', reportId: 'LPG-001' }, time: 1_700_000_000_000 },
    ]);
  });

  it('binds fields in children, for per-module loggers', () => {
    const { logger, records } = collect();
    const aduan = logger.child({ module: 'lampung.aduan' });
    aduan.child({ view: 'detail' }).warn('slow', { ms: 900 });
    expect(records[0]).toMatchObject({ level: 'warn', fields: { module: 'lampung.aduan', view: 'detail', ms: 900 } });
  });

  it('drops records below the level', () => {
    const { logger, records } = collect('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    expect(records.map((record) => record.message)).toEqual(['c', 'd']);
    const defaults = collect();
    defaults.logger.debug('hidden');
    expect(defaults.records).toEqual([]);
  });

  it('survives a sink that throws, and has a silent default sink', () => {
    const logger = createRedactingLogger({
      sink: () => {
        throw new Error('sink down');
      },
    });
    expect(() => {
      logger.error('x');
    }).not.toThrow();
    expect(() => {
      createRedactingLogger().error('y', { nik: NIK });
    }).not.toThrow();
  });

  it('writes to a console through createConsoleSink', () => {
    const target = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const logger = createRedactingLogger({ sink: createConsoleSink(target) }).child({ module: 'lampung.aduan' });
    logger.error('gagal', { nik: NIK });
    logger.info('ok');
    expect(target.error).toHaveBeenCalledWith('[lampung.aduan] gagal', { nik: '[redacted]' });
    expect(target.info).toHaveBeenCalledWith('[lampung.aduan] ok');
  });
});

describe('redaction properties', () => {
  const nik = fc
    .tuple(fc.constantFrom(...PROVINCES), fc.stringMatching(/^\d{14}$/))
    .map(([province, rest]) => province + rest);
  const noisy = fc.array(fc.oneof(fc.string(), nik, fc.stringMatching(/^[\d ]{0,20}$/), fc.constantFrom(' ', '-', 'x', '0')), { maxLength: 8 }).map((parts) => parts.join(''));
  const provinceCodes = new Set(['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96']);
  const nikRuns = (text: string): string[] => (text.match(/\d+/g) ?? []).filter((run) => run.length === 16 && provinceCodes.has(run.slice(0, 2)));

  it('leaves no 16-digit NIK-like run in the output of any string', () => {
    fc.assert(
      fc.property(noisy, (text) => {
        const out = redactText(text);
        expect(nikRuns(out)).toEqual([]);
        for (const run of nikRuns(text)) expect(out).not.toContain(run);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and never leaks a NIK from any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), nik, (value, secret) => {
        const out = JSON.stringify(redactPersonalData({ value, note: `NIK ${secret}` }));
        expect(out).not.toContain(secret);
      }),
      { numRuns: 1000 },
    );
  });
});
