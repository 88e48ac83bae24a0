// @vitest-environment happy-dom
import { parseQris, sumPkbComponents } from '@gerbang/contracts';
import { DEMO_CITIZEN } from '@gerbang/mocks';
import { setupMockServer } from '@gerbang/mocks/node';
import { pajakKendaraanModule, PAJAK_KENDARAAN_MODULE_ID } from '@gerbang/module-pajak-kendaraan';
import { renderModule, type RenderedModule } from '@gerbang/web/testing';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const BASE_URL = 'https://api.gerbang.test';
const mock = setupMockServer({ baseUrl: BASE_URL, onUnhandledRequest: 'error' });
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

/** The late car of the seed: arrears fines and the 5-yearly fees. */
const CAR = { plate: 'BE 1717 ZX', typed: 'be1717zx', chassis: 'K9X7Q' };
/** The motorbike of the seed, not yet due. */
const BIKE = { plate: 'BE 1234 ZZ', typed: 'BE 1234 ZZ', chassis: 'A1234' };

let view: RenderedModule | undefined;

beforeAll(() => {
  mock.listen();
});
afterEach(async () => {
  await view?.destroy();
  view = undefined;
  mock.reset();
});
afterAll(() => {
  mock.close();
});

function render(options: Partial<Parameters<typeof renderModule>[1]> = {}): Promise<RenderedModule> {
  return renderModule(pajakKendaraanModule, { baseUrl: BASE_URL, token: DEMO_CITIZEN, ...options });
}

function byTestId<TElement extends Element = HTMLElement>(root: ParentNode, id: string): TElement {
  const found = root.querySelector<TElement>(`[data-testid="${id}"]`);
  if (found === null) throw new Error(`no element with data-testid="${id}"`);
  return found;
}

/** Lets Preact render what the last event changed (it renders in a microtask). */
function rendered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await rendered();
}

async function blur(input: HTMLInputElement): Promise<void> {
  input.dispatchEvent(new FocusEvent('blur'));
  await rendered();
}

/** Waits for an element to appear (the views render after network calls). */
function appears<TElement extends Element = HTMLElement>(root: ParentNode, id: string): Promise<TElement> {
  return vi.waitFor(() => byTestId<TElement>(root, id), { timeout: 5_000, interval: 10 });
}

function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === name);
  if (button === undefined) throw new Error(`no button named "${name}"`);
  return button;
}

/** The text of the elements an input's `aria-describedby` names. */
function descriptionOf(input: HTMLInputElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function lookUp(screen: RenderedModule, vehicle: { typed: string; chassis: string }): Promise<HTMLElement> {
  await type(byTestId(screen.element, 'pkb-plate'), vehicle.typed);
  await type(byTestId(screen.element, 'pkb-chassis'), vehicle.chassis.toLowerCase());
  byTestId(screen.element, 'pkb-submit').click();
  return appears(screen.element, 'pkb-bill');
}

describe('the inquiry form', () => {
  it('checks the plate as it is typed and names its area', async () => {
    view = await render();
    expect(view.element.querySelector('h2')?.textContent).toBe('Cek pajak kendaraan');
    const plate = byTestId<HTMLInputElement>(view.element, 'pkb-plate');
    await type(plate, 'be 1234 zz');
    expect(plate.value).toBe('BE 1234 ZZ');
    expect(descriptionOf(plate)).toContain('Wilayah: Lampung');
    expect(plate.getAttribute('aria-invalid')).toBe('false');

    await type(plate, 'XQ 1');
    await blur(plate);
    await vi.waitFor(() => {
      expect(plate.getAttribute('aria-invalid')).toBe('true');
    });
    expect(descriptionOf(plate)).toContain('Kode wilayah ini tidak dikenal.');
    expect(descriptionOf(plate)).not.toContain('Wilayah:');
  });

  it('shows a vehicle that is not found at the field, and keeps what was typed', async () => {
    view = await render();
    await type(byTestId(view.element, 'pkb-plate'), BIKE.typed);
    await type(byTestId(view.element, 'pkb-chassis'), 'Z9999');
    byTestId(view.element, 'pkb-submit').click();
    const chassis = byTestId<HTMLInputElement>(view.element, 'pkb-chassis');
    await vi.waitFor(() => {
      expect(chassis.getAttribute('aria-invalid')).toBe('true');
    });
    expect(descriptionOf(chassis)).toContain('Kendaraan tidak ditemukan');
    expect(chassis.value).toBe('Z9999');
    expect(byTestId<HTMLInputElement>(view.element, 'pkb-plate').value).toBe(BIKE.typed);
    expect(view.element.querySelector('[data-testid="pkb-bill"]')).toBeNull();
  });

  it('shows a value the server refuses at its field', async () => {
    mock.server.use(
      http.post(`${BASE_URL}/pkb/inquiries`, () =>
        HttpResponse.json(
          {
            type: 'https://gerbang.dev/problems/validation-failed',
            title: 'Validation failed',
            status: 422,
            issues: [{ path: ['plate'], code: 'custom', message: 'this plate is not registered in this province' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    view = await render();
    await type(byTestId(view.element, 'pkb-plate'), 'B 1 A');
    await type(byTestId(view.element, 'pkb-chassis'), BIKE.chassis);
    byTestId(view.element, 'pkb-submit').click();
    const plate = byTestId<HTMLInputElement>(view.element, 'pkb-plate');
    await vi.waitFor(() => {
      expect(plate.getAttribute('aria-invalid')).toBe('true');
    });
    expect(descriptionOf(plate)).toContain('Tulis huruf wilayah');
    expect(byTestId<HTMLInputElement>(view.element, 'pkb-chassis').getAttribute('aria-invalid')).toBe('false');
    expect(plate.value).toBe('B 1 A');
    expect(view.element.ownerDocument.activeElement).toBe(plate);
  });

  it('refuses a chassis suffix that is not 5 letters or digits before sending anything', async () => {
    view = await render();
    await type(byTestId(view.element, 'pkb-plate'), BIKE.typed);
    await type(byTestId(view.element, 'pkb-chassis'), 'A12');
    byTestId(view.element, 'pkb-submit').click();
    const chassis = byTestId<HTMLInputElement>(view.element, 'pkb-chassis');
    await vi.waitFor(() => {
      expect(chassis.getAttribute('aria-invalid')).toBe('true');
    });
    expect(descriptionOf(chassis)).toContain('Isi tepat 5 huruf atau angka');
    expect(view.element.ownerDocument.activeElement).toBe(chassis);
  });

  it('keeps the input when offline and says so', async () => {
    view = await render();
    view.setOnline(false);
    await type(byTestId(view.element, 'pkb-plate'), BIKE.typed);
    await type(byTestId(view.element, 'pkb-chassis'), BIKE.chassis);
    byTestId(view.element, 'pkb-submit').click();
    await vi.waitFor(() => {
      expect(view?.element.querySelector('[role="alert"]')?.textContent).toContain('Anda sedang offline');
    });
    expect(byTestId<HTMLInputElement>(view.element, 'pkb-plate').value).toBe(BIKE.typed);
    expect(byTestId<HTMLInputElement>(view.element, 'pkb-chassis').value).toBe(BIKE.chassis);
  });
});

describe('the bill', () => {
  it('lists every component in a table, and the total equals their sum', async () => {
    view = await render();
    const bill = await lookUp(view, CAR);
    const expected = mock.store.pkb.inquire(CAR.plate, CAR.chassis)!;

    const rows = [...bill.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-kind'))).toEqual(expected.components.map((component) => component.kind));
    expect(rows.map((row) => row.querySelector('th')?.getAttribute('scope'))).toEqual(rows.map(() => 'row'));
    const amounts = rows.map((row) => Number(row.querySelector('[data-amount]')?.getAttribute('data-amount')));
    const total = byTestId(bill, 'pkb-total');
    expect(Number(total.dataset['amount'])).toBe(sumPkbComponents(amounts.map((amount) => ({ amount }))));
    expect(Number(total.dataset['amount'])).toBe(expected.total);
    expect(total.textContent).toBe(rupiah.format(expected.total));
    expect(bill.querySelector('caption')?.textContent).toContain(CAR.plate);
    expect(bill.textContent).toContain('Denda PKB');
    expect(bill.textContent).toContain('lewat jatuh tempo');
  });

  it('speaks English when the host does', async () => {
    view = await render({ locale: 'en' });
    const bill = await lookUp(view, BIKE);
    expect(bill.querySelector('h2')?.textContent).toBe('Vehicle tax bill');
    expect(bill.textContent).toContain('Vehicle tax (PKB)');
    expect(byTestId(bill, 'pkb-pay').textContent).toBe('Pay with QRIS');
  });

  it('asks for the plate again when opened by link without a bill in memory', async () => {
    view = await render({ route: 'tagihan', params: { plate: 'BE1234ZZ' } });
    expect(byTestId<HTMLInputElement>(view.element, 'pkb-plate').value).toBe('BE1234ZZ');
    await type(byTestId(view.element, 'pkb-chassis'), BIKE.chassis);
    byTestId(view.element, 'pkb-submit').click();
    const bill = await appears(view.element, 'pkb-bill');
    expect(bill.textContent).toContain(BIKE.plate);
  });
});

describe('paying', () => {
  it('shows the payment code, a countdown and a QRIS that carries the bill amount, then the receipt', async () => {
    view = await render();
    const bill = await lookUp(view, CAR);
    const total = Number(byTestId(bill, 'pkb-total').dataset['amount']);
    const keys: (string | null)[] = [];
    const record = ({ request }: { request: Request }): void => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/pkb/payments') keys.push(request.headers.get('idempotency-key'));
    };
    mock.server.events.on('request:start', record);
    // A double tap.
    byTestId(bill, 'pkb-pay').click();
    byTestId(bill, 'pkb-pay').click();

    const code = await appears(view.element, 'pkb-payment-code');
    mock.server.events.removeListener('request:start', record);
    // One request, carrying the Idempotency-Key that the client's step adds.
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^\S{8,}$/);
    const paymentCode = code.textContent.trim();
    expect(mock.store.pkb.payment(paymentCode)?.status).toBe('pending');
    expect(byTestId(view.element, 'pkb-countdown').textContent).toMatch(/^(?:1:59:\d\d|2:00:00)$/);

    const image = byTestId<HTMLImageElement>(view.element, 'pkb-qris');
    expect(image.tagName).toBe('IMG');
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    expect(image.alt).toContain(rupiah.format(total));
    const qris = parseQris(image.dataset['payload'] ?? '');
    expect(qris.ok).toBe(true);
    expect(Number(qris.value?.transactionAmount)).toBe(total);
    expect(qris.value?.pointOfInitiation).toBe('dynamic');

    const announcement = view.element.querySelector('[aria-live="polite"][aria-atomic="true"]');
    expect(announcement?.textContent).toMatch(/Kode bayar berlaku (?:1 jam 59 menit|2 jam 0 menit) lagi\./);

    mock.store.pkb.pay(paymentCode);
    buttonNamed(view.element, 'Periksa status pembayaran').click();
    const receipt = await appears(view.element, 'pkb-receipt');
    expect(receipt.textContent).toContain(`RCP-${paymentCode}`);
    expect(Number(receipt.querySelector('tfoot [data-amount]')?.getAttribute('data-amount'))).toBe(total);
    expect(announcement?.textContent).toBe('Pembayaran diterima. Terima kasih!');
    expect(view.element.querySelector('[data-testid="pkb-qris"]')).toBeNull();
  });

  it('opens a payment by its link', async () => {
    const seeded = mock.store.pkb.vehicles()[1]!;
    const bill = mock.store.pkb.inquire(seeded.plate, seeded.chassisNumberSuffix)!;
    const payment = mock.store.pkb.createPayment(bill.billId, 'qris');
    view = await render({ route: 'bayar', params: { paymentId: payment.paymentCode } });
    const code = await appears(view.element, 'pkb-payment-code');
    expect(code.textContent).toBe(payment.paymentCode);
    expect(byTestId<HTMLImageElement>(view.element, 'pkb-qris').dataset['payload']).toBe(payment.qrisPayload);
  });

  it('creates no payment code when the citizen refuses the payment permission', async () => {
    const sent: string[] = [];
    const record = ({ request }: { request: Request }): void => {
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
    };
    mock.server.events.on('request:start', record);
    try {
      view = await render({ consent: 'deny' });
      const bill = await lookUp(view, BIKE);
      byTestId(bill, 'pkb-pay').click();
      await vi.waitFor(() => {
        expect(bill.querySelector('[role="alert"]')?.textContent).toContain('Izin pembayaran tidak diberikan');
      });
      expect(sent).toEqual(['POST /pkb/inquiries']);
      expect(view.element.querySelector('[data-testid="pkb-payment-code"]')).toBeNull();
    } finally {
      mock.server.events.removeListener('request:start', record);
    }
  });

  it('says so when the bill is already paid', async () => {
    view = await render();
    const bill = await lookUp(view, BIKE);
    const stored = mock.store.pkb.inquire(BIKE.plate, BIKE.chassis)!;
    mock.store.pkb.pay(mock.store.pkb.createPayment(stored.billId, 'virtual_account').paymentCode);
    byTestId(bill, 'pkb-pay').click();
    await vi.waitFor(() => {
      expect(bill.querySelector('[role="alert"]')?.textContent).toBe('Tagihan ini sudah dibayar.');
    });
  });
});

describe('the manifest', () => {
  it('has the fixed id and routes', () => {
    expect(pajakKendaraanModule.manifest.id).toBe(PAJAK_KENDARAAN_MODULE_ID);
    expect(pajakKendaraanModule.manifest.routes.map((route) => [route.name, route.path])).toEqual([
      ['main', '/'],
      ['tagihan', '/tagihan/:plate'],
      ['bayar', '/bayar/:paymentId'],
    ]);
  });
});
