/**
 * The states of a module's life, and the timeouts of its phases.
 *
 * @module
 */
import { ModuleUnavailableError, PhaseTimeoutError } from './errors.ts';
import type { ModulePhase } from './errors.ts';
import { DEV } from './dev.ts';

/** The version of the Gerbang engine this package implements; manifests' `engine` ranges are checked against it. */
export const ENGINE_VERSION = '0.1.0';

/**
 * Every state a module can be in.
 *
 * - `registered`: its manifest is valid and its dependencies resolve; no code loaded.
 * - `blocked`: it cannot run here (a missing service, a cycle, the engine, the region, the brand).
 * - `disabled`: switched off by the kill switch.
 * - `loading`, `activating`, `active`, `deactivating`: its code is loading or running.
 * - `inactive`: it ran and was deactivated; it activates again when woken.
 * - `failed`: its code threw, rejected or hung; it can be retried or unloaded.
 */
export const MODULE_STATES = {
  registered: 'registered',
  blocked: 'blocked',
  disabled: 'disabled',
  loading: 'loading',
  activating: 'activating',
  active: 'active',
  deactivating: 'deactivating',
  inactive: 'inactive',
  failed: 'failed',
} as const;

/** A state of {@link MODULE_STATES}. */
export type ModuleState = (typeof MODULE_STATES)[keyof typeof MODULE_STATES];

/** How long each phase of a module's life may take, in milliseconds, before the module fails. */
export interface PhaseTimeouts {
  /**
   * Loading its code (`load()`).
   * @default 10000
   */
  readonly load: number;
  /**
   * `activate(ctx)`.
   * @default 5000
   */
  readonly activate: number;
  /**
   * `deactivate(ctx)`.
   * @default 3000
   */
  readonly deactivate: number;
  /**
   * An event handler that returns a promise, from the event until the promise settles.
   * @default 5000
   */
  readonly handler: number;
  /**
   * A call to a module's service method that returns a promise, until the promise settles.
   * @default 15000
   */
  readonly service: number;
}

/** The default {@link PhaseTimeouts}. */
export const DEFAULT_PHASE_TIMEOUTS: PhaseTimeouts = { load: 10_000, activate: 5000, deactivate: 3000, handler: 5000, service: 15_000 };

/**
 * The clock the host uses for phase timeouts, module timers and audit times. Tests pass a fake
 * one; the default uses `globalThis`.
 */
export interface Clock {
  /** The time, in milliseconds since the epoch. */
  now(): number;
  /** Runs `callback` after `ms` milliseconds, returning a handle for {@link Clock.clearTimeout}. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timeout. */
  clearTimeout(handle: unknown): void;
}

/** The clock of the platform. */
export const systemClock: Clock = {
  // The globals are read at each call, so that fake timers installed later still apply.
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => { clearTimeout(handle as ReturnType<typeof setTimeout>); },
};

/**
 * Runs `step` and settles as it does, or rejects with a {@link PhaseTimeoutError} when it has not
 * settled after `timeout` ms. A synchronous throw becomes a rejection. When `stopped` aborts first
 * (the module stopped), it rejects at once with a {@link ModuleUnavailableError}. Either way the
 * timer and the abort listener are removed as soon as it settles.
 *
 * @internal
 */
export function settleWithin<T>(
  clock: Clock,
  moduleId: string,
  phase: ModulePhase,
  timeout: number,
  step: () => T | PromiseLike<T>,
  stopped?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    /** Removes the timer and the abort listener, then settles with `outcome` (a rejection unless `settle` says otherwise). */
    const end = (outcome: unknown, settle: (outcome: never) => void = reject): void => {
      clock.clearTimeout(timer);
      stopped?.removeEventListener('abort', onStop);
      settle(outcome as never);
    };
    const onStop = (): void => {
      end(new ModuleUnavailableError(moduleId, 'stopped', DEV ? `it stopped before its ${phase} settled` : phase));
    };
    const timer = clock.setTimeout(() => {
      end(new PhaseTimeoutError(moduleId, phase, timeout));
    }, timeout);
    stopped?.addEventListener('abort', onStop);
    try {
      Promise.resolve(step()).then((value) => { end(value, resolve); }, end);
    } catch (cause) {
      end(cause);
    }
  });
}
