/**
 * A consumer of the published `@gerbang/core` through the `production` export condition, which
 * Vite and webpack choose for production bundles. The registry smoke test runs it with
 * `node --conditions=production`: the same runtime, with the errors' explanatory prose left out.
 *
 * It throws on any wrong behaviour; `checked` lists what it verified.
 */
import { isGerbangError } from '@gerbang/contracts';
import { createSuperApp, defineModule, MODULE_STATES, PermissionDeniedError, UnknownModuleError } from '@gerbang/core';
import type { ModuleFailure, SuperApp } from '@gerbang/core';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.production.mts: ${message}`);
}

const resolved = import.meta.resolve('@gerbang/core');
assert(resolved.endsWith('/dist/production/index.js'), `the production condition resolved ${resolved}`);

const pajak = defineModule({
  manifest: {
    spec: 1,
    id: 'lampung.pajak',
    version: '1.0.0',
    name: { id: 'Pajak Kendaraan' },
    description: { id: 'Cek dan bayar pajak kendaraan.' },
    icon: '/icons/pajak.svg',
    category: 'pajak',
    engine: '^0.1.0',
  },
  load: () =>
    Promise.resolve({
      async activate(ctx) {
        // `location` is not declared in the manifest: refused at once, and the module fails alone.
        await ctx.permissions.request('location');
      },
    }),
});

/** The host. */
export const host: SuperApp = createSuperApp({ modules: [pajak] });
const failures: ModuleFailure[] = [];
host.on('host:module-failed', (failure) => failures.push(failure));

let unknown: unknown;
await host.open('lampung.tidak-ada').catch((error: unknown) => (unknown = error));
assert(unknown instanceof UnknownModuleError && unknown.code === 'unknown-module', 'an unknown id did not give an UnknownModuleError');
assert(unknown.moduleId === 'lampung.tidak-ada' && unknown.message.includes('lampung.tidak-ada'), 'the error does not name the id');
assert(!unknown.message.includes('No module is registered'), `the production build kept the development prose: ${unknown.message}`);

await host.open('lampung.pajak').catch(() => undefined);
const cause = failures[0]?.cause;
assert(host.state('lampung.pajak') === MODULE_STATES.failed && failures[0]?.phase === 'activate', 'the failing module was not isolated');
assert(cause instanceof PermissionDeniedError && isGerbangError(cause, 'permission-denied'), 'an undeclared permission did not give a PermissionDeniedError');
assert(cause.reason === 'undeclared' && cause.message.includes('lampung.pajak') && cause.message.includes('location'), 'the error does not name the module and the permission');
assert(!cause.message.includes('add it to'), `the production build kept the development prose: ${cause.message}`);

const link = await host.navigate('javascript:alert(1)');
assert(!link.ok && link.error.code === 'deep-link-refused', 'a javascript: link was not refused');

/** What this consumer verified, printed by the smoke test. */
export const checked: readonly string[] = [
  'the production condition resolves dist/production',
  'errors keep class, code and fields, and name the module, without the development prose',
  'a module using an undeclared permission fails alone',
];
