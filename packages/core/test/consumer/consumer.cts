/**
 * A consumer of the published `@gerbang/core`, as CommonJS: `require` resolves the package's
 * `require` condition (`index.cjs`, `index.d.cts`). See `consumer.mts` for how it is used.
 */
import core = require('@gerbang/core');
import type { ModuleStatus } from '@gerbang/core';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.cts: ${message}`);
}

const manifest = {
  spec: 1,
  id: 'lampung.harga',
  version: '1.0.0',
  name: { id: 'Harga Pangan' },
  description: { id: 'Harga bahan pokok hari ini.' },
  icon: '/icons/harga.svg',
  category: 'ekonomi',
  engine: '^9.0.0',
} as const;

const host = core.createSuperApp({ modules: [core.defineModule({ manifest, load: () => Promise.resolve({ activate() {} }) })] });
const status: ModuleStatus | undefined = host.status('lampung.harga');
assert(status?.state === core.MODULE_STATES.blocked, 'a module needing another engine was not blocked');
assert(status.block?.code === 'engine-mismatch', 'the block reason is not engine-mismatch');

const duplicate = host.register(core.defineModule({ manifest, load: () => Promise.resolve({ activate() {} }) }));
assert(duplicate.rejected[0]?.error.code === 'duplicate-module', 'a duplicate id was not refused');

/** What this consumer verified, printed by the smoke test. */
export = {
  checked: ['an engine mismatch blocks a module', 'a duplicate id is refused with duplicate-module'] as readonly string[],
};
