/**
 * A minimal typed event emitter: `on` returns an unsubscribe function, and a listener that throws
 * never stops the others or the request that emitted the event.
 *
 * @module
 */
import type { Listener, Unsubscribe } from './types.ts';

/** @internal An emitter of the events in `TEvents`, keyed by name. */
export interface Emitter<TEvents> {
  readonly on: <TType extends keyof TEvents>(type: TType, listener: Listener<TEvents[TType]>) => Unsubscribe;
  readonly emit: <TType extends keyof TEvents>(type: TType, event: TEvents[TType]) => void;
}

/** @internal Creates an {@link Emitter}. */
export function createEmitter<TEvents>(): Emitter<TEvents> {
  const listeners = new Map<keyof TEvents, Set<Listener<never>>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (set === undefined) listeners.set(type, (set = new Set()));
      const entry = listener as Listener<never>;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    emit(type, event) {
      const set = listeners.get(type);
      if (set === undefined) return;
      for (const listener of [...set]) {
        try {
          (listener as Listener<typeof event>)(event);
        } catch (error) {
          reportListenerError(error);
        }
      }
    },
  };
}

/** Reports a listener's error the way the platform reports uncaught errors, without throwing here. */
function reportListenerError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else
    setTimeout(() => {
      throw error;
    }, 0);
}
