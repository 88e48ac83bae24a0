// @vitest-environment happy-dom
import { createOnlineSignal } from '@gerbang/client';
import { DEMO_CITIZEN } from '@gerbang/mocks';
import type { WebApp, WebAppOptions } from '@gerbang/web';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { greetingModule, locationModule, reportingModule, twoPermissionsModule } from './fixtures.ts';
import { BASE, setupShellTests } from './shell-harness.ts';
import { byTestId, testBrand, until } from './support.ts';

const shell = setupShellTests({
  brand: testBrand(['lokasi', 'lapor', 'salam']),
  modules: [locationModule(), reportingModule(), greetingModule()],
  token: () => DEMO_CITIZEN,
});
const { mock } = shell;
let app: WebApp | undefined;

async function start(overrides: Partial<WebAppOptions> = {}): Promise<WebApp> {
  app = await shell.start(overrides);
  return app;
}

const status = () => byTestId('gb-module-lokasi')?.querySelector('[role="status"]')?.textContent;
const key = (target: Element, name: string, shiftKey = false) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, shiftKey, bubbles: true, cancelable: true }));
};

describe('permission prompts', () => {
  it('shows a modal dialog with the module, the permission and the manifest’s rationale; Allow grants', async () => {
    await start();
    await app?.navigate('/m/lokasi/');
    await until(() => byTestId('gb-permission-prompt') !== null, 'the prompt');
    const dialog = byTestId('gb-permission-prompt') as HTMLElement;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Izin untuk Lokasi');
    expect(dialog.textContent).toContain('Lokasi meminta izin: Lokasi');
    expect(dialog.textContent).toContain('Untuk menandai lokasi laporan.');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.querySelector('main')?.inert).toBe(true);

    byTestId('gb-permission-allow')?.click();
    await until(() => status() === 'diizinkan', 'the grant');
    expect(byTestId('gb-permission-prompt')).toBeNull();
    expect(await app?.host.grants('lokasi')).toEqual({ location: 'granted' });
  });

  it('keeps focus inside the dialog, and Escape denies', async () => {
    await start({ locale: 'en' });
    await app?.navigate('/m/lokasi/');
    await until(() => byTestId('gb-permission-prompt') !== null, 'the prompt');
    const deny = byTestId('gb-permission-deny') as HTMLButtonElement;
    const allow = byTestId('gb-permission-allow') as HTMLButtonElement;
    expect(byTestId('gb-permission-prompt')?.textContent).toContain('To pin the place of the report.');
    expect(document.activeElement).toBe(deny);
    allow.focus();
    key(allow, 'Tab');
    expect(document.activeElement).toBe(deny);
    key(deny, 'Tab', true);
    expect(document.activeElement).toBe(allow);

    key(allow, 'Escape');
    await until(() => status() === 'ditolak', 'the refusal');
    expect(byTestId('gb-permission-prompt')).toBeNull();
    expect(await app?.host.grants('lokasi')).toEqual({ location: 'denied' });
  });

  it('asks one permission at a time, and a second click answers only once', async () => {
    await start({ modules: [twoPermissionsModule()], brand: testBrand(['dua-izin']) });
    await app?.navigate('/m/dua-izin/');
    const answers = () => byTestId('gb-module-dua-izin')?.querySelector('[role="status"]')?.textContent;
    await until(() => byTestId('gb-permission-prompt')?.textContent.includes('Untuk lokasi.') === true, 'the first prompt');
    const allow = byTestId('gb-permission-allow');
    allow?.click();
    allow?.click();
    await until(() => byTestId('gb-permission-prompt')?.textContent.includes('Untuk foto.') === true, 'the second prompt');
    expect(answers()).toBe('location:ya');
    byTestId('gb-permission-deny')?.click();
    await until(() => answers() === 'location:ya,camera:tidak', 'both answers');
    expect(byTestId('gb-permission-prompt')).toBeNull();
  });
});

describe('the offline state', () => {
  it('shows the offline banner and the outbox’s queued entries, then sends them when the network returns', async () => {
    const online = createOnlineSignal(true);
    await start({ online });
    expect(byTestId('gb-offline-banner')?.textContent).toBe('');
    online.set(false);
    await until(() => byTestId('gb-offline-banner')?.textContent !== '', 'the offline banner');
    expect(byTestId('gb-offline-banner')?.getAttribute('role')).toBe('status');
    expect(byTestId('gb-offline-banner')?.textContent).toContain('luring');

    await app?.navigate('/m/lapor/');
    await until(() => byTestId('gb-module-lapor')?.querySelector('button') != null, 'the reporting view');
    const before = mock.store.reports.count();
    byTestId('gb-module-lapor')?.querySelector('button')?.click();
    await until(() => byTestId('gb-outbox')?.textContent === '1 kiriman menunggu jaringan', 'the queued entry');

    online.set(true);
    await until(() => byTestId('gb-outbox')?.textContent === '' && byTestId('gb-offline-banner')?.textContent === '', 'the entry to be sent');
    expect(mock.store.reports.count()).toBe(before + 1);
  });

  it('lists an entry the server refused later, with a retry and a discard button', async () => {
    const online = createOnlineSignal(false);
    await start({ online });
    await app?.navigate('/m/lapor/');
    await until(() => byTestId('gb-module-lapor')?.querySelector('button') != null, 'the reporting view');
    byTestId('gb-module-lapor')?.querySelector('button')?.click();
    await until(() => byTestId('gb-outbox')?.textContent === '1 kiriman menunggu jaringan', 'the queued entry');
    let attempts = 0;
    mock.server.use(
      http.post(`${BASE}/reports`, () => {
        attempts++;
        return HttpResponse.json(
          { type: 'https://gerbang.dev/problems/validation-failed', title: 'Validation failed', status: 422, issues: [] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    online.set(true);
    await until(() => byTestId('gb-outbox')?.textContent.includes('Gagal dikirim: Jalan rusak') === true, 'the failed entry');
    const buttons = [...(byTestId('gb-outbox')?.querySelectorAll('button') ?? [])];
    expect(buttons.map((button) => button.textContent)).toEqual(['Kirim ulang', 'Buang']);
    buttons[0]?.click();
    await until(() => attempts === 2, 'the second attempt');
    await until(() => byTestId('gb-outbox')?.querySelectorAll('button').length === 2, 'the failed entry again');
    byTestId('gb-outbox')?.querySelectorAll('button')[1]?.click();
    await until(() => byTestId('gb-outbox')?.textContent === '', 'the entry to be discarded');
    expect(byTestId('gb-module-lapor')?.querySelector('[data-testid="entries"]')?.textContent).toBe('');
  });
});
