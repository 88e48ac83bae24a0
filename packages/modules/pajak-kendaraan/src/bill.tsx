/**
 * The bill screen: the vehicle, the due date, every component in a table and the total, and the
 * button that asks for the payment permission and then for a payment code.
 *
 * @internal
 * @module
 */
import { createPkbPayment, type PkbBill } from '@gerbang/contracts';
import { useId, useRef, useState } from 'preact/hooks';
import { ComponentsTable } from './components-table.tsx';
import { describeFailure } from './errors.ts';
import { formatDate, formatDateTime } from './format.ts';
import { InquiryForm } from './inquiry.tsx';
import { compactPlate, modulePath, type PkbEnv } from './state.ts';

/** The props of {@link BillScreen}. @internal */
export interface BillScreenProps {
  readonly env: PkbEnv;
  /** The plate from the route, compact or written. */
  readonly plate: string;
}

/** Today's date in a time zone, `YYYY-MM-DD`. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * The bill of the plate in the route. Bills are kept in memory only, so after a reload the
 * citizen types the chassis characters again to see it.
 *
 * @internal
 */
export function BillScreen({ env, plate }: BillScreenProps) {
  const { ctx, state, t } = env;
  const headingId = useId();
  const key = compactPlate(plate);
  const [bill, setBill] = useState<PkbBill | undefined>(() => state.bills.get(key));

  if (bill === undefined) {
    return (
      <section class="gb-pajak-kendaraan" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.billTitle}</h2>
        <p>{t.inquiryForPlate}</p>
        <InquiryForm
          env={env}
          initialPlate={plate}
          onBill={(found) => {
            if (compactPlate(found.plate) === key) setBill(found);
            else void ctx.navigate(modulePath(ctx.moduleId, `tagihan/${compactPlate(found.plate)}`));
          }}
        />
      </section>
    );
  }
  return <BillDetails env={env} bill={bill} headingId={headingId} />;
}

function BillDetails({ env, bill, headingId }: { readonly env: PkbEnv; readonly bill: PkbBill; readonly headingId: string }) {
  const { ctx, state, t, locale, timeZone } = env;
  const [busy, setBusy] = useState(false);
  // A second tap before the screen re-renders must not ask for a second code.
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<string | undefined>();
  const overdue = today(timeZone) > bill.dueDate;
  const vehicle = [bill.vehicle.make, bill.vehicle.model, bill.vehicle.type, bill.vehicle.manufactureYear, bill.vehicle.colour].filter((part) => part !== undefined).join(' · ');

  const pay = async (): Promise<void> => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setFailure(undefined);
    try {
      // A code already issued for this bill and still valid is shown again rather than replaced.
      const known = state.paymentOfBill.get(bill.billId);
      const existing = known === undefined ? undefined : state.payments.get(known);
      if (existing?.status === 'pending' && Date.parse(existing.expiresAt) > Date.now()) {
        await ctx.navigate(modulePath(ctx.moduleId, `bayar/${existing.paymentCode}`));
        return;
      }
      await ctx.permissions.request('payments', 'PKB payment code');
      const payment = await ctx.api.call(createPkbPayment, { body: { billId: bill.billId, method: 'qris' } });
      state.payments.set(payment.paymentCode, payment);
      state.paymentOfBill.set(bill.billId, payment.paymentCode);
      if (!ctx.signal.aborted) await ctx.navigate(modulePath(ctx.moduleId, `bayar/${payment.paymentCode}`));
    } catch (error) {
      const described = describeFailure(error, t);
      setFailure(described.kind === 'not-found' ? t.billChanged : described.message);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <section class="gb-pajak-kendaraan" aria-labelledby={headingId} data-testid="pkb-bill">
      <h2 id={headingId}>{t.billTitle}</h2>
      <p class="gb-pajak-kendaraan-code">{bill.plate}</p>
      <dl class="gb-pajak-kendaraan-facts">
        {vehicle !== '' && (
          <>
            <dt>{t.vehicle}</dt>
            <dd>{vehicle}</dd>
          </>
        )}
        {bill.ownerNameMasked !== undefined && (
          <>
            <dt>{t.owner}</dt>
            <dd>{bill.ownerNameMasked}</dd>
          </>
        )}
        <dt>{t.taxYear}</dt>
        <dd>{bill.taxYear}</dd>
        <dt>{t.dueDate}</dt>
        <dd>
          <time dateTime={bill.dueDate}>{formatDate(bill.dueDate, locale)}</time>
          {overdue ? ` (${t.overdue})` : ''}
        </dd>
        <dt>{t.validUntilAfterPayment}</dt>
        <dd>
          <time dateTime={bill.validUntilAfterPayment}>{formatDate(bill.validUntilAfterPayment, locale)}</time>
        </dd>
        <dt>{t.amountsValidUntil}</dt>
        <dd>
          <time dateTime={bill.expiresAt}>{formatDateTime(bill.expiresAt, locale, timeZone)}</time>
        </dd>
      </dl>
      {bill.fiveYearRenewal && <p>{t.fiveYearRenewal}</p>}
      <ComponentsTable t={t} caption={t.billCaption(bill.plate, bill.taxYear)} components={bill.components} taxYear={bill.taxYear} total={bill.total} totalTestId="pkb-total" />
      <button class="gb-pajak-kendaraan-button" type="button" data-testid="pkb-pay" aria-disabled={busy} onClick={() => void pay()}>
        {busy ? t.paying : t.pay}
      </button>
      <p class="gb-pajak-kendaraan-alert" role="alert">
        {failure ?? ''}
      </p>
      <p>
        <a href={modulePath(ctx.moduleId)}>{t.otherVehicle}</a>
      </p>
    </section>
  );
}
