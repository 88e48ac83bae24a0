/**
 * Vehicle tax (PKB) in the store: synthetic vehicles with BE plates, bills computed from
 * configurable fine rules, payment codes (QRIS payloads written with the contracts' `formatQris`)
 * and receipts.
 *
 * @module
 */
import {
  computeOpsenPkb,
  computePkbFine,
  formatQris,
  InvalidDefinitionError,
  sumPkbComponents,
  type PkbBill,
  type PkbComponent,
  type PkbFineConfig,
  type PkbPayment,
  type PkbReceipt,
} from '@gerbang/contracts';
import { MockRecordNotFoundError } from '../errors.ts';
import { DAY, HOUR, toWib, wibDate } from './time.ts';

/** A vehicle the mock Samsat knows: its plate, chassis suffix, papers and tax. */
export interface MockVehicle {
  /** The plate, written `BE 1234 AB`. */
  plate: string;
  /** The last 5 characters of the chassis number. */
  chassisNumberSuffix: string;
  /** The vehicle as registered. */
  vehicle: PkbBill['vehicle'];
  /** The owner's name, already masked. */
  ownerNameMasked: string;
  /** The class used for the SWDKLLJ fine. */
  vehicleClass: 'sepeda-motor' | 'mobil-penumpang';
  /** PKB pokok per year, in whole rupiah. */
  annualPkb: number;
  /** SWDKLLJ per year, in whole rupiah. */
  annualSwdkllj: number;
  /** When the current validity ends, `YYYY-MM-DD`. */
  dueDate: string;
  /** Whether the next payment is the 5-yearly renewal. */
  fiveYearRenewal: boolean;
}

/** The vehicle-tax part of the store's data. */
export interface PkbData {
  /** The fine rules, an example configuration (rates differ by province). */
  fineConfig: PkbFineConfig;
  /** The vehicles. */
  vehicles: MockVehicle[];
  /** Bills issued, by id. */
  bills: PkbBill[];
  /** Payment codes issued. */
  payments: PkbPayment[];
  /** Receipts of paid bills. */
  receipts: PkbReceipt[];
  /** The sequence of the last payment code. */
  lastPaymentSequence: number;
}

/** An example fine configuration, for the mock only: check the province's regulation for real rates. */
export const EXAMPLE_PKB_FINE_CONFIG: PkbFineConfig = {
  monthlyRate: 0.01,
  maxMonths: 24,
  swdklljFinePerYear: { 'sepeda-motor': 32_000, 'mobil-penumpang': 100_000 },
};

/** The synthetic vehicles: a motorbike that is not yet due, and a car that is late and due for its 5-yearly renewal. */
export function seedPkb(anchor: number): PkbData {
  const data: PkbData = {
    fineConfig: structuredClone(EXAMPLE_PKB_FINE_CONFIG),
    vehicles: [
      {
        plate: 'BE 1234 ZZ',
        chassisNumberSuffix: 'A1234',
        vehicle: { make: 'HONDA', model: 'VARIO 125', type: 'SEPEDA MOTOR', manufactureYear: 2021, colour: 'HITAM' },
        ownerNameMasked: 'W***a D***o',
        vehicleClass: 'sepeda-motor',
        annualPkb: 220_000,
        annualSwdkllj: 35_000,
        dueDate: wibDate(anchor + 12 * DAY),
        fiveYearRenewal: false,
      },
      {
        plate: 'BE 1717 ZX',
        chassisNumberSuffix: 'K9X7Q',
        vehicle: { make: 'TOYOTA', model: 'AVANZA 1.3 G', type: 'MINIBUS', manufactureYear: 2019, colour: 'PUTIH' },
        ownerNameMasked: 'W***a U***i',
        vehicleClass: 'mobil-penumpang',
        annualPkb: 2_150_000,
        annualSwdkllj: 143_000,
        dueDate: wibDate(anchor - 75 * DAY),
        fiveYearRenewal: true,
      },
    ],
    bills: [],
    payments: [],
    receipts: [],
    lastPaymentSequence: 0,
  };
  // The late car already has a bill and a pending QRIS payment code.
  const store = createPkbStore(() => data, () => anchor);
  const car = data.vehicles[1]!;
  const bill = store.inquire(car.plate, car.chassisNumberSuffix)!;
  store.createPayment(bill.billId, 'qris');
  return data;
}

/** The bill of a vehicle at an instant: PKB, opsen, SWDKLLJ, fines when late, and the 5-yearly fees. */
export function billFor(data: PkbData, vehicle: MockVehicle, instant: number): PkbBill {
  const today = wibDate(instant);
  const taxYear = Number(vehicle.dueDate.slice(0, 4));
  const opsen = computeOpsenPkb(vehicle.annualPkb);
  const late = today > vehicle.dueDate;
  const fine = (principal: number): number => computePkbFine(data.fineConfig, { principal, dueDate: vehicle.dueDate, paidOn: today }).amount;
  const components: PkbComponent[] = [
    { kind: 'pkb', taxYear, amount: vehicle.annualPkb },
    { kind: 'opsen_pkb', taxYear, amount: opsen },
    { kind: 'swdkllj', taxYear, amount: vehicle.annualSwdkllj },
  ];
  if (late) {
    components.push({ kind: 'pkb_fine', taxYear, amount: fine(vehicle.annualPkb) });
    components.push({ kind: 'opsen_pkb_fine', taxYear, amount: fine(opsen) });
    components.push({ kind: 'swdkllj_fine', taxYear, amount: data.fineConfig.swdklljFinePerYear[vehicle.vehicleClass] ?? 0 });
  }
  if (vehicle.fiveYearRenewal) {
    const car = vehicle.vehicleClass === 'mobil-penumpang';
    components.push({ kind: 'stnk_fee', taxYear, amount: car ? 200_000 : 100_000 });
    components.push({ kind: 'plate_fee', taxYear, amount: car ? 100_000 : 60_000 });
  }
  const nextDue = `${taxYear + 1}${vehicle.dueDate.slice(4)}`;
  return {
    billId: `PKB-${vehicle.plate.replaceAll(' ', '')}-${taxYear}`,
    plate: vehicle.plate,
    vehicle: structuredClone(vehicle.vehicle),
    ownerNameMasked: vehicle.ownerNameMasked,
    taxYear,
    dueDate: vehicle.dueDate,
    validUntilAfterPayment: nextDue,
    fiveYearRenewal: vehicle.fiveYearRenewal,
    components,
    total: sumPkbComponents(components),
    issuedAt: toWib(instant),
    expiresAt: toWib(Date.parse(`${today}T23:59:59+07:00`)),
  };
}

/** The QRIS merchant the mock payment codes are issued for: synthetic ids throughout. */
const QRIS_MERCHANT = {
  globallyUniqueId: 'ID.GERBANG.WWW',
  merchantPan: '9360000000000000017',
  nmid: 'ID1000000000017',
  name: 'BAPENDA PROVINSI LAMPUNG',
  city: 'BANDAR LAMPUNG',
  postalCode: '35111',
};

/** A dynamic QRIS payload for one payment, written with `formatQris` (strict EMVCo mode). */
export function qrisFor(paymentCode: string, amount: number): string {
  const written = formatQris({
    payloadFormatIndicator: '01',
    pointOfInitiation: 'dynamic',
    merchantAccounts: [{ tag: '26', globallyUniqueId: QRIS_MERCHANT.globallyUniqueId, merchantPan: QRIS_MERCHANT.merchantPan, merchantId: paymentCode, merchantCriteria: 'UBE', otherFields: [] }],
    nationalRepository: { tag: '51', globallyUniqueId: 'ID.CO.QRIS.WWW', merchantId: QRIS_MERCHANT.nmid, merchantCriteria: 'UBE', otherFields: [] },
    merchantCategoryCode: '9311',
    transactionCurrency: '360',
    transactionAmount: String(amount),
    countryCode: 'ID',
    merchantName: QRIS_MERCHANT.name,
    merchantCity: QRIS_MERCHANT.city,
    postalCode: QRIS_MERCHANT.postalCode,
    additionalData: { billNumber: paymentCode, otherFields: [] },
    otherFields: [],
  });
  if (!written.ok) throw new InvalidDefinitionError('mock QRIS payload', written.error.message);
  return written.value;
}

/** The vehicle-tax part of the store. */
export interface MockPkbStore {
  /** The vehicles the mock Samsat knows, as copies. */
  vehicles(): MockVehicle[];
  /**
   * Looks a vehicle's bill up, as `POST /pkb/inquiries` does: `undefined` when the plate is
   * unknown or the chassis suffix does not match.
   *
   * @param plate - The plate, written `BE 1234 AB`.
   * @param chassisNumberSuffix - The last 5 characters of the chassis number.
   */
  inquire(plate: string, chassisNumberSuffix: string): PkbBill | undefined;
  /**
   * Issues a payment code for a bill, valid for 2 hours; a QRIS payload when paid by QRIS.
   *
   * @param billId - A bill from `inquire`.
   * @param method - How the citizen pays.
   * @throws {@link MockRecordNotFoundError} when the bill was never issued.
   */
  createPayment(billId: string, method: PkbPayment['method']): PkbPayment;
  /**
   * A payment, with `expired` once its code has run out, or `undefined`.
   *
   * @param paymentCode - The payment code.
   */
  payment(paymentCode: string): PkbPayment | undefined;
  /**
   * Whether a bill has been paid.
   *
   * @param billId - The bill.
   */
  isBillPaid(billId: string): boolean;
  /**
   * Marks a payment as paid (as the bank's callback would) and issues the receipt.
   *
   * @param paymentCode - The payment code.
   * @param paidVia - Where it was paid.
   * @throws {@link MockRecordNotFoundError} when there is no such payment.
   */
  pay(paymentCode: string, paidVia?: string): PkbReceipt;
  /**
   * The receipt of a paid payment, or `undefined` while unpaid.
   *
   * @param paymentCode - The payment code.
   */
  receipt(paymentCode: string): PkbReceipt | undefined;
}

/** Builds the vehicle-tax part of the store. */
export function createPkbStore(data: () => PkbData, now: () => number): MockPkbStore {
  const withExpiry = (payment: PkbPayment): PkbPayment =>
    payment.status === 'pending' && now() > Date.parse(payment.expiresAt) ? { ...payment, status: 'expired' } : structuredClone(payment);
  return {
    vehicles: () => structuredClone(data().vehicles),
    inquire(plate, chassisNumberSuffix) {
      const current = data();
      const vehicle = current.vehicles.find((entry) => entry.plate === plate && entry.chassisNumberSuffix === chassisNumberSuffix);
      if (vehicle === undefined) return undefined;
      const bill = billFor(current, vehicle, now());
      current.bills = [...current.bills.filter((entry) => entry.billId !== bill.billId), bill];
      return structuredClone(bill);
    },
    createPayment(billId, method) {
      const current = data();
      const bill = current.bills.find((entry) => entry.billId === billId);
      if (bill === undefined) throw new MockRecordNotFoundError('bill', billId);
      const paymentCode = `BE${String(8_800_000_000 + ++current.lastPaymentSequence * 7919).padStart(10, '0')}`;
      const createdAt = now();
      const payment: PkbPayment = {
        paymentCode,
        billId,
        amount: bill.total,
        method,
        ...(method === 'qris' ? { qrisPayload: qrisFor(paymentCode, bill.total) } : {}),
        status: 'pending',
        createdAt: toWib(createdAt),
        expiresAt: toWib(createdAt + 2 * HOUR),
      };
      current.payments.push(payment);
      return structuredClone(payment);
    },
    payment(paymentCode) {
      const payment = data().payments.find((entry) => entry.paymentCode === paymentCode);
      return payment === undefined ? undefined : withExpiry(payment);
    },
    isBillPaid: (billId) => data().payments.some((entry) => entry.billId === billId && entry.status === 'paid'),
    pay(paymentCode, paidVia = 'Bank Lampung (simulasi)') {
      const current = data();
      const payment = current.payments.find((entry) => entry.paymentCode === paymentCode);
      if (payment === undefined) throw new MockRecordNotFoundError('payment', paymentCode);
      const existing = current.receipts.find((entry) => entry.paymentCode === paymentCode);
      if (existing !== undefined) return structuredClone(existing);
      const bill = current.bills.find((entry) => entry.billId === payment.billId)!;
      const paidAt = toWib(now());
      payment.status = 'paid';
      payment.paidAt = paidAt;
      const receipt: PkbReceipt = {
        receiptNumber: `RCP-${paymentCode}`,
        ntpd: `NTPD${paymentCode.slice(2)}`,
        paymentCode,
        billId: bill.billId,
        plate: bill.plate,
        paidVia,
        paidAt,
        components: structuredClone(bill.components),
        total: bill.total,
        validUntil: bill.validUntilAfterPayment,
        verificationUrl: `https://samsat.gerbang.test/verify/${paymentCode}`,
      };
      current.receipts.push(receipt);
      const vehicle = current.vehicles.find((entry) => entry.plate === bill.plate);
      if (vehicle !== undefined) {
        vehicle.dueDate = bill.validUntilAfterPayment;
        vehicle.fiveYearRenewal = false;
      }
      return structuredClone(receipt);
    },
    receipt(paymentCode) {
      const receipt = data().receipts.find((entry) => entry.paymentCode === paymentCode);
      return receipt === undefined ? undefined : structuredClone(receipt);
    },
  };
}
