/**
 * The HTTP endpoints of vehicle tax: inquiry, payment code, payment status and receipt.
 *
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoint } from '../endpoint.ts';
import {
  conflictProblem,
  idempotencyKeyInUseProblem,
  idempotencyKeyReusedProblem,
  notFoundProblem,
  rateLimitedProblem,
  serviceUnavailableProblem,
  validationFailedProblem,
} from '../problem.ts';
import { createPkbPaymentBodySchema, pkbBillSchema, pkbInquirySchema, pkbPaymentSchema, pkbReceiptSchema } from './schema.ts';

const paymentParams = /* @__PURE__ */ z.object({
  paymentCode: z.string().check(z.minLength(4), z.maxLength(64)),
});

/**
 * `POST /pkb/inquiries`: the bill of a vehicle, by plate and the last 5 characters of its chassis
 * number. A POST, so that the plate and chassis number stay out of URLs and logs. A plate and
 * chassis number that do not match answer 404, like an unknown plate.
 */
export const inquirePkb = /* @__PURE__ */ defineEndpoint({
  id: 'pkb.inquiry',
  method: 'POST',
  path: '/pkb/inquiries',
  body: pkbInquirySchema,
  response: pkbBillSchema,
  errors: { 404: notFoundProblem, 422: validationFailedProblem, 429: rateLimitedProblem, 503: serviceUnavailableProblem },
  summary: 'Look up the vehicle tax bill of a plate',
  tags: ['pkb'],
});

/**
 * `POST /pkb/payments`: a payment code for a bill, valid for about 2 hours. Each call carries an
 * `Idempotency-Key`, so that a retry never issues two codes. A bill already paid answers 409.
 */
export const createPkbPayment = /* @__PURE__ */ defineEndpoint({
  id: 'pkb.payment-create',
  method: 'POST',
  path: '/pkb/payments',
  body: createPkbPaymentBodySchema,
  response: pkbPaymentSchema,
  status: 201,
  idempotent: true,
  errors: {
    404: notFoundProblem,
    409: [conflictProblem, idempotencyKeyInUseProblem],
    422: [validationFailedProblem, idempotencyKeyReusedProblem],
    503: serviceUnavailableProblem,
  },
  summary: 'Get a payment code for a vehicle tax bill',
  tags: ['pkb'],
});

/** `GET /pkb/payments/:paymentCode`: the payment and its status. */
export const getPkbPayment = /* @__PURE__ */ defineEndpoint({
  id: 'pkb.payment-status',
  method: 'GET',
  path: '/pkb/payments/:paymentCode',
  params: paymentParams,
  response: pkbPaymentSchema,
  errors: { 404: notFoundProblem },
  summary: 'Get the status of a vehicle tax payment',
  tags: ['pkb'],
});

/** `GET /pkb/payments/:paymentCode/receipt`: the digital receipt of a paid bill; 409 while unpaid. */
export const getPkbReceipt = /* @__PURE__ */ defineEndpoint({
  id: 'pkb.receipt',
  method: 'GET',
  path: '/pkb/payments/:paymentCode/receipt',
  params: paymentParams,
  response: pkbReceiptSchema,
  errors: { 404: notFoundProblem, 409: conflictProblem },
  summary: 'Get the receipt of a paid vehicle tax bill',
  tags: ['pkb'],
});

/** Every vehicle-tax endpoint, by name. */
export const pkbEndpoints = { inquirePkb, createPkbPayment, getPkbPayment, getPkbReceipt } as const;
