/**
 * Retry storm: 10,000 clients hit a server during an outage, and retry through the real
 * `retryStep` (its backoff, its caps) on a virtual clock. The histogram shows when requests reach
 * the server, per second: with full jitter they spread out; without jitter (the same exponential
 * backoff, every client waiting the full ceiling) they arrive in synchronized waves.
 *
 * Run: pnpm --filter @gerbang/client bench
 */
import { retryStep, type ClientRequest, type ClientResponse, type StepHandler } from '@gerbang/client';
import { defineEndpoint } from '@gerbang/contracts';
import * as z from 'zod/mini';

const CLIENTS = 10_000;
const OUTAGE_ENDS = 20_000; // ms: the server answers 503 until then
const START_SPREAD = 200; // ms: when the outage began, clients were sending within 200 ms of each other
const BUCKET = 1_000; // ms
const HORIZON = 60_000; // ms shown

const endpoint = defineEndpoint({ id: 'prices.list', method: 'GET', path: '/prices', response: z.unknown(), auth: 'none' });

/** A seeded PRNG (mulberry32), so that every run prints the same figures. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A virtual clock: timers in a binary heap, run in time order. */
class VirtualClock {
  now = 0;
  #heap: { at: number; seq: number; fire: () => void }[] = [];
  #seq = 0;

  sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.#push({ at: this.now + ms, seq: this.#seq++, fire: resolve });
    });

  async run(): Promise<void> {
    while (this.#heap.length > 0) {
      const timer = this.#pop();
      this.now = timer.at;
      timer.fire();
      // Let the woken client run until it sleeps again.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  #less(a: number, b: number): boolean {
    const x = this.#heap[a]!;
    const y = this.#heap[b]!;
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }
  #swap(a: number, b: number): void {
    [this.#heap[a], this.#heap[b]] = [this.#heap[b]!, this.#heap[a]!];
  }
  #push(timer: { at: number; seq: number; fire: () => void }): void {
    this.#heap.push(timer);
    for (let index = this.#heap.length - 1; index > 0; ) {
      const parent = (index - 1) >> 1;
      if (!this.#less(index, parent)) break;
      this.#swap(index, parent);
      index = parent;
    }
  }
  #pop(): { at: number; seq: number; fire: () => void } {
    const top = this.#heap[0]!;
    const last = this.#heap.pop()!;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      for (let index = 0; ; ) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < this.#heap.length && this.#less(left, smallest)) smallest = left;
        if (right < this.#heap.length && this.#less(right, smallest)) smallest = right;
        if (smallest === index) break;
        this.#swap(index, smallest);
        index = smallest;
      }
    }
    return top;
  }
}

interface Outcome {
  readonly buckets: number[];
  /** Requests per 100 ms, for the busiest-moment figure. */
  readonly fine: Map<number, number>;
  /** When each successful client got its answer, in ms. */
  readonly doneAt: number[];
  readonly gaveUp: number;
  readonly total: number;
}

async function simulate(jitter: boolean): Promise<Outcome> {
  const clock = new VirtualClock();
  const random = seeded(2026);
  const buckets = Array.from({ length: HORIZON / BUCKET }, () => 0);
  const fine = new Map<number, number>();
  const doneAt: number[] = [];
  let total = 0;
  const handler: StepHandler = retryStep({
    attempts: 10,
    baseDelay: 1_000,
    maxDelay: 30_000,
    maxElapsed: 120_000,
    // No jitter: every client waits the whole ceiling, min(cap, base * 2^attempt).
    random: jitter ? random : () => 1,
    sleep: clock.sleep,
    now: () => clock.now,
  })({ emit: () => undefined });
  const server = (): Promise<ClientResponse> => {
    total++;
    const bucket = Math.floor(clock.now / BUCKET);
    if (bucket < buckets.length) buckets[bucket]!++;
    const slot = Math.floor(clock.now / 100);
    fine.set(slot, (fine.get(slot) ?? 0) + 1);
    return Promise.resolve({ status: clock.now < OUTAGE_ENDS ? 503 : 200, headers: new Headers(), data: undefined });
  };
  const request: ClientRequest = {
    endpoint,
    method: 'GET',
    url: 'https://api.lampung.go.id/v1/prices',
    headers: {},
    body: undefined,
    signal: undefined,
    timeout: 10_000,
    cache: 'default',
    attempt: 0,
    onUploadProgress: undefined,
  };
  let gaveUp = 0;
  const clients: Promise<void>[] = [];
  for (let index = 0; index < CLIENTS; index++) {
    clients.push(
      clock.sleep(random() * START_SPREAD).then(async () => {
        const response = await handler(request, server);
        if (response.status === 200) doneAt.push(clock.now);
        else gaveUp++;
      }),
    );
  }
  await clock.run();
  await Promise.all(clients);
  return { buckets, fine, doneAt, gaveUp, total };
}

const withJitter = await simulate(true);
const withoutJitter = await simulate(false);
const peak = Math.max(...withJitter.buckets, ...withoutJitter.buckets);
const bar = (count: number) => '█'.repeat(Math.round((count / peak) * 28)).padEnd(28);

console.log(`Retry storm: ${CLIENTS.toLocaleString('en')} clients, outage until t=${OUTAGE_ENDS / 1000} s, retryStep({ attempts: 10, baseDelay: 1000, maxDelay: 30000 }), virtual time`);
console.log(`requests reaching the server per ${BUCKET / 1000} s bucket (bars scaled to the largest bucket, ${peak.toLocaleString('en')})\n`);
console.log(`   t (s) | full jitter                          | no jitter`);
console.log(`  -------+--------------------------------------+--------------------------------------`);
for (let index = 0; index < withJitter.buckets.length; index++) {
  const a = withJitter.buckets[index]!;
  const b = withoutJitter.buckets[index]!;
  if (a === 0 && b === 0) continue;
  console.log(`  ${String(index).padStart(3)}-${String(index + 1).padEnd(3)}| ${bar(a)} ${String(a).padStart(6)}  | ${bar(b)} ${String(b).padStart(6)}`);
}
const describe = (name: string, result: Outcome) => {
  const busiest = Math.max(...result.fine.values());
  const afterRecovery = [...result.fine].filter(([slot]) => slot * 100 >= OUTAGE_ENDS).reduce((most, [, count]) => Math.max(most, count), 0);
  const sorted = [...result.doneAt].sort((a, b) => a - b);
  const p99 = sorted[Math.floor(0.99 * sorted.length)] ?? Number.NaN;
  console.log(
    `  ${name.padEnd(12)} busiest 100 ms: ${String(busiest).padStart(6)} requests (after recovery ${String(afterRecovery).padStart(6)}); ` +
      `99% served by t=${(p99 / 1000).toFixed(1)} s; ${result.total.toLocaleString('en')} requests in all; ${result.gaveUp} gave up`,
  );
  return { busiest: afterRecovery, p99 };
};
console.log('');
const jittered = describe('full jitter', withJitter);
const synchronized = describe('no jitter', withoutJitter);
console.log(
  `\n  after the server recovers, the busiest 100 ms without jitter carries ${(synchronized.busiest / jittered.busiest).toFixed(0)}× the requests of the busiest 100 ms with full jitter`,
);
