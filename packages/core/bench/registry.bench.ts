/**
 * Registration cost. Each group prints its figures side by side, measured in the same run:
 * - Gerbang's `register()` of 10,000 manifests against the floor (validating each with
 *   `parseManifest` and inserting it into a plain Map); target ≤ 1.5×;
 * - 1,000 against 10,000 modules; target ≤ 12× for 10× more;
 * - single-spa's `registerApplication` for 1,000 and 10,000 apps, as the peer figure.
 */
import { bench, describe } from 'vitest';
import { parseManifest } from '@gerbang/contracts';
import { createSuperApp, defineModule, type GerbangModule } from '@gerbang/core';
import { getAppNames, registerApplication, start, unregisterApplication } from 'single-spa';

start();

const load = () => Promise.resolve({ activate: () => undefined });

/** `count` distinct modules, each manifest a fresh plain object as if read from JSON. */
function modules(count: number, prefix: string): GerbangModule[] {
  return Array.from({ length: count }, (_, index) =>
    defineModule({
      manifest: JSON.parse(
        JSON.stringify({
          spec: 1,
          id: `${prefix}.m${index}`,
          version: '1.2.0',
          name: { id: `Layanan ${index}`, en: `Service ${index}` },
          description: { id: 'Layanan publik untuk warga.' },
          icon: '/icons/layanan.svg',
          category: 'layanan',
          engine: '^0.1.0',
          keywords: { id: ['layanan', 'warga'] },
          permissions: index % 5 === 0 ? [{ id: 'location', rationale: { id: 'Untuk lokasi.' } }] : [],
          requires: index % 10 === 1 ? { [`${prefix}.m${index - 1}.svc`]: '^1.0.0' } : {},
          provides: index % 10 === 0 ? [{ id: `${prefix}.m${index}.svc`, version: '1.0.0' }] : [],
          routes: [
            { name: 'home', path: '/' },
            { name: 'detail', path: '/items/:id' },
          ],
          regions: ['18'],
        }),
      ) as never,
      load,
    }),
  );
}

const thousand = modules(1000, 'a');
const tenThousand = modules(10_000, 'b');
const brand = { provinceCode: '18', regions: ['18'] };
const heavy = { time: 1500, iterations: 5, warmupIterations: 1 };

function floor(batch: readonly GerbangModule[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const module of batch) {
    const result = parseManifest(module.manifest);
    if (result.success) map.set(result.data.id, result.data);
  }
  return map;
}

describe('register 10,000 manifests (target ≤ 1.5× the floor)', () => {
  bench('floor: parseManifest each + Map.set', () => void floor(tenThousand), heavy);
  bench('gerbang: createSuperApp().register(batch)', () => void createSuperApp({ brand }).register(tenThousand), heavy);
  bench(
    'gerbang: register one at a time',
    () => {
      const host = createSuperApp({ brand });
      for (const module of tenThousand) host.register(module);
    },
    heavy,
  );
});

// Each comparison is a group of its own, so that vitest's summary prints its ratio directly.
describe('scaling, gerbang: 1,000 vs 10,000 modules (target ≤ 12×)', () => {
  bench('gerbang: 1,000 modules', () => void createSuperApp({ brand }).register(thousand), heavy);
  bench('gerbang: 10,000 modules', () => void createSuperApp({ brand }).register(tenThousand), heavy);
});

describe('scaling, the floor itself: 1,000 vs 10,000 manifests (reference)', () => {
  bench('floor: 1,000 manifests', () => void floor(thousand), heavy);
  bench('floor: 10,000 manifests', () => void floor(tenThousand), heavy);
});

// single-spa keeps one global registry, and registration grows quadratically with it: each run
// starts from an empty registry (the apps of the previous run are unregistered in `teardown`),
// and runs once, since 10,000 apps take seconds.
let batch = 0;
function singleSpa(count: number): void {
  const prefix = `app${batch++}-`;
  for (let index = 0; index < count; index++) {
    registerApplication({ name: `${prefix}${index}`, app: load as never, activeWhen: `/${prefix}${index}` });
  }
}
async function unregisterAll(): Promise<void> {
  await Promise.all(getAppNames().map((name) => unregisterApplication(name)));
}
const once = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0, setup: unregisterAll, teardown: unregisterAll };

describe('peer: single-spa registerApplication, one run each', () => {
  bench('gerbang: 1,000 modules', () => void createSuperApp({ brand }).register(thousand), once);
  bench('gerbang: 10,000 modules', () => void createSuperApp({ brand }).register(tenThousand), once);
  bench('single-spa: 1,000 apps', () => { singleSpa(1000); }, once);
  bench('single-spa: 10,000 apps', () => { singleSpa(10_000); }, once);
});
