/**
 * A consumer of the published `@gerbang/core`, as ESM. The registry smoke test installs the
 * package into a fresh project, compiles this file under the strictest tsconfig (NodeNext,
 * declaration emit, skipLibCheck off) and imports the output with Node.
 *
 * It throws on any wrong behaviour; `checked` lists what it verified. The exported values make
 * declaration emit name the package's public types.
 */
import { createServiceRef, isGerbangError } from '@gerbang/contracts';
import { createMemoryStorage, createSuperApp, defineModule, MODULE_STATES, provideService } from '@gerbang/core';
import type { GerbangModule, ModuleFailure, ModuleImplementation, OpenedModule, SuperApp } from '@gerbang/core';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.mts: ${message}`);
}

interface Greeter {
  greet(name: string): string;
}
const greeterRef = createServiceRef<Greeter>({ id: 'demo.greeter', version: '1.0.0' });

const implementation: ModuleImplementation = {
  activate(ctx) {
    ctx.views.register('main', { mount: () => undefined });
    ctx.events.emit('greeted', ctx.services.get(greeterRef).greet('Siti'));
  },
};

/** A module, as an integrator writes it. */
export const aduan: GerbangModule = defineModule({
  manifest: {
    spec: 1,
    id: 'lampung.aduan',
    version: '1.0.0',
    name: { id: 'Lapor', en: 'Report' },
    description: { id: 'Laporkan masalah di sekitar Anda.' },
    icon: '/icons/aduan.svg',
    category: 'pengaduan',
    engine: '^0.1.0',
    requires: { 'demo.greeter': '^1.0.0' },
    routes: [{ name: 'detail', path: '/reports/:ticket' }],
  },
  load: () => Promise.resolve(implementation),
});

const broken = defineModule({
  manifest: { ...aduan.manifest, id: 'lampung.rusak', requires: {}, routes: [] },
  load: () => Promise.reject(new Error('chunk missing')),
});

/** The host. */
export const host: SuperApp = createSuperApp({
  brand: { provinceCode: '18', regions: ['18'] },
  modules: [aduan, broken],
  services: [provideService(greeterRef, { greet: (name) => `Halo, ${name}` })],
  storage: createMemoryStorage(),
});

const greetings: unknown[] = [];
host.on('lampung.aduan:greeted', (payload) => greetings.push(payload));
const failures: ModuleFailure[] = [];
host.on('host:module-failed', (failure) => failures.push(failure));

const navigation = await host.navigate('gerbang://lampung.aduan/reports/LPG-001');
assert(navigation.ok, 'a deep link did not open its module');
const opened: OpenedModule = navigation.opened;
assert(opened.route === 'detail' && opened.params['ticket'] === 'LPG-001', 'the deep link lost its route or params');
assert(opened.view !== undefined, 'the opened module gave no view');
assert(greetings[0] === 'Halo, Siti', 'the module did not reach the host service or the bus');

const refused = await host.navigate('javascript:alert(1)');
assert(!refused.ok && isGerbangError(refused.error), 'a javascript: link was not refused with a typed error');

let failed: unknown;
await host.open('lampung.rusak').catch((error: unknown) => (failed = error));
assert(isGerbangError(failed, 'module-failed'), 'a failing module did not give a ModuleFailedError');
assert(host.state('lampung.rusak') === MODULE_STATES.failed && failures[0]?.phase === 'load', 'the failure was not isolated');
assert(host.state('lampung.aduan') === MODULE_STATES.active, 'the healthy module did not stay active');

await host.stop();
assert(host.state('lampung.aduan') === MODULE_STATES.inactive, 'stop() did not deactivate the module');

/** What this consumer verified, printed by the smoke test. */
export const checked: readonly string[] = [
  'defineModule + createSuperApp with a host service and a brand',
  'navigate() opens a deep link with its route, params and view; javascript: is refused',
  'a module that fails to load is set aside as failed (phase load) and the other stays active',
  'stop() deactivates',
];
