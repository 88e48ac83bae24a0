/**
 * `@gerbang/web`: the web host shell of Gerbang. It composes `@gerbang/core`, `@gerbang/brand` and
 * `@gerbang/client` for browsers, so that an app is a brand, modules and an API address: the
 * renderer, the home screen from the catalogue, navigation and deep links, permission prompts,
 * error cards, the offline banner and the outbox, themed by the brand's CSS variables.
 *
 * @packageDocumentation
 */

export { createWebApp } from './app.ts';
export type { WebApp, WebAppOptions } from './app.ts';
export { createHostApi } from './api.ts';
export { createWebOutbox } from './outbox.ts';
export { GERBANG_OUTBOX_ENDPOINTS } from './outbox-endpoints.ts';
export type { WebOutbox, WebOutboxOptions } from './outbox.ts';
export { createViewSlot, pickView } from './view-slot.ts';
export type { ViewSlot } from './view-slot.ts';
export { followLink, HOME_PATH, modulePath } from './links.ts';
export type { RouteTemplate } from './links.ts';
export { shellMessages } from './messages.ts';
export type { ShellLocale, ShellMessages } from './messages.ts';
export { brandCss, injectStyle } from './styles.ts';
