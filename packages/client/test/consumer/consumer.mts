/// <reference types="node" />
/**
 * A consumer of the published `@gerbang/client`, as ESM. `scripts/registry-smoke.mjs` installs the
 * package from a local registry into a fresh project, compiles this file under the strictest
 * tsconfig (NodeNext, declaration emit, skipLibCheck off) and runs the output with Node.
 *
 * It throws on any wrong behaviour; `checked` lists what it verified. It sends nothing over the
 * network: a `fetch` function stands in for the back end.
 */
import {
  createApiClient,
  createMemoryOutboxStorage,
  createOutbox,
  defaultSteps,
  isContractError,
  isHttpError,
  maskUrl,
  type ApiClient,
  type FetchFunction,
  type OutboxItem,
} from '@gerbang/client';
import { createFileOutboxStorage } from '@gerbang/client/node';
import { getHealth, type Health } from '@gerbang/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.mts: ${message}`);
}

const seen: string[] = [];
const backEnd: FetchFunction = (input) => {
  const url = typeof input === 'string' ? input : input.url;
  seen.push(url);
  if (!url.includes('/missing/')) {
    return Promise.resolve(Response.json({ status: 'ok', version: '1.0.0', time: '2026-06-15T09:00:00+07:00' }));
  }
  return Promise.resolve(
    Response.json({ type: 'https://gerbang.dev/problems/not-found', title: 'Not found', status: 404 }, { status: 404, headers: { 'content-type': 'application/problem+json' } }),
  );
};

/** A client over the stand-in back end. */
export const client: ApiClient = createApiClient({ baseUrl: 'https://api.example.go.id/v1', fetch: backEnd, steps: defaultSteps() });

const health: Health = await client.call(getHealth);
assert(health.status === 'ok' && seen[0] === 'https://api.example.go.id/v1/health', `call gave ${JSON.stringify(health)}`);

const broken = createApiClient({ baseUrl: 'https://api.example.go.id/v1/missing', fetch: backEnd });
const notFound = await broken.call(getHealth).then(() => undefined, (error: unknown) => error);
assert(isHttpError(notFound) && notFound.status === 404 && notFound.problem?.title === 'Not found', 'a 404 did not become an HttpError with its problem');

const liar = createApiClient({ baseUrl: 'https://api.example.go.id/v1', fetch: () => Promise.resolve(Response.json({ status: 'sleeping' })) });
const violation = await liar.call(getHealth).then(() => undefined, (error: unknown) => error);
assert(isContractError(violation) && violation.part === 'response', 'a response that breaks the contract was accepted');

assert(maskUrl('https://x.id/a?nik=1871014506900001') === 'https://x.id/a?nik=***', 'maskUrl did not mask a NIK');

const directory = mkdtempSync(join(tmpdir(), 'gerbang-consumer-'));
const storage = createFileOutboxStorage({ directory });
const item: OutboxItem = { id: 'k1', queue: 'q', seq: 1, endpointId: 'platform.health', input: {}, state: 'queued', attempts: 0, createdAt: 1, updatedAt: 1, nextAttemptAt: 0 };
await storage.put(item);
const [loaded] = await createFileOutboxStorage({ directory }).load();
rmSync(directory, { recursive: true, force: true });
assert(loaded?.id === 'k1', 'the file storage did not keep an item');

const outbox = createOutbox({ client, storage: createMemoryOutboxStorage(), endpoints: [getHealth] });
const refused = await outbox.enqueue(getHealth, {}).then(
  () => 'queued',
  () => 'refused',
);
outbox.close();
assert(refused === 'queued', 'a GET (idempotent) endpoint could not be queued');

/** What this consumer verified, printed by the smoke test. */
export const checked: readonly string[] = [
  'createApiClient + defaultSteps: a typed call returns the parsed response',
  'an RFC 9457 problem becomes an HttpError with its problem',
  'a response that breaks its contract becomes a ContractError',
  'maskUrl masks a NIK',
  '@gerbang/client/node: the file storage keeps an item across instances',
  'createOutbox queues an idempotent endpoint',
];
