/**
 * Vehicle tax (PKB, pajak kendaraan bermotor): the inquiry by plate and chassis number, the bill
 * with every component, the payment code and its status, and the receipt. Amounts are whole
 * rupiah. The contract is provider-agnostic: each province's Samsat back end implements it.
 *
 * @module
 */
import * as z from 'zod/mini';
import { calendarDateSchema, rupiahSchema } from '../domain-fields.ts';
import { textSchema, timestampSchema } from '../fields.ts';
import { plateSchema } from '../plate/plate.ts';
import { quoteValue, rule } from '../validation.ts';

/**
 * The components of a PKB bill:
 * - `pkb`: PKB pokok, the tax itself;
 * - `opsen_pkb`: opsen PKB, 66% of PKB for the regency or city (since 5 January 2025);
 * - `swdkllj`: the road-accident fund contribution (Jasa Raharja);
 * - `pkb_fine`, `opsen_pkb_fine`, `swdkllj_fine`: the fines (denda) on each of them;
 * - `stnk_fee`, `plate_fee`: every 5 years, the STNK and plate (TNKB) fees (PNBP).
 *
 * Arrears are the same components for earlier tax years (see `taxYear`).
 */
export const PKB_COMPONENT_KINDS = ['pkb', 'opsen_pkb', 'swdkllj', 'pkb_fine', 'opsen_pkb_fine', 'swdkllj_fine', 'stnk_fee', 'plate_fee'] as const;

/** A kind of bill component; see {@link PKB_COMPONENT_KINDS}. */
export type PkbComponentKind = (typeof PKB_COMPONENT_KINDS)[number];

/** The states of a payment. */
export const PKB_PAYMENT_STATUSES = ['pending', 'paid', 'expired', 'cancelled', 'failed'] as const;

/** The state of a payment: `pending` until paid, or until the code `expired`; see {@link PKB_PAYMENT_STATUSES}. */
export type PkbPaymentStatus = (typeof PKB_PAYMENT_STATUSES)[number];

/**
 * The last 5 characters of the chassis (frame) number, as on the STNK: letters and digits, upper
 * case. With the plate, it proves the citizen has the vehicle's papers at hand.
 */
export const chassisNumberSuffixSchema = /* @__PURE__ */ createChassisSuffixSchema();

/** The schema of a tax inquiry: the plate, written `BE 1234 AB`, and the last 5 characters of the chassis number. */
export const pkbInquirySchema = /* @__PURE__ */ createPkbInquirySchema();

/** A tax inquiry. */
export type PkbInquiry = z.output<typeof pkbInquirySchema>;

/** The schema of one bill component: its kind, the tax year it is for, and the amount. */
export const pkbComponentSchema = /* @__PURE__ */ createPkbComponentSchema();

/** One bill component. */
export type PkbComponent = z.output<typeof pkbComponentSchema>;

/**
 * The schema of a PKB bill. Its `total` must equal the sum of its components: a bill whose total
 * differs is refused with an issue at `total` that names both amounts.
 */
export const pkbBillSchema = /* @__PURE__ */ createPkbBillSchema();

/** A PKB bill. */
export type PkbBill = z.output<typeof pkbBillSchema>;

/** The schema of the body that asks for a payment code for a bill. */
export const createPkbPaymentBodySchema = /* @__PURE__ */ createCreatePaymentBodySchema();

/** The body that asks for a payment code. */
export type CreatePkbPaymentBody = z.output<typeof createPkbPaymentBodySchema>;

/** The schema of a payment: its code, amount, expiry and status. */
export const pkbPaymentSchema = /* @__PURE__ */ createPkbPaymentSchema();

/** A payment of a PKB bill. */
export type PkbPayment = z.output<typeof pkbPaymentSchema>;

/** The schema of the digital receipt of a paid bill. Like the bill, its total must be the sum of its components. */
export const pkbReceiptSchema = /* @__PURE__ */ createPkbReceiptSchema();

/** The digital receipt of a paid bill. */
export type PkbReceipt = z.output<typeof pkbReceiptSchema>;

/**
 * Explains a total that is not the sum of the components, or returns `undefined`.
 *
 * @param bill - The components and the total.
 * @example
 * ```ts
 * explainPkbTotal({ components: [{ amount: 1_000 }, { amount: 660 }], total: 1_700 });
 * // 'the total 1700 is not the sum of the components, 1660'
 * ```
 */
export function explainPkbTotal(bill: { readonly components: readonly { readonly amount: number }[]; readonly total: number }): string | undefined {
  const sum = sumPkbComponents(bill.components);
  return sum === bill.total ? undefined : `the total ${bill.total} is not the sum of the components, ${sum}`;
}

/**
 * The sum of the components' amounts.
 *
 * @param components - Bill components.
 */
export function sumPkbComponents(components: readonly { readonly amount: number }[]): number {
  let sum = 0;
  for (const component of components) sum += component.amount;
  return sum;
}

// ---------------------------------------------------------------------------------------------
// factories

/*@__NO_SIDE_EFFECTS__*/
function createChassisSuffixSchema(): z.ZodMiniString<string> {
  return z
    .string()
    .check(rule((value: string) => (/^[A-Z0-9]{5}$/.test(value) ? undefined : `${quoteValue(value)} is not the last 5 characters of a chassis number, such as "A1234"`)));
}

/*@__NO_SIDE_EFFECTS__*/
function createPkbInquirySchema() {
  return z.object({
    /** The plate, written `BE 1234 AB`. */
    plate: plateSchema,
    /** The last 5 characters of the chassis number. */
    chassisNumberSuffix: createChassisSuffixSchema(),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createPkbComponentSchema() {
  return z.object({
    /** What the amount is for. */
    kind: z.enum(PKB_COMPONENT_KINDS),
    /** The tax year the amount is for; earlier years than the bill's are arrears. */
    taxYear: z.int().check(z.gte(1950), z.lte(2200)),
    /** The amount, in whole rupiah. */
    amount: rupiahSchema(),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function totalMatchesComponents() {
  return rule((bill: { components: readonly { amount: number }[]; total: number }) => {
    const reason = explainPkbTotal(bill);
    return reason === undefined ? undefined : [{ path: ['total'], message: reason }];
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createVehicleSchema() {
  return z.object({
    /** The make, such as `HONDA`. */
    make: z.optional(textSchema(100)),
    /** The model, such as `VARIO 125`. */
    model: z.optional(textSchema(100)),
    /** The vehicle type, such as `SEPEDA MOTOR`. */
    type: z.optional(textSchema(100)),
    /** The year of manufacture. */
    manufactureYear: z.optional(z.int().check(z.gte(1900), z.lte(2200))),
    /** The colour, as registered. */
    colour: z.optional(textSchema(100)),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createPkbBillSchema() {
  return z
    .object({
      /** The bill id, used to ask for a payment code. */
      billId: textSchema(100),
      /** The plate. */
      plate: plateSchema,
      /** The vehicle, as registered. */
      vehicle: createVehicleSchema(),
      /** The owner's name, masked (`B***i S***o`): personal data is never shown in full. */
      ownerNameMasked: z.optional(textSchema(200)),
      /** The tax year being paid. */
      taxYear: z.int().check(z.gte(1950), z.lte(2200)),
      /** The date the tax was due (the end of the current validity). */
      dueDate: calendarDateSchema(),
      /** The date the new validity ends once paid. */
      validUntilAfterPayment: calendarDateSchema(),
      /** Whether this is the 5-yearly renewal, with STNK and plate fees. */
      fiveYearRenewal: z.boolean(),
      /** Every component, including arrears and fines. */
      components: z.array(createPkbComponentSchema()).check(z.minLength(1)),
      /** The total, in whole rupiah: the sum of the components. */
      total: rupiahSchema(),
      /** When the bill was computed; fines grow with time, so a bill is valid until `expiresAt`. */
      issuedAt: timestampSchema,
      /** Until when the amounts hold. */
      expiresAt: timestampSchema,
    })
    .check(totalMatchesComponents());
}

/*@__NO_SIDE_EFFECTS__*/
function createCreatePaymentBodySchema() {
  return z.object({
    /** The bill to pay. */
    billId: textSchema(100),
    /** How the citizen will pay. */
    method: z.enum(['virtual_account', 'qris', 'e_wallet', 'bank_teller', 'retail_outlet']),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createPkbPaymentSchema() {
  return z.object({
    /** The payment code (kode bayar) to pay with at a bank, an e-wallet or a QRIS. */
    paymentCode: z.string().check(rule((value: string) => (/^[A-Za-z0-9-]{4,64}$/.test(value) ? undefined : `${quoteValue(value)} is not a payment code`))),
    /** The bill being paid. */
    billId: textSchema(100),
    /** The amount to pay, in whole rupiah: the bill's total. */
    amount: rupiahSchema(),
    /** How the citizen pays. */
    method: z.enum(['virtual_account', 'qris', 'e_wallet', 'bank_teller', 'retail_outlet']),
    /** A QRIS payload to show as a QR code, for `qris`. */
    qrisPayload: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
    /** The state of the payment. */
    status: z.enum(PKB_PAYMENT_STATUSES),
    /** When the code was issued. */
    createdAt: timestampSchema,
    /** When the code stops working (about 2 hours after it was issued). */
    expiresAt: timestampSchema,
    /** When it was paid, once paid. */
    paidAt: z.optional(timestampSchema),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createPkbReceiptSchema() {
  return z
    .object({
      /** The receipt number. */
      receiptNumber: textSchema(100),
      /** The regional revenue transaction number (NTPD), if the province issues one. */
      ntpd: z.optional(textSchema(100)),
      /** The payment code that was paid. */
      paymentCode: textSchema(64),
      /** The bill that was paid. */
      billId: textSchema(100),
      /** The plate. */
      plate: plateSchema,
      /** Where it was paid, such as `Bank Lampung` or a QRIS issuer. */
      paidVia: textSchema(200),
      /** When it was paid. */
      paidAt: timestampSchema,
      /** The components paid. */
      components: z.array(createPkbComponentSchema()).check(z.minLength(1)),
      /** The total paid: the sum of the components. */
      total: rupiahSchema(),
      /** The date the vehicle's tax is now valid until. */
      validUntil: calendarDateSchema(),
      /** An https URL where anyone can check the receipt. */
      verificationUrl: z.optional(z.url({ protocol: /^https$/, error: 'must be an https URL' })),
    })
    .check(totalMatchesComponents());
}
