/**
 * The client against a real HTTP server on 127.0.0.1 (node:http), not msw: real sockets, real
 * timeouts, dropped connections, slow bodies, Retry-After and ETag revalidation, streamed uploads.
 */
import {
  cacheStep,
  createApiClient,
  isNetworkError,
  isTimeoutError,
  retryStep,
  type ApiClient,
  type UploadProgress,
} from '@gerbang/client';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReportWithPhotos, getReport } from './fixtures.ts';

const report = { id: 'LPG-0001', title: 'Jalan berlubang', status: 'submitted' };
const hits = new Map<string, number>();
let server: Server;
let baseUrl = '';

function hit(name: string): number {
  const count = (hits.get(name) ?? 0) + 1;
  hits.set(name, count);
  return count;
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const id = (request.url ?? '').split('/').pop() ?? '';
  const count = hit(id);
  switch (id) {
    case 'ok':
      json(response, 200, report);
      return;
    case 'slow-headers':
      await new Promise((resolve) => setTimeout(resolve, 1000));
      json(response, 200, report);
      return;
    case 'drop':
      request.socket.destroy();
      return;
    case 'slow-body': {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id": "LPG-0001", ');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      response.end('"title": "x", "status": "submitted"}');
      return;
    }
    case 'chunked-body': {
      response.writeHead(200, { 'content-type': 'application/json' });
      const text = JSON.stringify(report);
      for (const part of [text.slice(0, 10), text.slice(10, 20), text.slice(20)]) {
        response.write(part);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      response.end();
      return;
    }
    case 'cut-body': {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      response.write('{"id": "LPG-0001"');
      setTimeout(() => request.socket.destroy(), 5);
      return;
    }
    case 'rate-limited':
      if (count === 1) json(response, 429, { title: 'Too many requests' }, { 'retry-after': '3' });
      else json(response, 200, report);
      return;
    case 'unavailable':
      if (count === 1) json(response, 503, { title: 'Maintenance' }, { 'retry-after': new Date(Date.now() + 20_000).toUTCString() });
      else json(response, 200, report);
      return;
    case 'etag':
      if (request.headers['if-none-match'] === '"v1"') {
        response.writeHead(304, { etag: '"v1"' });
        response.end();
        return;
      }
      json(response, 200, report, { etag: '"v1"' });
      return;
    case 'with-photos': {
      let size = 0;
      for await (const chunk of request) size += (chunk as Buffer).length;
      json(response, 201, { ...report, title: `received ${size > 1_000_000 ? 'more' : 'less'} than 1 MB` });
      return;
    }
    default:
      json(response, 404, { title: 'Not found' });
      return;
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  hits.clear();
});

const get = (client: ApiClient, id: string) => client.call(getReport, { params: { id } });
const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('against a real HTTP server on 127.0.0.1', () => {
  it('answers a plain call', async () => {
    expect(await get(createApiClient({ baseUrl }), 'ok')).toEqual(report);
  });

  it('times out waiting for headers', async () => {
    const error = await caught(get(createApiClient({ baseUrl, steps: [], timeout: 100 }), 'slow-headers'));
    expect(isTimeoutError(error)).toBe(true);
  });

  it('times out on a body that stalls after the headers', async () => {
    const error = await caught(get(createApiClient({ baseUrl, steps: [], timeout: 100 }), 'slow-body'));
    expect(isTimeoutError(error)).toBe(true);
  });

  it('reads a body that arrives in slow chunks within the timeout', async () => {
    expect(await get(createApiClient({ baseUrl, steps: [], timeout: 5000 }), 'chunked-body')).toEqual(report);
  });

  it('turns a dropped connection into a NetworkError, retried up to the cap', async () => {
    const client = createApiClient({ baseUrl, steps: [retryStep({ attempts: 3, sleep: () => Promise.resolve() })] });
    const error = await caught(get(client, 'drop'));
    expect(isNetworkError(error)).toBe(true);
    expect(hits.get('drop')).toBe(3);
  });

  it('turns a body cut off mid-way into a NetworkError', async () => {
    const error = await caught(get(createApiClient({ baseUrl, steps: [] }), 'cut-body'));
    expect(isNetworkError(error)).toBe(true);
  });

  it('honours Retry-After on 429 (seconds) and 503 (HTTP date)', async () => {
    const waits: number[] = [];
    const now = Date.now();
    const client = createApiClient({
      baseUrl,
      steps: [retryStep({ sleep: (ms) => (waits.push(ms), Promise.resolve()), now: () => now })],
    });
    expect(await get(client, 'rate-limited')).toEqual(report);
    expect(await get(client, 'unavailable')).toEqual(report);
    expect(waits[0]).toBe(3000);
    expect(waits[1]).toBeGreaterThan(15_000);
    expect(waits[1]).toBeLessThanOrEqual(20_000);
  });

  it('revalidates with ETag and reuses the body on 304', async () => {
    const client = createApiClient({ baseUrl, steps: [cacheStep()] });
    expect(await get(client, 'etag')).toEqual(report);
    expect(await get(client, 'etag')).toEqual(report);
    expect(hits.get('etag')).toBe(2);
  });

  it('streams a multipart upload with progress', async () => {
    const client = createApiClient({ baseUrl });
    const progress: UploadProgress[] = [];
    const photo = new File([new Uint8Array(2_000_000).fill(1)], 'banjir.jpg', { type: 'image/jpeg' });
    const created = await client.call(
      createReportWithPhotos,
      { body: { title: 'Banjir', description: 'Setinggi lutut', photos: [photo] } },
      { onUploadProgress: (event) => progress.push(event) },
    );
    expect(created.title).toBe('received more than 1 MB');
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)!.loaded).toBeGreaterThan(2_000_000);
    expect(progress.every((event, index) => index === 0 || event.loaded >= progress[index - 1]!.loaded)).toBe(true);
  });
});
