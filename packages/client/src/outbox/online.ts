/**
 * Online signals for the outbox: one the host drives, and one from the browser's `online` and
 * `offline` events (feature-detected, so it is harmless elsewhere).
 *
 * @module
 */
import type { Unsubscribe } from '../types.ts';
import type { OnlineSignal } from './types.ts';

/** An {@link OnlineSignal} that the host sets, for example from React Native's NetInfo. */
export interface ManualOnlineSignal extends OnlineSignal {
  /**
   * Sets whether the device is online; listeners hear only real changes.
   *
   * @param online - The new state.
   */
  set(online: boolean): void;
}

/**
 * Creates an online signal that the host sets.
 *
 * @param initial - Whether the device is online at first.
 * @example
 * ```ts
 * const online = createOnlineSignal(true);
 * NetInfo.addEventListener((state) => online.set(state.isConnected === true));
 * ```
 */
export function createOnlineSignal(initial = true): ManualOnlineSignal {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener): Unsubscribe {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next) {
      if (next === online) return;
      online = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}

interface EventTargetLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/**
 * The browser's online state: `navigator.onLine` and the window's `online` and `offline` events.
 * Where they do not exist (Node, React Native), the device is taken to be always online.
 *
 * @example
 * ```ts
 * createOutbox({ client, storage, endpoints, online: browserOnlineSignal() });
 * ```
 */
export function browserOnlineSignal(): OnlineSignal {
  const scope = globalThis as Partial<EventTargetLike> & { navigator?: { onLine?: unknown } };
  return {
    isOnline: () => scope.navigator?.onLine !== false,
    subscribe(listener): Unsubscribe {
      if (typeof scope.addEventListener !== 'function' || typeof scope.removeEventListener !== 'function') return () => undefined;
      const target = scope as EventTargetLike;
      const online = () => {
        listener(true);
      };
      const offline = () => {
        listener(false);
      };
      target.addEventListener('online', online);
      target.addEventListener('offline', offline);
      return () => {
        target.removeEventListener('online', online);
        target.removeEventListener('offline', offline);
      };
    },
  };
}
