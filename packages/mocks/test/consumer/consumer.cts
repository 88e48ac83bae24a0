/**
 * A consumer of the published `@gerbang/mocks`, as CommonJS: `require` resolves the package's
 * `require` condition (`index.cjs`, `node.cjs`). See `consumer.mts` for how it is used.
 */
import mocks = require('@gerbang/mocks');
import mocksNode = require('@gerbang/mocks/node');

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.cts: ${message}`);
}

const store = mocks.createMockStore({ seed: 'consumer', now: () => Date.parse('2026-11-02T09:00:00+07:00') });
const open = store.reports.list({ status: 'submitted' })[0];
assert(open !== undefined, 'the seed has no submitted report');
store.reports.advance(open.ticket, 'verified');
assert(store.reports.get(open.ticket)?.status === 'verified', 'advance did not move the report');
let refused: unknown;
try {
  store.reports.advance(open.ticket, 'closed');
} catch (error) {
  refused = error;
}
assert(typeof refused === 'object' && refused !== null && (refused as { code?: unknown }).code === 'report-transition-refused', 'an illegal step was not refused');

const worker = mocksNode.mockServiceWorkerPath();
assert(worker.endsWith('mockServiceWorker.js'), `mockServiceWorkerPath() gave ${worker}`);

export = {
  checked: [
    'require() loads the CommonJS builds of the main and /node entries',
    'store.reports.advance applies the lifecycle and refuses an illegal step',
    'mockServiceWorkerPath() finds msw’s worker script',
  ] as readonly string[],
};
