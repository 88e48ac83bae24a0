/**
 * A consumer of the published `@gerbang/module-pajak-kendaraan`, as ESM: a host registers the module from its
 * manifest alone, shows its tile, and loads its code only when it is opened. The registry smoke
 * test compiles this file under the strictest tsconfig and runs it with Node.
 */
import { createSuperApp } from '@gerbang/core';
import type { GerbangModule } from '@gerbang/core';
import { PAJAK_KENDARAAN_MODULE_ID, pajakKendaraanModule } from '@gerbang/module-pajak-kendaraan';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.mts: ${message}`);
}

/** The module, typed as any host takes it. */
export const registered: GerbangModule = pajakKendaraanModule;

const host = createSuperApp({ modules: [registered], locale: 'id' });
assert(host.state(PAJAK_KENDARAAN_MODULE_ID) === 'registered', `the module is registered without loading its code, not ${String(host.state(PAJAK_KENDARAAN_MODULE_ID))}`);
const tile = host.catalogue().tiles.find((each) => each.id === PAJAK_KENDARAAN_MODULE_ID);
assert(tile !== undefined && tile.name !== '', 'the home screen has its tile, named from the manifest');

const opened = await host.open(PAJAK_KENDARAAN_MODULE_ID);
assert(host.state(PAJAK_KENDARAAN_MODULE_ID) === 'active', `opening it loads and activates its code, not ${String(host.state(PAJAK_KENDARAAN_MODULE_ID))}`);
assert(opened.view !== undefined, 'it registers a view for the renderer');

/** What this fixture verified. */
export const checked = ['registered from the manifest alone', 'a home tile', 'lazy code loads and activates on open', 'a view for the renderer'];
