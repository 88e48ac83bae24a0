/**
 * The overhead of `client.call` (default steps, input and response validation) over a raw `fetch`
 * of the same endpoint, against a real HTTP server on 127.0.0.1. Both are measured in the same
 * run, interleaved request by request, and the ratio of the medians is printed.
 *
 * Run: pnpm --filter @gerbang/client bench
 */
import { createApiClient } from '@gerbang/client';
import { defineEndpoint } from '@gerbang/contracts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import * as z from 'zod/mini';

const WARMUP = 500;
const ROUNDS = 4000;

const report = {
  id: 'LPG-0001',
  title: 'Jalan berlubang di depan Pasar Tugu',
  status: 'verified',
  category: 'jalan',
  createdAt: '2026-06-15T09:30:00+07:00',
  location: { lat: -5.4292, long: 105.2613, regionCode: '18.71.01.1001', landmark: 'Depan Pasar Tugu' },
  photos: ['https://cdn.example.go.id/photos/1.jpg', 'https://cdn.example.go.id/photos/2.jpg'],
  upvotes: 12,
};
const body = JSON.stringify(report);

const getReport = defineEndpoint({
  id: 'reports.get',
  method: 'GET',
  path: '/reports/:id',
  response: z.object({
    id: z.string(),
    title: z.string(),
    status: z.enum(['submitted', 'verified', 'done']),
    category: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    location: z.object({ lat: z.number(), long: z.number(), regionCode: z.string(), landmark: z.string() }),
    photos: z.array(z.string()),
    upvotes: z.int(),
  }),
  auth: 'none',
});

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const url = `${baseUrl}/reports/LPG-0001`;

const client = createApiClient({ baseUrl });
const raw = async () => {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  return (await response.json());
};
const viaClient = () => client.call(getReport, { params: { id: 'LPG-0001' } });

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

for (let index = 0; index < WARMUP; index++) {
  await raw();
  await viaClient();
}
const rawTimes: number[] = [];
const clientTimes: number[] = [];
for (let index = 0; index < ROUNDS; index++) {
  // Alternate which goes first, so that neither always pays for the other's garbage.
  if (index % 2 === 0) {
    rawTimes.push(await time(raw));
    clientTimes.push(await time(viaClient));
  } else {
    clientTimes.push(await time(viaClient));
    rawTimes.push(await time(raw));
  }
}
server.close();

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const format = (ms: number) => `${(ms * 1000).toFixed(0).padStart(5)} µs`;
const rawMedian = quantile(rawTimes, 0.5);
const clientMedian = quantile(clientTimes, 0.5);
console.log(`client.call vs raw fetch, GET ${new URL(url).pathname} on 127.0.0.1 (${ROUNDS} requests each, interleaved)`);
console.log(`  raw fetch + JSON.parse        median ${format(rawMedian)}   p90 ${format(quantile(rawTimes, 0.9))}`);
console.log(`  client.call (default steps,   median ${format(clientMedian)}   p90 ${format(quantile(clientTimes, 0.9))}`);
console.log(`    input + response validation)`);
console.log(`  ratio of medians: ${(clientMedian / rawMedian).toFixed(2)}× (target ≤ 1.30×)`);
