/**
 * A consumer of the published `@gerbang/mocks`, as ESM. `scripts/registry-smoke.mjs` installs the
 * package from a local registry into a fresh project, compiles this file under the strictest
 * tsconfig (NodeNext, declaration emit, skipLibCheck off) and runs the output with Node.
 *
 * It throws on any wrong behaviour; `checked` lists what it verified. It imports nothing but the
 * package: the mock back end runs in Node through `@gerbang/mocks/node`, and is called with fetch.
 */
import { createChaos, createMockStore, DEMO_CITIZEN, IDEMPOTENT_REPLAYED_HEADER } from '@gerbang/mocks';
import type { ChaosOutcome, MockStore } from '@gerbang/mocks';
import { setupMockServer, type MockServer } from '@gerbang/mocks/node';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.mts: ${message}`);
}

const BASE = 'https://api.consumer.test';

/** A store on a fixed clock, so that the seed data is the same on every run. */
export const store: MockStore = createMockStore({ seed: 'consumer', now: () => Date.parse('2026-11-02T09:00:00+07:00') });
/** The mock back end in Node. */
export const mock: MockServer = setupMockServer({ baseUrl: BASE, store });
mock.listen();

try {
  const health = await fetch(`${BASE}/health`);
  assert(health.status === 200, `GET /health answered ${health.status}`);
  const body = (await health.json()) as { status?: unknown };
  assert(body.status === 'ok', 'the health check is not ok');

  const unauthenticated = await fetch(`${BASE}/me/reports`);
  assert(unauthenticated.status === 401, `GET /me/reports without a token answered ${unauthenticated.status}`);
  assert(unauthenticated.headers.get('Content-Type') === 'application/problem+json', 'a 401 is not a problem document');

  const before = store.reports.count();
  const form = new FormData();
  form.append(
    'report',
    new Blob(
      [JSON.stringify({ categoryCode: 'lampu-jalan', description: 'Lampu jalan mati.', location: { point: { lat: -5.4, lng: 105.26 }, regionCode: '18.71' } })],
      { type: 'application/json' },
    ),
  );
  const send = () => fetch(`${BASE}/reports`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${DEMO_CITIZEN}`, 'Idempotency-Key': 'consumer-1' } });
  const created = await send();
  assert(created.status === 201, `POST /reports answered ${created.status}`);
  const replayed = await send();
  assert(replayed.headers.get(IDEMPOTENT_REPLAYED_HEADER) === 'true', 'a retry with the same key was not replayed');
  assert(store.reports.count() === before + 1, 'the report was not filed exactly once');
} finally {
  mock.close();
}

const outcomes: ChaosOutcome[] = [1, 2, 3].map(() => createChaos({ seed: 5, default: { errorRate: 0.5 } }).decide('platform.health'));
assert(outcomes.every((outcome) => outcome.kind === outcomes[0]?.kind), 'the same seed gave different outcomes');

/** What this consumer verified, printed by the smoke test. */
export const checked: readonly string[] = [
  'setupMockServer answers GET /health through fetch',
  'an endpoint that needs a token answers 401 with a problem document',
  'POST /reports files once and replays a retry with the same Idempotency-Key',
  'createChaos repeats its outcomes for the same seed',
];
