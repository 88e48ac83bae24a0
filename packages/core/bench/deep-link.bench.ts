/**
 * Resolving a deep link among 1,000 routes (100 modules × 10 routes), beside a baseline in the
 * same run: a plain `Map.get` of the link's path, the floor of any router. Each iteration resolves
 * all 1,000 links once; after the run, ns per lookup and the ratio to the baseline are printed.
 */
import { compileRouteTable, resolveDeepLink, type RouteTableEntry } from '@gerbang/core';
import { afterAll, bench, describe } from 'vitest';

const MODULES = 100;
const ROUTE_SHAPES = [
  ['home', '/'],
  ['list', '/reports'],
  ['new', '/reports/new'],
  ['detail', '/reports/:id'],
  ['photos', '/reports/:id/photos'],
  ['photo', '/reports/:id/photos/:photo'],
  ['map', '/map/:region'],
  ['settings', '/settings'],
  ['article', '/news/:year/:slug'],
  ['search', '/search'],
] as const;

const entries: RouteTableEntry[] = [];
const links: string[] = [];
const floor = new Map<string, string>();
for (let index = 0; index < MODULES; index++) {
  const moduleId = `province.module-${index}`;
  entries.push({ moduleId, routes: ROUTE_SHAPES.map(([name, path]) => ({ name, path })) });
  for (const [name, path] of ROUTE_SHAPES) {
    const concrete = path.replace(':id', `LPG-${index}`).replace(':photo', '2').replace(':region', '18.71').replace(':year', '2025').replace(':slug', 'banjir-metro');
    const link = `gerbang://${moduleId}${concrete}?tab=map`;
    links.push(link);
    floor.set(link, `${moduleId}#${name}`);
  }
}
const table = compileRouteTable(entries);
const options = { origins: ['https://lampungin.example.id'] };
if (table.routeCount !== 1000) throw new Error(`expected 1,000 routes, compiled ${table.routeCount}`);
for (const link of links) {
  if (!resolveDeepLink(table, link, options).ok) throw new Error(`${link} does not resolve`);
}

let sink = 0;
const runFloor = (): void => {
  for (const link of links) if (floor.get(link) !== undefined) sink++;
};
const runResolve = (): void => {
  for (const link of links) if (resolveDeepLink(table, link, options).ok) sink++;
};

describe('resolve 1,000 deep links among 1,000 routes', () => {
  bench('baseline: Map.get of the link (1,000 lookups)', runFloor);
  bench('resolveDeepLink (1,000 lookups)', runResolve);
});

/**
 * ns per lookup: the fastest and the median of 60 short samples (5 passes over the 1,000 links
 * each). On a shared machine the fastest sample is the one least disturbed by other processes.
 */
function nsPerLookup(run: () => void): { best: number; median: number } {
  const samples: number[] = [];
  for (let round = 0; round < 60; round++) {
    const start = performance.now();
    for (let repeat = 0; repeat < 5; repeat++) run();
    samples.push(((performance.now() - start) * 1e6) / (5 * links.length));
  }
  samples.sort((a, b) => a - b);
  return { best: samples[0]!, median: samples[samples.length >> 1]! };
}

afterAll(() => {
  for (let warm = 0; warm < 20; warm++) {
    runFloor();
    runResolve();
  }
  const baseline = nsPerLookup(runFloor);
  const resolved = nsPerLookup(runResolve);
  // For scale on slow or shared machines: splitting each link at "/" once.
  const split = nsPerLookup(() => {
    for (const link of links) sink += link.split('/').length;
  });
  const show = (figure: { best: number; median: number }): string => `${figure.best.toFixed(0)} ns best, ${figure.median.toFixed(0)} ns median`;
  process.stdout.write(
    `\nDeep links among ${table.routeCount} routes of ${table.moduleCount} modules (per lookup):\n` +
      `  resolveDeepLink: ${show(resolved)}\n` +
      `  baseline Map.get of the link: ${show(baseline)}\n` +
      `  for scale, link.split('/'): ${show(split)}\n` +
      `  ratio: ${(resolved.best / baseline.best).toFixed(0)}× best, ${(resolved.median / baseline.median).toFixed(0)}× median ` +
      `(target: resolveDeepLink well under 1,000 ns)${sink === -1 ? '' : ''}\n`,
  );
});
