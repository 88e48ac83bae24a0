import {
  quoteValue,
  CONTRACT_ERROR_CODES,
  createServiceRef,
  GerbangError,
  InvalidDefinitionError,
  isGerbangError,
  isServiceRef,
  serviceRefSatisfies,
  type ServiceRef,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

interface PaymentsService {
  pay(invoiceId: string): Promise<{ receiptId: string }>;
}

const paymentsRef = createServiceRef<PaymentsService>({
  id: 'lampung.payments',
  version: '1.2.0',
  description: 'Pays regional invoices through QRIS.',
});

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('createServiceRef', () => {
  it('returns a frozen, branded plain object', () => {
    expect(paymentsRef).toEqual({
      $$brand: '@gerbang/service-ref',
      $$version: 1,
      id: 'lampung.payments',
      version: '1.2.0',
      description: 'Pays regional invoices through QRIS.',
    });
    expect(Object.isFrozen(paymentsRef)).toBe(true);
    expect(Object.getPrototypeOf(paymentsRef)).toBe(Object.prototype);
  });

  it('names itself in messages', () => {
    expect(String(paymentsRef)).toBe('serviceRef{lampung.payments@1.2.0}');
    expect(paymentsRef.toString()).toBe('serviceRef{lampung.payments@1.2.0}');
  });

  it('leaves out a missing description', () => {
    const ref = createServiceRef<PaymentsService>({ id: 'gerbang.payments-v2', version: '2.0.0-rc.1+build.5' });
    expect('description' in ref).toBe(false);
    expect(ref.version).toBe('2.0.0-rc.1+build.5');
  });

  it('serializes and spreads as plain data, without touching T', () => {
    expect(JSON.parse(JSON.stringify(paymentsRef))).toEqual({
      $$brand: '@gerbang/service-ref',
      $$version: 1,
      id: 'lampung.payments',
      version: '1.2.0',
      description: 'Pays regional invoices through QRIS.',
    });
    expect(Object.keys({ ...paymentsRef })).toEqual(['$$brand', '$$version', 'id', 'version', 'description']);
  });

  it('throws a type-only GerbangError when T is read at run time', () => {
    const error = thrown(() => paymentsRef.T);
    expect(error).toBeInstanceOf(GerbangError);
    expect(isGerbangError(error, CONTRACT_ERROR_CODES.typeOnly)).toBe(true);
    expect((error as GerbangError).code).toBe('type-only');
    expect((error as GerbangError).message).toContain('ServiceRef.T is only for type inference');
    expect((error as GerbangError).message).toContain('serviceRef{lampung.payments@1.2.0}');
  });

  it.each(['Lampung Payments', '', 'lampung..payments', '1payments', 'lampung.Payments', 'a'.repeat(101)])(
    'rejects the id %j with an InvalidDefinitionError that quotes it',
    (id) => {
      const error = thrown(() => createServiceRef({ id, version: '1.0.0' }));
      expect(error).toBeInstanceOf(InvalidDefinitionError);
      expect(isGerbangError(error, CONTRACT_ERROR_CODES.invalidDefinition)).toBe(true);
      expect((error as InvalidDefinitionError).message).toContain(`service id ${quoteValue(id)}`);
    },
  );

  it.each(['1.2', 'v1.2.0', '^1.2.0', '1.2.0 ', '01.2.0', ''])(
    'rejects the version %j with an InvalidDefinitionError that quotes it',
    (version) => {
      const error = thrown(() => createServiceRef({ id: 'lampung.payments', version }));
      expect(error).toBeInstanceOf(InvalidDefinitionError);
      expect((error as InvalidDefinitionError).subject).toBe('service ref "lampung.payments"');
      expect((error as InvalidDefinitionError).message).toContain(`version ${JSON.stringify(version)} is not a semantic version`);
    },
  );

  it('rejects values of the wrong kind from untyped callers', () => {
    const untyped = createServiceRef as (config: unknown) => unknown;
    expect(() => untyped({ id: 42, version: '1.0.0' })).toThrow(/service id must be a string, received number/);
    expect(() => untyped({ id: 'lampung.payments', version: 1 })).toThrow(/version 1 is not a semantic version/);
    expect(() => untyped({ id: 'lampung.payments', version: '1.0.0', description: 7 })).toThrow(
      /description must be a string, received number/,
    );
  });
});

describe('isServiceRef', () => {
  it('recognizes refs, including one made by a second copy of the SDK', () => {
    const fromSecondCopy: unknown = {
      $$brand: '@gerbang/service-ref',
      $$version: 1,
      id: 'lampung.payments',
      version: '1.2.0',
      toString: () => 'serviceRef{lampung.payments@1.2.0}',
    };
    expect(isServiceRef(paymentsRef)).toBe(true);
    expect(isServiceRef(fromSecondCopy)).toBe(true);
    expect(isServiceRef(Object.create(null, { $$brand: { value: '@gerbang/service-ref' }, $$version: { value: 1 }, id: { value: 'a' }, version: { value: '1.0.0' } }))).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'serviceRef{lampung.payments@1.2.0}'],
    ['another brand', { $$brand: '@gerbang/api-ref', $$version: 1, id: 'a', version: '1.0.0' }],
    ['another shape version', { $$brand: '@gerbang/service-ref', $$version: 2, id: 'a', version: '1.0.0' }],
    ['a ref without an id', { $$brand: '@gerbang/service-ref', $$version: 1, version: '1.0.0' }],
    ['a ref without a version', { $$brand: '@gerbang/service-ref', $$version: 1, id: 'a' }],
  ])('rejects %s', (_, value) => {
    expect(isServiceRef(value)).toBe(false);
  });
});

describe('serviceRefSatisfies', () => {
  it('matches the ref version against a range', () => {
    expect(serviceRefSatisfies(paymentsRef, '^1.0.0')).toBe(true);
    expect(serviceRefSatisfies(paymentsRef, '~1.2')).toBe(true);
    expect(serviceRefSatisfies(paymentsRef, '>=2')).toBe(false);
    expect(serviceRefSatisfies(paymentsRef, 'not a range')).toBe(false);
  });

  it('applies the prerelease rule', () => {
    const rc: ServiceRef<PaymentsService> = createServiceRef({ id: 'lampung.payments', version: '2.0.0-rc.1' });
    expect(serviceRefSatisfies(rc, '^1.0.0 || ^2.0.0')).toBe(false);
    expect(serviceRefSatisfies(rc, '^2.0.0-rc.0')).toBe(true);
  });
});
