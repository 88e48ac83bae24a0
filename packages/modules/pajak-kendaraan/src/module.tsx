/**
 * The implementation of the vehicle-tax module, loaded only when the module is opened: one view
 * per route (`main`, `tagihan`, `bayar`), rendered with Preact.
 *
 * @module
 */
import type { ModuleContext, ModuleImplementation, ViewProps } from '@gerbang/core';
import { useId } from 'preact/hooks';
import { render, type ComponentChild } from 'preact';
import { BillScreen } from './bill.tsx';
import { timeZoneOf } from './format.ts';
import { InquiryForm } from './inquiry.tsx';
import { messagesFor } from './messages.ts';
import { PaymentScreen } from './payment.tsx';
import { compactPlate, createState, modulePath, type PkbEnv } from './state.ts';
import { injectStyles } from './styles.ts';

function InquiryScreen({ env }: { readonly env: PkbEnv }) {
  const headingId = useId();
  const { ctx, t } = env;
  return (
    <section class="gb-pajak-kendaraan" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.inquiryTitle}</h2>
      <p>{t.inquiryIntro}</p>
      <InquiryForm env={env} onBill={(bill) => void ctx.navigate(modulePath(ctx.moduleId, `tagihan/${compactPlate(bill.plate)}`))} />
    </section>
  );
}

/** A web view that renders `screen(props)` into its element, and removes it on unmount. */
function view(screen: (props: ViewProps) => ComponentChild) {
  return {
    mount(element: Element, props: ViewProps) {
      injectStyles(element);
      render(screen(props), element);
      return () => {
        render(null, element);
      };
    },
  };
}

/** The vehicle-tax module's implementation. */
const implementation: ModuleImplementation = {
  activate(ctx: ModuleContext) {
    const env: PkbEnv = { ctx, state: createState(), t: messagesFor(ctx.i18n.locale), locale: ctx.i18n.locale, timeZone: timeZoneOf(ctx.brand) };
    ctx.views.register('main', view(() => <InquiryScreen env={env} />));
    ctx.views.register('tagihan', view((props) => <BillScreen key={props.params['plate'] ?? ''} env={env} plate={props.params['plate'] ?? ''} />));
    ctx.views.register('bayar', view((props) => <PaymentScreen key={props.params['paymentId'] ?? ''} env={env} paymentCode={props.params['paymentId'] ?? ''} />));
  },
};

export default implementation;
