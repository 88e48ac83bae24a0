import {
  computeOpsenPkb,
  computePkbFine,
  createPkbPayment,
  explainPkbTotal,
  inquirePkb,
  InvalidDefinitionError,
  pkbBillSchema,
  pkbEndpoints,
  pkbFineConfigSchema,
  pkbInquirySchema,
  pkbReceiptSchema,
  validate,
  type PkbBill,
  type PkbFineConfig,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

// Example rates only: provinces set their own in regional regulations.
const config: PkbFineConfig = { monthlyRate: 0.01, maxMonths: 24, swdklljFinePerYear: { 'sepeda-motor': 32_000 } };

const bill: PkbBill = {
  billId: 'BILL-18-0001',
  plate: 'BE 1234 AB',
  vehicle: { make: 'HONDA', model: 'VARIO 125', type: 'SEPEDA MOTOR', manufactureYear: 2021, colour: 'HITAM' },
  ownerNameMasked: 'S***i C****h',
  taxYear: 2025,
  dueDate: '2025-03-10',
  validUntilAfterPayment: '2026-03-10',
  fiveYearRenewal: false,
  components: [
    { kind: 'pkb', taxYear: 2024, amount: 250_000 },
    { kind: 'opsen_pkb', taxYear: 2024, amount: 165_000 },
    { kind: 'swdkllj', taxYear: 2024, amount: 35_000 },
    { kind: 'pkb_fine', taxYear: 2024, amount: 30_000 },
    { kind: 'opsen_pkb_fine', taxYear: 2024, amount: 19_800 },
    { kind: 'swdkllj_fine', taxYear: 2024, amount: 32_000 },
    { kind: 'pkb', taxYear: 2025, amount: 250_000 },
    { kind: 'opsen_pkb', taxYear: 2025, amount: 165_000 },
    { kind: 'swdkllj', taxYear: 2025, amount: 35_000 },
  ],
  total: 981_800,
  issuedAt: '2025-03-12T09:00:00+07:00',
  expiresAt: '2025-03-12T23:59:59+07:00',
};

describe('PKB schemas', () => {
  it('accepts a bill whose total is the sum of its components, arrears and fines included', () => {
    expect(validate(pkbBillSchema, bill).success).toBe(true);
  });

  it('refuses a total that is not the sum of its parts, with an issue at total naming both', () => {
    const result = validate(pkbBillSchema, { ...bill, total: 1_000_000 });
    expect(result.error?.issues).toEqual([
      { code: 'custom', path: ['total'], received: 'object', message: 'the total 1000000 is not the sum of the components, 981800' },
    ]);
    expect(explainPkbTotal({ components: [{ amount: 1_000 }, { amount: 660 }], total: 1_700 })).toBe('the total 1700 is not the sum of the components, 1660');
  });

  it('refuses decimals and unknown components', () => {
    const result = validate(pkbBillSchema, { ...bill, components: [{ kind: 'pkb', taxYear: 2025, amount: 100.5 }, { kind: 'admin', taxYear: 2025, amount: 5_000 }], total: 105_000 });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['components.0.amount', 'components.1.kind']);
  });

  it('takes the plate in its written form and the last 5 chassis characters', () => {
    expect(validate(pkbInquirySchema, { plate: 'BE 1234 AB', chassisNumberSuffix: 'A1234' }).success).toBe(true);
    const result = validate(pkbInquirySchema, { plate: 'be1234ab', chassisNumberSuffix: 'a12' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['plate', 'chassisNumberSuffix']);
    expect(result.error?.issues[0]?.message).toContain('"BE 1234 AB"');
  });

  it('checks the receipt total too', () => {
    const receipt = {
      receiptNumber: 'RCPT-0001',
      paymentCode: 'PAY-7788-1122',
      billId: bill.billId,
      plate: bill.plate,
      paidVia: 'Bank Lampung',
      paidAt: '2025-03-12T10:00:00+07:00',
      components: bill.components,
      total: bill.total,
      validUntil: '2026-03-10',
      verificationUrl: 'https://samsat.lampungprov.example.id/verify/RCPT-0001',
    };
    expect(validate(pkbReceiptSchema, receipt).success).toBe(true);
    expect(validate(pkbReceiptSchema, { ...receipt, total: 1 }).error?.issues[0]?.path).toEqual(['total']);
  });
});

describe('computePkbFine', () => {
  it('counts every started month after the due date, up to the cap', () => {
    expect(computePkbFine(config, { principal: 1_200_000, dueDate: '2025-03-10', paidOn: '2025-03-10' })).toEqual({ months: 0, amount: 0 });
    expect(computePkbFine(config, { principal: 1_200_000, dueDate: '2025-03-10', paidOn: '2025-03-11' })).toEqual({ months: 1, amount: 12_000 });
    expect(computePkbFine(config, { principal: 1_200_000, dueDate: '2025-03-10', paidOn: '2025-04-10' })).toEqual({ months: 1, amount: 12_000 });
    expect(computePkbFine(config, { principal: 1_200_000, dueDate: '2025-03-10', paidOn: '2025-05-11' })).toEqual({ months: 3, amount: 36_000 });
    expect(computePkbFine(config, { principal: 1_200_000, dueDate: '2020-03-10', paidOn: '2025-05-11' })).toEqual({ months: 24, amount: 288_000 });
    expect(computePkbFine(config, { principal: 1_200_000, dueDate: '2025-03-10', paidOn: '2025-01-01' })).toEqual({ months: 0, amount: 0 });
  });

  it('follows the configured rate, and rounds to whole rupiah', () => {
    const other = { ...config, monthlyRate: 0.02, maxMonths: 15 };
    expect(computePkbFine(other, { principal: 333_333, dueDate: '2025-01-31', paidOn: '2026-12-01' })).toEqual({ months: 15, amount: 100_000 });
    expect(computePkbFine(config, { principal: 333_333, dueDate: '2025-01-31', paidOn: '2025-02-01' })).toEqual({ months: 1, amount: 3_333 });
  });

  it('refuses bad input', () => {
    expect(() => computePkbFine(config, { principal: 1.5, dueDate: '2025-03-10', paidOn: '2025-03-11' })).toThrow(InvalidDefinitionError);
    expect(() => computePkbFine(config, { principal: 1, dueDate: '10/03/2025', paidOn: '2025-03-11' })).toThrow('dueDate "10/03/2025"');
  });

  it('has a config schema and computes opsen at 66% by default', () => {
    expect(validate(pkbFineConfigSchema, config).success).toBe(true);
    expect(validate(pkbFineConfigSchema, { monthlyRate: 2, maxMonths: 24, swdklljFinePerYear: {} }).error?.issues[0]?.path).toEqual(['monthlyRate']);
    expect(computeOpsenPkb(250_000)).toBe(165_000);
    expect(computeOpsenPkb(250_000, 0.5)).toBe(125_000);
  });
});

describe('PKB endpoints', () => {
  it('inquire by POST, and create payments idempotently', () => {
    expect(inquirePkb).toMatchObject({ method: 'POST', path: '/pkb/inquiries', idempotencyKey: false });
    expect(createPkbPayment).toMatchObject({ method: 'POST', status: 201, idempotencyKey: true });
    expect(Object.keys(pkbEndpoints)).toEqual(['inquirePkb', 'createPkbPayment', 'getPkbPayment', 'getPkbReceipt']);
  });
});
