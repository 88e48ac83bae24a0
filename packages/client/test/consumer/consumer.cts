/**
 * A consumer of the published `@gerbang/client`, as CommonJS: `require` resolves the package's
 * `require` condition (`index.cjs`, `index.d.cts`). See `consumer.mts` for how it is used.
 */
import client = require('@gerbang/client');
import contracts = require('@gerbang/contracts');

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.cts: ${message}`);
}

const api = client.createApiClient({
  baseUrl: 'https://api.example.go.id',
  fetch: () => Promise.resolve(Response.json({ status: 'degraded', version: '2', time: '2026-06-15T09:00:00+07:00' })),
});

const error = new client.HttpError({ method: 'GET', url: 'https://x.id/p?phone=081234567890', status: 503 });
assert(client.isHttpError(error) && error.url === 'https://x.id/p?phone=***', 'HttpError did not mask the phone number');
assert(contracts.isGerbangError(error, 'http-error'), 'HttpError is not a GerbangError');
assert(client.computeBackoff(2, { baseDelay: 100, random: () => 0.5 }) === 200, 'computeBackoff is not full jitter');

export = {
  api,
  ready: api.call(contracts.getHealth).then((health) => {
    assert(health.status === 'degraded', 'the CommonJS build did not parse the response');
  }),
  checked: [
    'require() loads the CommonJS build',
    'HttpError masks personal data and is a GerbangError',
    'computeBackoff computes full jitter',
  ] as readonly string[],
};
