/**
 * Mounting module views: one view at a time in one element, the previous one unmounted first.
 *
 * @module
 */
import type { ModuleView, ViewProps, ViewUnmount } from '@gerbang/core';

/** One element that shows one module view at a time, from {@link createViewSlot}. */
export interface ViewSlot {
  /**
   * Unmounts the view shown, then mounts `view` into `element`. Core's boundary turns a throwing
   * `mount` into a failure of that module (`host:module-failed`, phase `view`).
   *
   * @param element - The module's container.
   * @param view - The view, from `host.views(moduleId)`.
   * @param props - The route, params and query.
   */
  show(element: HTMLElement, view: ModuleView, props: ViewProps): void;
  /** Unmounts the view shown, if any. */
  clear(): void;
}

/**
 * Creates a {@link ViewSlot}.
 *
 * @example
 * ```ts
 * const slot = createViewSlot();
 * host.on('host:opened', ({ moduleId, route, params, query }) => {
 *   const views = host.views(moduleId);
 *   const view = (route === undefined ? undefined : views.get(route)) ?? views.get('main');
 *   if (view) slot.show(container, view, { ...(route === undefined ? {} : { route }), params, query });
 * });
 * ```
 */
export function createViewSlot(): ViewSlot {
  let unmount: ViewUnmount | undefined;
  const clear = (): void => {
    const current = unmount;
    unmount = undefined;
    if (typeof current === 'function') current();
  };
  return {
    show(element, view, props) {
      clear();
      unmount = view.mount(element, props);
    },
    clear,
  };
}

/**
 * The view a host shows for an opened module: the one named like the route, else `main`.
 *
 * @param views - The module's views, from `host.views(moduleId)`.
 * @param route - The route name, when one was opened.
 */
export function pickView(views: ReadonlyMap<string, ModuleView>, route: string | undefined): ModuleView | undefined {
  return (route === undefined ? undefined : views.get(route)) ?? views.get('main');
}
