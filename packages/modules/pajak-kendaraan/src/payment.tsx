/**
 * The payment screen: the payment code, a countdown to its expiry, the QRIS as a QR image, and
 * the receipt once the payment status turns `paid` (polled, and on demand).
 *
 * @internal
 * @module
 */
import { getPkbPayment, getPkbReceipt, parseQris, type PkbPayment, type PkbReceipt } from '@gerbang/contracts';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { ComponentsTable } from './components-table.tsx';
import { describeFailure } from './errors.ts';
import { formatCountdown, formatDate, formatDateTime, formatRupiah } from './format.ts';
import { QrisImage } from './qris-image.tsx';
import { compactPlate, modulePath, type PkbEnv } from './state.ts';

/** How often the payment status is polled while the code is pending, in milliseconds. */
const POLL_INTERVAL_MS = 5_000;

/** Whether the browser can copy text to the clipboard (not every WebView can). */
function canCopy(): boolean {
  return typeof navigator !== 'undefined' && typeof (navigator as { clipboard?: Partial<Clipboard> }).clipboard?.writeText === 'function';
}

/** The props of {@link PaymentScreen}. @internal */
export interface PaymentScreenProps {
  readonly env: PkbEnv;
  /** The payment code from the route. */
  readonly paymentCode: string;
}

/**
 * Whether a QRIS payload may be shown for a payment: it parses (lenient, as QRIS are issued), and
 * charges exactly the payment's amount. A code that would charge another amount is never shown.
 */
function usableQris(payment: PkbPayment): string | undefined {
  if (payment.qrisPayload === undefined) return undefined;
  const qris = parseQris(payment.qrisPayload, { mode: 'lenient' });
  return qris.ok && qris.value.transactionAmount !== undefined && Number(qris.value.transactionAmount) === payment.amount ? payment.qrisPayload : undefined;
}

/** The payment screen. @internal */
export function PaymentScreen({ env, paymentCode }: PaymentScreenProps) {
  const { ctx, state, t, locale, timeZone } = env;
  const headingId = useId();
  const [payment, setPayment] = useState<PkbPayment | undefined>(() => state.payments.get(paymentCode));
  const [receipt, setReceipt] = useState<PkbReceipt | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [copied, setCopied] = useState(false);
  const inFlight = useRef(false);

  const refresh = async (manual: boolean): Promise<void> => {
    if (inFlight.current) return;
    inFlight.current = true;
    if (manual) setChecking(true);
    try {
      const latest = await ctx.api.call(getPkbPayment, { params: { paymentCode } });
      state.payments.set(latest.paymentCode, latest);
      setPayment(latest);
      setFailure(undefined);
      if (latest.status === 'paid') setReceipt(await ctx.api.call(getPkbReceipt, { params: { paymentCode } }));
    } catch (error) {
      const described = describeFailure(error, t);
      // A failed background poll stays quiet unless the code is unknown; the next poll retries.
      if (manual || described.kind === 'not-found') setFailure(described.kind === 'not-found' ? t.paymentNotFound : described.message);
    } finally {
      inFlight.current = false;
      if (manual) setChecking(false);
    }
  };

  const expiresAt = payment === undefined ? Number.NaN : Date.parse(payment.expiresAt);
  const remaining = expiresAt - now;
  const pending = payment?.status === 'pending' && receipt === undefined;
  const expired = payment?.status === 'expired' || (pending && remaining <= 0);
  const live = pending && !expired;

  // Load the payment when the screen opens on a code this state did not create, or read the
  // receipt when it is already paid.
  useEffect(() => {
    if (payment === undefined || payment.status === 'paid') void refresh(false);
  }, []);

  // The visual countdown ticks every second; polling runs while the code can still be paid.
  useEffect(() => {
    if (!live) return undefined;
    const tick = ctx.timers.setInterval(() => {
      setNow(Date.now());
    }, 1_000);
    const poll = ctx.timers.setInterval(() => refresh(false), POLL_INTERVAL_MS);
    return () => {
      ctx.timers.clear(tick);
      ctx.timers.clear(poll);
    };
  }, [live]);

  const qris = useMemo(() => (payment === undefined ? undefined : usableQris(payment)), [payment]);
  const minutesLeft = Math.max(0, Math.ceil(remaining / 60_000));
  // What screen readers hear: the minutes left (so at most one change a minute), or the outcome.
  const announcement =
    receipt !== undefined ? t.paidNotice : payment?.status === 'cancelled' || payment?.status === 'failed' ? t.statuses[payment.status] : expired ? t.expired : live ? t.expiresInMinutes(minutesLeft) : '';
  const receiptYear = receipt === undefined ? 0 : Math.max(...receipt.components.map((component) => component.taxYear));
  const billPlate = receipt?.plate ?? [...state.bills.values()].find((bill) => bill.billId === payment?.billId)?.plate;
  const backLink = billPlate === undefined ? modulePath(ctx.moduleId) : modulePath(ctx.moduleId, `tagihan/${compactPlate(billPlate)}`);

  const copy = async (): Promise<void> => {
    if (payment === undefined) return;
    try {
      await navigator.clipboard.writeText(payment.paymentCode);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section class="gb-pajak-kendaraan" aria-labelledby={headingId}>
      <h2 id={headingId}>{receipt === undefined ? t.paymentTitle : t.receiptTitle}</h2>
      <p class="gb-pajak-kendaraan-sr" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {payment === undefined ? (
        failure === undefined ? (
          <p>{t.loading}</p>
        ) : null
      ) : (
        <>
          <dl class="gb-pajak-kendaraan-facts">
            <dt>{t.paymentCode}</dt>
            <dd>
              <span class="gb-pajak-kendaraan-code" data-testid="pkb-payment-code">
                {payment.paymentCode}
              </span>
            </dd>
            <dt>{t.amountToPay}</dt>
            <dd data-amount={payment.amount}>{formatRupiah(payment.amount)}</dd>
            {live && (
              <>
                <dt>{t.expiresIn}</dt>
                <dd>
                  <time class="gb-pajak-kendaraan-countdown" data-testid="pkb-countdown" dateTime={payment.expiresAt} aria-hidden="true">
                    {formatCountdown(remaining)}
                  </time>
                </dd>
              </>
            )}
          </dl>
          {live && canCopy() && (
            <button class="gb-pajak-kendaraan-button gb-pajak-kendaraan-button--quiet" type="button" onClick={() => void copy()}>
              {copied ? t.copied : t.copy}
            </button>
          )}
          {live && (
            <>
              {qris === undefined ? (
                payment.qrisPayload !== undefined && <p>{t.qrisUnusable}</p>
              ) : (
                <>
                  <QrisImage payload={qris} alt={t.qrisAlt(formatRupiah(payment.amount))} />
                  <p class="gb-pajak-kendaraan-hint">{t.qrisHelp}</p>
                </>
              )}
              <p>{t.howToPay}</p>
              <p aria-hidden="true">{t.waiting}</p>
              <button class="gb-pajak-kendaraan-button" type="button" aria-disabled={checking} onClick={() => void refresh(true)}>
                {checking ? t.checking : t.checkStatus}
              </button>
            </>
          )}
          {!live && receipt === undefined && announcement !== '' && <p class="gb-pajak-kendaraan-alert">{announcement}</p>}
          {receipt !== undefined && (
            <div data-testid="pkb-receipt">
              <p class="gb-pajak-kendaraan-alert gb-pajak-kendaraan-ok">{t.paidNotice}</p>
              <dl class="gb-pajak-kendaraan-facts">
                <dt>{t.receiptNumber}</dt>
                <dd>{receipt.receiptNumber}</dd>
                {receipt.ntpd !== undefined && (
                  <>
                    <dt>{t.ntpd}</dt>
                    <dd>{receipt.ntpd}</dd>
                  </>
                )}
                <dt>{t.paidVia}</dt>
                <dd>{receipt.paidVia}</dd>
                <dt>{t.paidAt}</dt>
                <dd>
                  <time dateTime={receipt.paidAt}>{formatDateTime(receipt.paidAt, locale, timeZone)}</time>
                </dd>
                <dt>{t.validUntil}</dt>
                <dd>
                  <time dateTime={receipt.validUntil}>{formatDate(receipt.validUntil, locale)}</time>
                </dd>
              </dl>
              <ComponentsTable
                t={t}
                caption={t.billCaption(receipt.plate, receiptYear)}
                components={receipt.components}
                taxYear={receiptYear}
                total={receipt.total}
              />
              {receipt.verificationUrl !== undefined && (
                <p>
                  <a href={receipt.verificationUrl} target="_blank" rel="noopener noreferrer">
                    {t.verify} <span class="gb-pajak-kendaraan-sr">{t.externalLink}</span>
                  </a>
                </p>
              )}
            </div>
          )}
        </>
      )}
      <p class="gb-pajak-kendaraan-alert" role="alert">
        {failure ?? ''}
      </p>
      <p>
        <a href={receipt === undefined ? backLink : modulePath(ctx.moduleId)}>{receipt === undefined ? t.backToBill : t.newInquiry}</a>
      </p>
    </section>
  );
}
