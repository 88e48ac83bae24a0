/**
 * The host's event bus: one eventemitter3 underneath, kept internal, so that its types and its
 * major version never reach the public API.
 *
 * @internal
 * @module
 */
import { EventEmitter } from 'eventemitter3';
import type { Unsubscribe } from './module.ts';

/** A listener as the bus stores it: already wrapped in its owner's boundary. */
export type BusListener = (payload: unknown) => void;

/** @internal */
export interface Bus {
  /** Delivers `payload` to every listener of `event`, in the order they were added. */
  emit(event: string, payload: unknown): void;
  /** Adds a listener; the returned function removes it. */
  on(event: string, listener: BusListener): Unsubscribe;
}

/**
 * Creates the bus. `afterEmit` sees each event in `watched` once its listeners ran (the host wakes
 * modules that declared `onEvent:<name>` there).
 *
 * @internal
 */
export function createBus(watched: ReadonlyMap<string, unknown>, afterEmit: (event: string, payload: unknown) => void): Bus {
  const emitter = new EventEmitter();
  return {
    emit(event, payload) {
      emitter.emit(event, payload);
      if (watched.size > 0 && watched.has(event)) afterEmit(event, payload);
    },
    on(event, listener) {
      emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
  };
}

/**
 * Wraps a listener so that a throw or a rejection goes to `fail` and never stops the other
 * listeners or escapes as an unhandled rejection.
 *
 * @internal
 */
export function guardListener(listener: (payload: never) => unknown, fail: (cause: unknown) => void): BusListener {
  return (payload) => {
    try {
      const result = (listener as (payload: unknown) => unknown)(payload);
      if (result !== undefined && isThenable(result)) result.then(undefined, fail);
    } catch (cause) {
      fail(cause);
    }
  };
}

/** Whether `value` is an object (not a function) with a `then` method. @internal */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && typeof (value as { then?: unknown } | null)?.then === 'function';
}
