import {
  createServiceRef,
  isServiceRef,
  type ServiceOf,
  type ServiceRef,
  type ServiceRefConfig,
} from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';

interface PaymentsService {
  pay(invoiceId: string): Promise<{ receiptId: string }>;
}

interface WeatherService {
  forecast(regencyCode: string): Promise<readonly { date: string; summary: string }[]>;
}

const paymentsRef = createServiceRef<PaymentsService>({ id: 'lampung.payments', version: '1.2.0' });

describe('service ref types', () => {
  it('carries the service type', () => {
    expectTypeOf(paymentsRef).toEqualTypeOf<ServiceRef<PaymentsService>>();
    expectTypeOf<ServiceOf<typeof paymentsRef>>().toEqualTypeOf<PaymentsService>();
    expectTypeOf(paymentsRef.T).toEqualTypeOf<PaymentsService>();
    expectTypeOf<ServiceOf<typeof paymentsRef>>().not.toEqualTypeOf<WeatherService>();
  });

  it('gives never for what is not a ref', () => {
    expectTypeOf<ServiceOf<string>>().toBeNever();
    expectTypeOf<ServiceOf<{ id: string }>>().toBeNever();
  });

  it('keeps refs of different services apart', () => {
    const weatherRef = createServiceRef<WeatherService>({ id: 'bmkg.weather', version: '1.0.0' });
    expectTypeOf(weatherRef).not.toEqualTypeOf(paymentsRef);
    // @ts-expect-error a weather ref is not a payments ref
    const wrong: ServiceRef<PaymentsService> = weatherRef;
    expectTypeOf(wrong).toBeObject();
  });

  it('narrows unknown values', () => {
    const value: unknown = paymentsRef;
    if (isServiceRef(value)) {
      expectTypeOf(value).toEqualTypeOf<ServiceRef<unknown>>();
      expectTypeOf(value.id).toBeString();
      expectTypeOf(value.version).toBeString();
    }
  });

  it('is read-only and takes a typed config', () => {
    // @ts-expect-error refs are read-only
    paymentsRef.version = '2.0.0';
    expectTypeOf<ServiceRefConfig>().toEqualTypeOf<{
      readonly id: string;
      readonly version: string;
      readonly description?: string;
    }>();
    // @ts-expect-error id is required
    createServiceRef<PaymentsService>({ version: '1.0.0' });
  });
});
