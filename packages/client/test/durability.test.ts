/**
 * Outbox durability: 1,000 randomized submissions, each interrupted at random points (a crash
 * while storing, after a write became durable but before the caller heard, after the server got
 * the request but before the client recorded success, and storage writes that fail, applied or
 * not). A crash abandons the outbox, its client and every promise in flight; a new "process" then
 * opens a new outbox over the same storage. The server dedupes by Idempotency-Key the way a real
 * one does. Every report must arrive exactly once: 0 lost, 0 duplicated.
 */
import { createApiClient, createMemoryOutboxStorage, createOutbox, defaultSteps, type FetchFunction, type OutboxStorage } from '@gerbang/client';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BASE_URL, createReport, server } from './fixtures.ts';

interface BackEnd {
  readonly byKey: Map<string, { readonly fingerprint: string; response?: object }>;
  readonly created: string[];
  /** Called when the server has stored a report and is about to answer. */
  onStored: () => void;
}

let backEnd: BackEnd = { byKey: new Map(), created: [], onStored: () => undefined };

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.use(
    http.post(`${BASE_URL}/reports`, async ({ request }) => {
      const target = backEnd;
      const onStored = target.onStored;
      const key = request.headers.get('idempotency-key');
      const body = (await request.json()) as { title: string };
      const fingerprint = JSON.stringify(body);
      if (key === null) return HttpResponse.json({ title: 'Idempotency-Key required' }, { status: 400 });
      const known = target.byKey.get(key);
      if (known !== undefined) {
        if (known.fingerprint !== fingerprint) {
          return HttpResponse.json({ type: 'https://gerbang.dev/problems/idempotency-key-reused', title: 'Idempotency key reused', status: 422 }, { status: 422 });
        }
        if (known.response === undefined) {
          return HttpResponse.json({ type: 'https://gerbang.dev/problems/idempotency-key-in-use', title: 'Idempotency key in use', status: 409 }, { status: 409 });
        }
        return HttpResponse.json(known.response, { status: 201 });
      }
      const entry: { fingerprint: string; response?: object } = { fingerprint };
      target.byKey.set(key, entry);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const report = { id: `LPG-${target.created.length + 1}`, title: body.title, status: 'submitted' };
      target.created.push(body.title);
      entry.response = report;
      onStored();
      return HttpResponse.json(report, { status: 201 });
    }),
  );
});
afterAll(() => {
  server.close();
});

/** A small seeded PRNG (mulberry32), so that a failing run can be replayed from its seed. */
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

const never = new Promise<never>(() => undefined);
const RUNS = Number(process.env["DURABILITY_RUNS"] ?? 1000);
const FAULTY_INCARNATIONS = 8;
const MAX_INCARNATIONS = 30;

const totals = { runs: 0, reports: 0, lost: 0, duplicated: 0, crashes: 0, crashesAfterServerStored: 0, failedWrites: 0, incarnations: 0 };

async function submitThroughCrashes(plan: { seed: number; reports: number; queues: number; crashRate: number; serverCrashRate: number; failRate: number }): Promise<void> {
  const random = seeded(plan.seed);
  const target: BackEnd = { byKey: new Map(), created: [], onStored: () => undefined };
  backEnd = target;
  const disk = createMemoryOutboxStorage();
  const drafts = Array.from({ length: plan.reports }, (_, index) => ({
    key: `draft-${plan.seed}-${index}`,
    queue: `queue-${index % plan.queues}`,
    body: { title: `Laporan ${index}`, description: 'Jalan berlubang', category: 'jalan' as const },
  }));
  // Drafts the app saw safely queued; it deletes such a draft, so it never queues it again.
  const queued = new Set<string>();
  let done = false;

  for (let incarnation = 0; incarnation < MAX_INCARNATIONS && !done; incarnation++) {
    totals.incarnations++;
    const faulty = incarnation < FAULTY_INCARNATIONS;
    const life = { crashed: false };
    const isDead = () => life.crashed;
    let announceCrash!: () => void;
    const crash = new Promise<void>((resolve) => {
      announceCrash = resolve;
    });
    const die = () => {
      if (life.crashed) return;
      life.crashed = true;
      totals.crashes++;
      announceCrash();
    };
    const maybeDie = () => {
      if (faulty && random() < plan.crashRate) die();
    };
    target.onStored = () => {
      if (!life.crashed && faulty && random() < plan.serverCrashRate) {
        totals.crashesAfterServerStored++;
        die();
      }
    };

    const storage: OutboxStorage = {
      async load() {
        maybeDie();
        if (isDead()) return never;
        return disk.load();
      },
      async put(item) {
        maybeDie();
        if (isDead()) return never;
        if (faulty && random() < plan.failRate) {
          totals.failedWrites++;
          if (random() < 0.5) await disk.put(item); // applied, but the caller hears a failure
          throw new Error('the disk refused the write');
        }
        await disk.put(item);
        maybeDie(); // durable, but the process dies before the caller hears
        if (isDead()) return never;
      },
      async delete(id) {
        maybeDie();
        if (isDead()) return never;
        if (faulty && random() < plan.failRate) {
          totals.failedWrites++;
          throw new Error('the disk refused the removal');
        }
        await disk.delete(id);
        maybeDie();
        if (isDead()) return never;
      },
    };
    const fetchInProcess: FetchFunction = async (request) => {
      if (isDead()) return never;
      const response = await fetch(request);
      if (isDead()) return never;
      return response;
    };

    // Virtual time: a wait lets the event loop turn once (so the server's timers run), no more.
    const immediately = () => new Promise<void>((resolve) => setImmediate(resolve));
    const client = createApiClient({ baseUrl: BASE_URL, fetch: fetchInProcess, steps: defaultSteps({ retry: { sleep: immediately } }) });
    const outbox = createOutbox({ client, storage, endpoints: [createReport], sleep: immediately, backoff: { baseDelay: 1, maxDelay: 4 } });
    const enqueues = drafts
      .filter((draft) => !queued.has(draft.key))
      .map((draft) =>
        outbox.enqueue(createReport, { body: draft.body }, { queue: draft.queue, idempotencyKey: draft.key }).then(
          () => {
            if (!life.crashed) queued.add(draft.key);
          },
          () => undefined, // the app keeps the draft and queues it again later
        ),
      );
    const finished = Promise.all(enqueues).then(() => outbox.flush());
    await Promise.race([finished, crash]);
    if (life.crashed) continue; // abandoned: the outbox, the client, and everything in flight
    outbox.close();
    done = queued.size === drafts.length && (await disk.load()).length === 0;
  }

  const titles = drafts.map((draft) => draft.body.title);
  const lost = titles.filter((title) => !target.created.includes(title)).length;
  const duplicated = target.created.length - new Set(target.created).size;
  totals.runs++;
  totals.reports += drafts.length;
  totals.lost += lost;
  totals.duplicated += duplicated;
  expect({ seed: plan.seed, done, lost, duplicated }).toEqual({ seed: plan.seed, done: true, lost: 0, duplicated: 0 });
}

it('sends every report exactly once through crashes and storage failures at any step (1,000 runs)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        reports: fc.integer({ min: 1, max: 4 }),
        queues: fc.integer({ min: 1, max: 2 }),
        crashRate: fc.integer({ min: 0, max: 25 }).map((percent) => percent / 100),
        serverCrashRate: fc.integer({ min: 0, max: 50 }).map((percent) => percent / 100),
        failRate: fc.integer({ min: 0, max: 25 }).map((percent) => percent / 100),
      }),
      submitThroughCrashes,
    ),
    { numRuns: RUNS, endOnFailure: true },
  );
  if (process.env['DURABILITY_SUMMARY'] !== undefined) (await import('node:fs')).writeFileSync(process.env['DURABILITY_SUMMARY'], JSON.stringify(totals));
  expect(totals.runs).toBe(RUNS);
  expect(totals.lost).toBe(0);
  expect(totals.duplicated).toBe(0);
  // The runs did exercise the interruptions they claim to.
  expect(totals.crashes).toBeGreaterThan(RUNS / 2);
  expect(totals.crashesAfterServerStored).toBeGreaterThan(RUNS / 20);
  expect(totals.failedWrites).toBeGreaterThan(RUNS / 5);
}, 120_000);
