/**
 * Chaos mode: seeded faults per endpoint (latency, 5xx errors, 429 with `Retry-After`, dropped
 * connections and malformed bodies), so that a client's retries, backoff and error handling can be
 * tested against a back end that misbehaves the same way on every run.
 *
 * @module
 */
import { InvalidDefinitionError } from '@gerbang/contracts';
import { createRandom, type MockRandom, type MockSeed } from './random.ts';

/**
 * How one endpoint misbehaves. Rates are probabilities from 0 to 1, drawn once per request in the
 * order drop, rate limit, error, malformed; their sum must not exceed 1.
 */
export interface ChaosRule {
  /**
   * Extra latency before each answer, drawn uniformly from `[min, max]` milliseconds.
   * @default [0, 0]
   * @example [50, 800]
   */
  latencyMs?: readonly [number, number];
  /**
   * The share of requests answered with a 5xx problem (500, or 503 with `Retry-After`), before
   * the request takes effect.
   * @default 0
   */
  errorRate?: number;
  /**
   * The share of requests answered 429 with a `Retry-After` header, before the request takes effect.
   * @default 0
   */
  rateLimitRate?: number;
  /**
   * The share of requests whose connection drops (a network error, `HttpResponse.error()`),
   * before the request takes effect.
   * @default 0
   */
  dropRate?: number;
  /**
   * The share of successful responses whose body is broken: truncated JSON, or JSON of the wrong
   * shape. The request has taken effect.
   * @default 0
   */
  malformedRate?: number;
  /**
   * The range of the `Retry-After` seconds sent with 429 and 503.
   * @default [1, 5]
   */
  retryAfterSeconds?: readonly [number, number];
}

/** The options of {@link createChaos}. */
export interface ChaosOptions {
  /**
   * The seed: the same seed gives every endpoint the same sequence of outcomes.
   * @default 'gerbang'
   */
  seed?: MockSeed;
  /**
   * The rule of every endpoint without its own.
   * @default no chaos
   */
  default?: ChaosRule;
  /**
   * Rules by endpoint id; each field overrides the same field of `default`.
   * @default {}
   * @example { 'reports.create': { dropRate: 0.2 } }
   */
  perEndpoint?: Readonly<Record<string, ChaosRule>>;
}

/** What chaos mode decided for one request. */
export type ChaosOutcome =
  | { readonly kind: 'pass'; readonly latencyMs: number }
  | { readonly kind: 'drop'; readonly latencyMs: number }
  | { readonly kind: 'rate-limit'; readonly latencyMs: number; readonly retryAfterSeconds: number }
  | { readonly kind: 'error'; readonly latencyMs: number; readonly status: 500 | 503; readonly retryAfterSeconds?: number }
  | { readonly kind: 'malformed'; readonly latencyMs: number; readonly form: 'truncated-json' | 'wrong-shape' };

/** The kinds of {@link ChaosOutcome}. */
export type ChaosOutcomeKind = ChaosOutcome['kind'];

/**
 * A seeded chaos source, from {@link createChaos}. Each endpoint has its own sequence, so that the
 * outcomes of one endpoint do not depend on how many calls other endpoints received.
 */
export interface Chaos {
  /**
   * Draws the outcome of the next request to an endpoint.
   *
   * @param endpointId - The endpoint's id.
   */
  decide(endpointId: string): ChaosOutcome;
  /** Starts every sequence again from the seed. */
  reset(): void;
}

const RATE_KEYS = ['dropRate', 'rateLimitRate', 'errorRate', 'malformedRate'] as const;

/**
 * Creates a seeded chaos source. Pass it, or its options, as the `chaos` option of the handlers.
 *
 * @param options - The seed and the rules.
 * @throws InvalidDefinitionError (from `@gerbang/contracts`) when a rate is outside 0 to 1, the
 * rates of a rule add up to more than 1, or a range is reversed or negative.
 * @example
 * ```ts
 * const chaos = createChaos({ seed: 7, perEndpoint: { 'reports.create': { dropRate: 0.3 } } });
 * chaos.decide('reports.create').kind; // the same on every run
 * ```
 */
export function createChaos(options: ChaosOptions = {}): Chaos {
  const seed = options.seed ?? 'gerbang';
  const defaults = checkRule(options.default ?? {}, 'chaos.default');
  const rules = new Map<string, Required<ChaosRule>>();
  for (const [id, rule] of Object.entries(options.perEndpoint ?? {})) {
    rules.set(id, checkRule({ ...options.default, ...rule }, `chaos.perEndpoint[${JSON.stringify(id)}]`));
  }
  const streams = new Map<string, MockRandom>();
  return {
    decide(endpointId) {
      let random = streams.get(endpointId);
      if (random === undefined) {
        random = createRandom(`${String(seed)}\u0000${endpointId}`);
        streams.set(endpointId, random);
      }
      return drawOutcome(rules.get(endpointId) ?? defaults, random);
    },
    reset() {
      streams.clear();
    },
  };
}

/**
 * Tells whether a value is a {@link Chaos} source rather than chaos options.
 *
 * @internal
 */
export function isChaos(value: Chaos | ChaosOptions): value is Chaos {
  return typeof (value as Partial<Chaos>).decide === 'function';
}

function drawOutcome(rule: Required<ChaosRule>, random: MockRandom): ChaosOutcome {
  // Three draws per request whatever the outcome, so that a sequence never shifts.
  const [minLatency, maxLatency] = rule.latencyMs;
  const latencyMs = Math.round(minLatency + random.next() * (maxLatency - minLatency));
  const roll = random.next();
  const detail = random.next();
  const [minRetry, maxRetry] = rule.retryAfterSeconds;
  const retryAfterSeconds = minRetry + Math.floor(detail * (maxRetry - minRetry + 1));
  let threshold = rule.dropRate;
  if (roll < threshold) return { kind: 'drop', latencyMs };
  threshold += rule.rateLimitRate;
  if (roll < threshold) return { kind: 'rate-limit', latencyMs, retryAfterSeconds };
  threshold += rule.errorRate;
  if (roll < threshold) {
    return detail < 0.5 ? { kind: 'error', latencyMs, status: 500 } : { kind: 'error', latencyMs, status: 503, retryAfterSeconds };
  }
  threshold += rule.malformedRate;
  if (roll < threshold) return { kind: 'malformed', latencyMs, form: detail < 0.5 ? 'truncated-json' : 'wrong-shape' };
  return { kind: 'pass', latencyMs };
}

function checkRule(rule: ChaosRule, subject: string): Required<ChaosRule> {
  const fail = (reason: string): never => {
    throw new InvalidDefinitionError(subject, reason);
  };
  let sum = 0;
  for (const key of RATE_KEYS) {
    const rate = rule[key] ?? 0;
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) fail(`${key} must be a number from 0 to 1, not ${String(rate)}`);
    sum += rate;
  }
  if (sum > 1 + 1e-9) fail(`the rates add up to ${sum}, more than 1`);
  const checkRange = (range: readonly [number, number] | undefined, name: string, fallback: readonly [number, number]) => {
    if (range === undefined) return fallback;
    const [min, max] = range;
    if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < min) {
      fail(`${name} must be [min, max] with 0 <= min <= max, not [${String(min)}, ${String(max)}]`);
    }
    return range;
  };
  return {
    latencyMs: checkRange(rule.latencyMs, 'latencyMs', [0, 0]),
    retryAfterSeconds: checkRange(rule.retryAfterSeconds, 'retryAfterSeconds', [1, 5]),
    dropRate: rule.dropRate ?? 0,
    rateLimitRate: rule.rateLimitRate ?? 0,
    errorRate: rule.errorRate ?? 0,
    malformedRate: rule.malformedRate ?? 0,
  };
}
