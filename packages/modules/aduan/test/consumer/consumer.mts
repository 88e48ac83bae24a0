/**
 * A consumer of the published `@gerbang/module-aduan`, as ESM: a host registers the module from its
 * manifest alone, shows its tile, and loads its code only when it is opened. The registry smoke
 * test compiles this file under the strictest tsconfig and runs it with Node.
 */
import { outboxServiceRef } from '@gerbang/contracts';
import type { OutboxService } from '@gerbang/contracts';
import { createSuperApp, provideModuleService } from '@gerbang/core';
import type { GerbangModule } from '@gerbang/core';
import { ADUAN_MODULE_ID, aduanModule } from '@gerbang/module-aduan';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.mts: ${message}`);
}

/** The module, typed as any host takes it. */
export const registered: GerbangModule = aduanModule;

// The module requires the host's outbox (`gerbang.outbox`), which `@gerbang/web` provides in a
// browser; any host can provide its own. This one keeps nothing, which is enough to open the module.
const noOutbox: OutboxService = {
  submit: () => Promise.reject(new Error('this host sends nothing')),
  entries: () => Promise.resolve([]),
  subscribe: () => () => undefined,
  retry: () => Promise.resolve(),
  discard: () => Promise.resolve(),
};
const host = createSuperApp({ modules: [registered], locale: 'id', services: [provideModuleService(outboxServiceRef, () => noOutbox)] });
assert(host.state(ADUAN_MODULE_ID) === 'registered', `the module is registered without loading its code, not ${String(host.state(ADUAN_MODULE_ID))}`);
const tile = host.catalogue().tiles.find((each) => each.id === ADUAN_MODULE_ID);
assert(tile !== undefined && tile.name !== '', 'the home screen has its tile, named from the manifest');

const opened = await host.open(ADUAN_MODULE_ID);
assert(host.state(ADUAN_MODULE_ID) === 'active', `opening it loads and activates its code, not ${String(host.state(ADUAN_MODULE_ID))}`);
assert(opened.view !== undefined, 'it registers a view for the renderer');

/** What this fixture verified. */
export const checked = ['registered from the manifest alone', 'a home tile', 'lazy code loads and activates on open', 'a view for the renderer'];
