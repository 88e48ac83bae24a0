/**
 * The script of the page that `aduan.test.ts` opens in Chromium: the mock back end on msw's
 * service worker, and the reports module rendered by `renderModule` as the web shell renders it.
 * The test drives the page with Playwright and reads the mock store through `window.__aduan`.
 */
import { DEMO_CITIZEN } from '@gerbang/mocks';
import { startMockWorker } from '@gerbang/mocks/browser';
import { aduanModule } from '@gerbang/module-aduan';
import { renderModule } from '@gerbang/web/testing';

/** What the page exposes to the test. */
export interface AduanPage {
  /** Filed reports, as `[ticket, description, photo count, regionCode]`, newest first. */
  reports(): [string, string, number, string][];
  /** Sets the online signal of the client and the outbox. */
  setOnline(online: boolean): void;
  /** Follows a module link, as the shell does. */
  navigate(url: string): Promise<void>;
}

declare global {
  interface Window {
    __aduan?: AduanPage;
    __aduanError?: string;
  }
}

try {
  const mock = await startMockWorker({ baseUrl: `${location.origin}/api`, quiet: true });
  const view = await renderModule(aduanModule, { baseUrl: `${location.origin}/api`, token: DEMO_CITIZEN, route: 'baru' });
  window.__aduan = {
    reports: () =>
      mock.store.reports
        .list({ owner: DEMO_CITIZEN })
        .map((report) => [report.ticket, report.description, report.photos.length, report.location.regionCode]),
    setOnline: (online) => {
      view.setOnline(online);
    },
    navigate: (url) => view.navigate(url),
  };
} catch (error) {
  window.__aduanError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
