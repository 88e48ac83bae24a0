/**
 * The errors of `@gerbang/mocks`: each extends `GerbangError` with a stable code. A refused
 * lifecycle step is the contracts' own `ReportTransitionError` (`report-transition-refused`).
 *
 * @module
 */
import { formatIssues, GerbangError, type ValidationIssue } from '@gerbang/contracts';

/** The stable codes of the errors that `@gerbang/mocks` throws. */
export const MOCK_ERROR_CODES = {
  /** A store operation named a record that does not exist. */
  recordNotFound: 'mock-record-not-found',
  /** A resolver answered with a body that breaks its endpoint's response schema. */
  responseInvalid: 'mock-response-invalid',
} as const;

/** Thrown by a store operation that names a record the store does not hold. */
export class MockRecordNotFoundError extends GerbangError<typeof MOCK_ERROR_CODES.recordNotFound> {
  override name = 'MockRecordNotFoundError' as const;
  /** What kind of record, such as `report`. */
  readonly kind: string;
  /** The id that was looked up. */
  readonly id: string;

  /**
   * @param kind - What kind of record.
   * @param id - The id that was looked up.
   */
  constructor(kind: string, id: string) {
    super(MOCK_ERROR_CODES.recordNotFound, `The mock store has no ${kind} ${JSON.stringify(id)}`);
    this.kind = kind;
    this.id = id;
  }
}

/**
 * A resolver answered with a body that breaks its endpoint's response schema: the mocks drifted
 * from the contracts. The handler answers 500 with a `mock-response-invalid` problem and passes
 * this error to the `onError` option.
 */
export class MockResponseError extends GerbangError<typeof MOCK_ERROR_CODES.responseInvalid> {
  override name = 'MockResponseError' as const;
  /** The endpoint whose response broke the contract. */
  readonly endpointId: string;
  /** What was wrong, with paths into the response body. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param endpointId - The endpoint.
   * @param issues - What was wrong.
   * @param options - The validation error, as the cause.
   */
  constructor(endpointId: string, issues: readonly ValidationIssue[], options: { cause?: unknown } = {}) {
    super(
      MOCK_ERROR_CODES.responseInvalid,
      `The mock response of endpoint "${endpointId}" breaks its contract:\n${formatIssues(issues)}`,
      options,
    );
    this.endpointId = endpointId;
    this.issues = issues;
  }
}
