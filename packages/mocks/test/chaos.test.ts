import { createChaos, createMockStore, type ChaosOutcomeKind } from '@gerbang/mocks';
import { setupMockServer } from '@gerbang/mocks/node';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const rule = { dropRate: 0.15, rateLimitRate: 0.15, errorRate: 0.2, malformedRate: 0.15 };

describe('createChaos', () => {
  it('gives the same sequence of outcomes for the same seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), (seed) => {
        const a = createChaos({ seed, default: rule });
        const b = createChaos({ seed, default: rule });
        const draw = (chaos: typeof a) => Array.from({ length: 50 }, () => chaos.decide('reports.create'));
        expect(draw(a)).toEqual(draw(b));
      }),
      { numRuns: 50 },
    );
  });

  it('gives another sequence for another seed, and starts again after reset', () => {
    const kinds = (seed: number) => {
      const chaos = createChaos({ seed, default: rule });
      return Array.from({ length: 40 }, () => chaos.decide('x').kind).join();
    };
    expect(kinds(1)).not.toBe(kinds(2));
    const chaos = createChaos({ seed: 3, default: rule });
    const first = Array.from({ length: 10 }, () => chaos.decide('x'));
    chaos.reset();
    expect(Array.from({ length: 10 }, () => chaos.decide('x'))).toEqual(first);
  });

  it('keeps one sequence per endpoint, whatever other endpoints receive', () => {
    const alone = createChaos({ seed: 9, default: rule });
    const mixed = createChaos({ seed: 9, default: rule });
    const expected = Array.from({ length: 20 }, () => alone.decide('a'));
    const actual = Array.from({ length: 20 }, (_, index) => {
      mixed.decide(`other-${index % 3}`);
      return mixed.decide('a');
    });
    expect(actual).toEqual(expected);
  });

  it('draws each outcome about as often as its rate, and latency within its range', () => {
    const chaos = createChaos({ seed: 'rates', perEndpoint: { x: { ...rule, latencyMs: [10, 30], retryAfterSeconds: [2, 4] } } });
    const counts: Record<ChaosOutcomeKind, number> = { pass: 0, drop: 0, 'rate-limit': 0, error: 0, malformed: 0 };
    for (let index = 0; index < 4000; index++) {
      const outcome = chaos.decide('x');
      counts[outcome.kind]++;
      expect(outcome.latencyMs).toBeGreaterThanOrEqual(10);
      expect(outcome.latencyMs).toBeLessThanOrEqual(30);
      if (outcome.kind === 'rate-limit') expect([2, 3, 4]).toContain(outcome.retryAfterSeconds);
    }
    expect(counts.drop / 4000).toBeCloseTo(0.15, 1);
    expect(counts['rate-limit'] / 4000).toBeCloseTo(0.15, 1);
    expect(counts.error / 4000).toBeCloseTo(0.2, 1);
    expect(counts.malformed / 4000).toBeCloseTo(0.15, 1);
    expect(createChaos({ seed: 1 }).decide('y')).toEqual({ kind: 'pass', latencyMs: 0 });
  });

  it('refuses rates outside 0 to 1, rates above 1 in sum, and reversed ranges', () => {
    expect(() => createChaos({ default: { errorRate: 1.5 } })).toThrow(/errorRate must be a number from 0 to 1/);
    expect(() => createChaos({ perEndpoint: { x: { errorRate: 0.6, dropRate: 0.6 } } })).toThrow(/chaos.perEndpoint\["x"\].*add up to 1.2/);
    expect(() => createChaos({ default: { latencyMs: [50, 10] } })).toThrow(/latencyMs must be \[min, max\]/);
  });
});

describe('chaos through the handlers', () => {
  const BASE = 'https://chaos.gerbang.test';
  type Observed = { kind: string; status?: number; retryAfter?: string | null };

  async function observe(seed: number, count: number): Promise<Observed[]> {
    const mock = setupMockServer({
      baseUrl: BASE,
      store: createMockStore({ now: () => Date.parse('2026-11-02T09:00:00+07:00') }),
      chaos: { seed, perEndpoint: { 'platform.health': rule } },
      onUnhandledRequest: 'error',
    });
    mock.listen();
    const seen: Observed[] = [];
    try {
      for (let index = 0; index < count; index++) {
        let response: Response;
        try {
          response = await fetch(`${BASE}/health`);
        } catch {
          seen.push({ kind: 'network-error' });
          continue;
        }
        const text = await response.text();
        let kind = 'ok';
        try {
          const body = JSON.parse(text) as { status?: unknown; type?: string };
          if (response.status >= 400) kind = body.type ?? 'problem';
          else if (typeof body.status !== 'string') kind = 'wrong-shape';
        } catch {
          kind = 'broken-json';
        }
        seen.push({ kind, status: response.status, retryAfter: response.headers.get('Retry-After') });
      }
    } finally {
      mock.close();
    }
    return seen;
  }

  it('turns outcomes into network errors, 429 and 5xx problems and broken bodies, the same for the same seed', async () => {
    const first = await observe(42, 60);
    expect(await observe(42, 60)).toEqual(first);
    const kinds = new Set(first.map((entry) => entry.kind));
    expect(kinds).toEqual(
      new Set([
        'ok',
        'network-error',
        'broken-json',
        'wrong-shape',
        'https://gerbang.dev/problems/rate-limited',
        'https://gerbang.dev/problems/internal-error',
        'https://gerbang.dev/problems/service-unavailable',
      ]),
    );
    for (const entry of first.filter((item) => item.status === 429 || item.status === 503)) expect(entry.retryAfter).toMatch(/^[1-5]$/);
  });
});
