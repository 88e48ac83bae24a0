/**
 * The implementation of the citizen-reports module, loaded lazily by the host: it registers one
 * view per route (`main`, `baru`, `saya`, `laporan`, `publik`), each drawn with Preact.
 *
 * @module
 */
import type { ModuleImplementation } from '@gerbang/core';
import { render } from 'preact';
import { AduanState } from './model.ts';
import { AduanApp, VIEW_NAMES } from './ui/app.tsx';
import { CategoryCache } from './ui/common.tsx';

/** Starts the module: its shared state, and a view per route. */
const implementation: ModuleImplementation = {
  activate(ctx) {
    const state = new AduanState(ctx);
    state.ready.catch((error: unknown) => {
      ctx.logger.warn('the reports module could not read its outbox or storage', { error: error instanceof Error ? error.message : String(error) });
    });
    const env = { ctx, state, categories: new CategoryCache(ctx) };
    for (const view of VIEW_NAMES) {
      ctx.views.register(view, {
        mount(element, props) {
          const root = element as HTMLElement;
          render(<AduanApp env={env} view={view} params={props.params} />, root);
          return () => {
            render(null, root);
          };
        },
      });
    }
  },
};

export default implementation;
