/**
 * Logging that never lets personal data leave the host: every message and field is passed through
 * {@link redactPersonalData} (NIKs, Indonesian phone numbers, bearer tokens, JWTs and the values of
 * sensitive keys) before it reaches a sink.
 *
 * @module
 */
import { KEMENDAGRI_PROVINCE_CODES } from '@gerbang/contracts';

/** How severe a log record is, from least to most. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured data attached to a log record. */
export type LogFields = Readonly<Record<string, unknown>>;

/** One log record, already redacted, as a sink receives it. */
export interface LogRecord {
  /** The severity. */
  readonly level: LogLevel;
  /** The message, redacted. */
  readonly message: string;
  /** The logger's bound fields (such as `module`) and the call's fields, redacted. */
  readonly fields: LogFields;
  /** When the record was made, in milliseconds since the epoch. */
  readonly time: number;
}

/** Where log records go: the console, a file, a crash reporter. A sink that throws is ignored. */
export type LogSink = (record: LogRecord) => void;

/**
 * A logger, as hosts and modules (`ctx.logger`) use it.
 *
 * @example
 * ```ts
 * logger.info('report sent', { reportId: 'LPG-001', phone: '081234567890' });
 * // the sink receives { message: 'report sent', fields: { reportId: 'LPG-001', phone: '[redacted]' } }
 * ```
 */
export interface Logger {
  /** Logs detail for developers. */
  debug(message: string, fields?: LogFields): void;
  /** Logs a normal event. */
  info(message: string, fields?: LogFields): void;
  /** Logs something unexpected that the app recovered from. */
  warn(message: string, fields?: LogFields): void;
  /** Logs a failure. */
  error(message: string, fields?: LogFields): void;
  /**
   * A logger that adds `fields` to every record, such as `{ module: 'lampung.aduan' }`.
   *
   * @param fields - The fields to bind; they are redacted like any other.
   */
  child(fields: LogFields): Logger;
}

/** Options of {@link createRedactingLogger}. */
export interface RedactingLoggerOptions {
  /**
   * Where records go.
   * @default a sink that drops every record
   */
  readonly sink?: LogSink;
  /**
   * The least severe level that is logged.
   * @default 'info'
   */
  readonly level?: LogLevel;
  /** Fields added to every record. */
  readonly fields?: LogFields;
  /**
   * The clock that stamps records.
   * @default Date.now
   */
  readonly now?: () => number;
}

const LEVEL_RANK: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Creates a logger that redacts every message and field with {@link redactPersonalData} before
 * handing the record to its sink. Records below `level` cost nothing: they are dropped before
 * redaction. A sink that throws never breaks the caller.
 *
 * @param options - The sink, the level, bound fields and the clock.
 * @example
 * ```ts
 * const logger = createRedactingLogger({ sink: (record) => console.info(record.message, record.fields), level: 'debug' });
 * const aduan = logger.child({ module: 'lampung.aduan' });
 * aduan.warn('upload failed', { nik: '1871014501900001', authorization: 'Bearer abc.def' });
 * // fields: { module: 'lampung.aduan', nik: '[redacted]', authorization: '[redacted]' }
 * ```
 */
export function createRedactingLogger(options: RedactingLoggerOptions = {}): Logger {
  const sink = options.sink ?? (() => undefined);
  const threshold = LEVEL_RANK[options.level ?? 'info'];
  const now = options.now ?? Date.now;

  const make = (bound: LogFields): Logger => {
    const log = (level: LogLevel, message: string, fields?: LogFields): void => {
      if (LEVEL_RANK[level] < threshold) return;
      try {
        const text: unknown = message; // untyped callers pass anything
        const record: LogRecord = {
          level,
          message: redactText(typeof text === 'string' ? text : String(text)),
          fields: redactPersonalData(fields === undefined ? bound : { ...bound, ...fields }) as LogFields,
          time: now(),
        };
        sink(record);
      } catch {
        // Logging must never break the code that logs.
      }
    };
    return {
      debug: (message, fields) => {
        log('debug', message, fields);
      },
      info: (message, fields) => {
        log('info', message, fields);
      },
      warn: (message, fields) => {
        log('warn', message, fields);
      },
      error: (message, fields) => {
        log('error', message, fields);
      },
      child: (fields) => make({ ...bound, ...fields }),
    };
  };
  return make(options.fields ?? {});
}

/**
 * A sink that writes records to a console (`console` by default), each level to the method of the
 * same name, as `[module] message {fields}`.
 *
 * @param target - The console to write to.
 */
export function createConsoleSink(target: Pick<Console, LogLevel> = globalThis.console): LogSink {
  return (record) => {
    const { module: moduleId, ...rest } = record.fields;
    const prefix = typeof moduleId === 'string' ? `[${moduleId}] ` : '';
    const args: unknown[] = [`${prefix}${record.message}`];
    if (Object.keys(rest).length > 0) args.push(rest);
    target[record.level](...args);
  };
}

// ---------------------------------------------------------------------------------------------
// redaction

const REDACTED = '[redacted]';
const MAX_DEPTH = 12;

/**
 * A NIK: 16 digits, not part of a longer number, starting with a Kemendagri province code; written whole
 * (`1871014501900001`) or in groups of four (`1871 0145 0190 0001`, with spaces, dots or dashes).
 */
const NIK = /* @__PURE__ */ new RegExp(`(?<!\\d)((?:${/* @__PURE__ */ KEMENDAGRI_PROVINCE_CODES.join('|')})\\d{2})([ .-]?)\\d{4}\\2\\d{4}\\2(\\d{4})(?!\\d)`, 'g');

/**
 * An Indonesian phone number: `08…`, `628…` or `+62…`, with optional spaces, dots or dashes
 * between digit groups, 9 to 15 digits in all. The country code or leading 0 and the first
 * three digits stay; the last three stay; the rest become `*`.
 */
const PHONE = /(?<![\d+])(?:\+62|62|0)[ .-]?8(?:[ .-]?\d){7,12}(?![\d])/g;

/** `Bearer <token>`, as in an `Authorization` header written into a message. */
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi;

/** A JWT: three base64url parts, the first two starting with `eyJ` (`{"`). */
const JWT = /\beyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;

/** Words that make a key's value secret or personal, wherever they appear in the key's words. */
const SENSITIVE_WORDS = new Set([
  'nik',
  'ktp',
  'kk',
  'phone',
  'telepon',
  'telp',
  'hp',
  'msisdn',
  'mobile',
  'password',
  'passwd',
  'pwd',
  'pin',
  'otp',
  'token',
  'secret',
  'authorization',
  'auth',
  'cookie',
  'session',
  'apikey',
  'signature',
  'credential',
  'credentials',
]);

/** Fragments that make a key sensitive even inside a longer word (`accesstoken`, `x-api-key`). */
const SENSITIVE_FRAGMENT = /token|passw|secret|authoriz|api-?_?key|cookie|credential/;

/**
 * Tells whether the value under a key is secret or personal, from the key's name:
 * `token`, `accessToken`, `password`, `authorization`, `secret`, `nik`, `phone`, `x-api-key`, ...
 *
 * @param key - A property name.
 */
export function isSensitiveKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (SENSITIVE_FRAGMENT.test(lower)) return true;
  // Split camelCase, snake_case, kebab-case and dotted names into words.
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((word) => SENSITIVE_WORDS.has(word));
}

/**
 * Masks personal data and secrets in text: NIKs keep their first four and last four digits
 * (`1871********0001`), Indonesian phone numbers keep their prefix and last three digits
 * (`0812*****890`), and bearer tokens and JWTs become `[redacted]`.
 *
 * @param text - Any text, such as a log message.
 * @example
 * ```ts
 * redactText('NIK 1871014501900001, HP 0812-3456-7890');
 * // "NIK 1871********0001, HP 0812-****-*890"
 * ```
 */
export function redactText(text: string): string {
  if (text.length < 9) return text;
  return text
    .replace(JWT, REDACTED)
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(NIK, (_match, head: string, separator: string, tail: string) => `${head}${separator}****${separator}****${separator}${tail}`)
    .replace(PHONE, maskPhone);
}

/**
 * Returns a copy of any value with personal data masked: strings through {@link redactText}, and
 * the whole value of every key that {@link isSensitiveKey} names (`token`, `password`, `nik`,
 * `phone`, ...), at any depth. The input is never changed. Cycles become `[circular]`, values deeper
 * than 12 levels `[too deep]`, binary data its size, errors plain objects with a redacted message,
 * and anything that cannot be read `[unreadable]`.
 *
 * @param value - Any value, such as log fields.
 * @example
 * ```ts
 * redactPersonalData({ user: { nik: '1871014501900001', name: 'Siti' }, note: 'call 081234567890' });
 * // { user: { nik: '[redacted]', name: 'Siti' }, note: 'call 0812******890' }
 * ```
 */
export function redactPersonalData(value: unknown): unknown {
  return redactValue(value, new WeakSet(), 0);
}

function redactValue(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'function') return '[function]';
  if (typeof value === 'symbol') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item: unknown) => redactValue(item, seen, depth + 1));
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (value instanceof Error) {
      const { code } = value as { code?: unknown };
      return {
        name: value.name,
        message: redactText(value.message),
        ...(typeof code === 'string' ? { code } : {}),
        ...(value.cause === undefined ? {} : { cause: redactValue(value.cause, seen, depth + 1) }),
      };
    }
    const source: Iterable<readonly [unknown, unknown]> =
      value instanceof Map ? value.entries() : value instanceof Set ? [...value].map((item, index) => [index, item] as const) : Object.entries(value);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of source) {
      const name = String(key);
      // Defined as own data properties, so that a key such as "__proto__" cannot change the copy's prototype.
      Object.defineProperty(copy, name, {
        value: isSensitiveKey(name) ? REDACTED : redactValue(item, seen, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  } catch {
    return '[unreadable]';
  } finally {
    seen.delete(value);
  }
}

function maskPhone(match: string): string {
  // Keep the prefix through the first three digits after 8, and the last three digits.
  const prefixLength = match.startsWith('+62') ? 3 : match.startsWith('62') ? 2 : 1;
  let digitsSeen = 0;
  const totalDigits = match.replace(/\D/g, '').length;
  const keepHead = (prefixLength === 3 ? 2 : prefixLength) + 3;
  let out = '';
  for (const character of match) {
    if (character < '0' || character > '9') {
      out += character;
      continue;
    }
    digitsSeen++;
    out += digitsSeen <= keepHead || digitsSeen > totalDigits - 3 ? character : '*';
  }
  return out;
}
