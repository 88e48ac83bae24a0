/**
 * A message through a module's scoped bus (namespacing, boundary around the listener, wake-up
 * check) against a raw eventemitter3 emit with the same listener; target ≤ 2×.
 */
import { bench, describe } from 'vitest';
import { EventEmitter } from 'eventemitter3';
import { createSuperApp, defineModule, type ModuleContext } from '@gerbang/core';

const MESSAGES = 10_000;
let received = 0;
const listener = (payload: { n: number }): void => {
  received += payload.n;
};
const payload = { n: 1 };

const raw = new EventEmitter();
raw.on('lampung.aduan:report-created', listener);

const contexts = new Map<string, ModuleContext>();
const manifest = (id: string) => ({
  spec: 1 as const,
  id,
  version: '1.0.0',
  name: { id },
  description: { id: 'Modul.' },
  icon: '/icons/m.svg',
  category: 'layanan',
  engine: '^0.1.0',
});
const capture = (id: string) =>
  defineModule({
    manifest: manifest(id),
    load: () => Promise.resolve({ activate: (ctx: ModuleContext) => void contexts.set(id, ctx) }),
  });
const host = createSuperApp({ modules: [capture('lampung.aduan'), capture('lampung.statistik')] });
await host.open('lampung.aduan');
await host.open('lampung.statistik');
contexts.get('lampung.statistik')!.events.on('lampung.aduan:report-created', listener as (payload: unknown) => void);
const scoped = contexts.get('lampung.aduan')!.events;

describe(`${MESSAGES} messages, one listener (target ≤ 2× raw)`, () => {
  bench('raw eventemitter3 emit', () => {
    for (let index = 0; index < MESSAGES; index++) raw.emit('lampung.aduan:report-created', payload);
  });
  bench('gerbang scoped bus: ctx.events.emit', () => {
    for (let index = 0; index < MESSAGES; index++) scoped.emit('report-created', payload);
  });
});

export { received };
