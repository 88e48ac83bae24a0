import '@gerbang/web/style.css';
import { createWebApp } from '@gerbang/web';
import { chooseBrand } from './brand.ts';
import { modules } from './modules.ts';

const apiUrl = import.meta.env.VITE_API_URL || undefined;
// Without a back end, the mock one runs in the browser (its own chunk, loaded only here).
const mock = apiUrl === undefined ? await (await import('./mock.ts')).startMock() : undefined;
if (mock === undefined && 'serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');

const app = createWebApp({
  element: document.getElementById('app')!,
  brand: chooseBrand(),
  modules,
  apiBaseUrl: apiUrl ?? '/api',
  token: () => mock?.token ?? import.meta.env.VITE_API_TOKEN,
});
// The mock back end and the app, for the console and the browser tests (mock mode only).
if (mock !== undefined) Object.assign(window, { gerbangMock: { ...mock, app } });
await app.start();
