/**
 * Service refs: typed tokens for service contracts. A module that provides a service and a module
 * that consumes it share only the ref (an id, a semver version and the service's TypeScript type),
 * never each other's code. Providers and consumers are matched by version range.
 *
 * @module
 */
import { CONTRACT_ERROR_CODES, GerbangError, InvalidDefinitionError } from './errors.ts';
import { explainBadId } from './ids.ts';
import { isValidVersion, satisfies } from './semver.ts';
import { describeKind, quoteValue } from './validation.ts';

const SERVICE_REF_BRAND = '@gerbang/service-ref';

/** What {@link createServiceRef} needs to define a service ref. */
export interface ServiceRefConfig {
  /** The service id, a Gerbang id such as `lampung.payments` (see `isGerbangId`). */
  readonly id: string;
  /** The version of the service contract, a SemVer 2.0.0 version such as `1.2.0` (no `v`, no range). */
  readonly version: string;
  /** What the service does, for people reading catalogues and error messages. */
  readonly description?: string;
}

/**
 * A typed token for a service contract. It is a frozen plain object, recognized by its brand
 * ({@link isServiceRef}), never by `instanceof`: mini-apps may load their own copy of the SDK.
 *
 * `T` and `toString` are not enumerable, so a ref spreads, serializes and compares as plain data.
 *
 * @typeParam TService - The interface of the service.
 */
export interface ServiceRef<TService> {
  /** The brand that identifies service refs across SDK copies. */
  readonly $$brand: typeof SERVICE_REF_BRAND;
  /** The version of this object's shape. */
  readonly $$version: 1;
  /** The service id: `lampung.payments`. */
  readonly id: string;
  /** The version of the service contract: `1.2.0`. */
  readonly version: string;
  /** What the service does, when the author said. */
  readonly description?: string;
  /**
   * The service's type, for inference only (`typeof paymentsRef.T`). Reading it at run time throws
   * a {@link GerbangError} with code `type-only`.
   */
  readonly T: TService;
  /** Names the ref for messages: `serviceRef{lampung.payments@1.2.0}`. */
  toString(): string;
}

/**
 * The service type a ref stands for.
 *
 * @typeParam TRef - A service ref type, usually `typeof someRef`.
 * @example
 * ```ts
 * type Payments = ServiceOf<typeof paymentsRef>;
 * ```
 */
export type ServiceOf<TRef> = TRef extends ServiceRef<infer TService> ? TService : never;

/**
 * Defines a service ref: a typed token, with an id and a semver version, that providers register
 * an implementation under and consumers ask for.
 *
 * @typeParam TService - The interface of the service.
 * @param config - The id, version and description of the service contract.
 * @returns A frozen, branded ref.
 * @throws {@link InvalidDefinitionError} when the id is not a Gerbang id or the version is not a
 * valid semver version; the message quotes the bad value.
 * @example
 * ```ts
 * interface PaymentsService {
 *   pay(invoiceId: string): Promise<{ receiptId: string }>;
 * }
 * export const paymentsRef = createServiceRef<PaymentsService>({
 *   id: 'lampung.payments',
 *   version: '1.2.0',
 *   description: 'Pays regional invoices (PBB, retribusi) through QRIS.',
 * });
 * String(paymentsRef); // 'serviceRef{lampung.payments@1.2.0}'
 * ```
 */
export function createServiceRef<TService>(config: ServiceRefConfig): ServiceRef<TService> {
  const { id, version, description } = config;
  const idProblem =
    typeof id === 'string' ? explainBadId(id, 'service id') : `service id must be a string, received ${describeKind(id)}`;
  if (idProblem !== undefined) throw new InvalidDefinitionError('service ref', idProblem);
  if (!isValidVersion(version)) {
    throw new InvalidDefinitionError(
      `service ref "${id}"`,
      `version ${quoteValue(version)} is not a semantic version such as "1.2.0" (no "v" prefix, no range)`,
    );
  }
  if (description !== undefined && typeof description !== 'string') {
    throw new InvalidDefinitionError(`service ref "${id}"`, `description must be a string, received ${describeKind(description)}`);
  }
  const name = `serviceRef{${id}@${version}}`;
  const ref = {
    $$brand: SERVICE_REF_BRAND,
    $$version: 1,
    id,
    version,
    ...(description === undefined ? {} : { description }),
  };
  Object.defineProperties(ref, {
    T: {
      get(): never {
        throw new GerbangError(
          CONTRACT_ERROR_CODES.typeOnly,
          `ServiceRef.T is only for type inference (typeof ref.T); it was read at run time on ${name}`,
        );
      },
    },
    toString: { value: () => name },
  });
  return Object.freeze(ref) as ServiceRef<TService>;
}

/**
 * Tells whether a value is a service ref, from this or any other copy of the SDK: it checks the
 * brand, the shape version and the id and version strings, not the prototype.
 *
 * @param value - Any value.
 * @example
 * ```ts
 * if (!isServiceRef(dependency)) throw new TypeError('expected a service ref');
 * ```
 */
export function isServiceRef(value: unknown): value is ServiceRef<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ServiceRef<unknown>, unknown>>;
  return (
    candidate.$$brand === SERVICE_REF_BRAND &&
    candidate.$$version === 1 &&
    typeof candidate.id === 'string' &&
    typeof candidate.version === 'string'
  );
}

/**
 * Tells whether a ref's version satisfies a semver range, as when a host matches a consumer's
 * `requires` entry to a provider. An invalid range never matches.
 *
 * @param ref - The service ref, usually the provider's.
 * @param range - An npm-style range such as `^1.2.0`.
 * @example
 * ```ts
 * serviceRefSatisfies(paymentsRef, '^1.0.0'); // true for 1.2.0
 * serviceRefSatisfies(paymentsRef, '>=2'); // false
 * ```
 */
export function serviceRefSatisfies(ref: ServiceRef<unknown>, range: string): boolean {
  return satisfies(ref.version, range);
}
