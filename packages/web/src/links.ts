/**
 * Links of the web shell: `/m/<moduleId>/<route path>` in the address bar, and the way back from
 * an opened module to its address.
 *
 * @module
 */
import { buildPath } from '@gerbang/contracts';
import type { NavigationResult, OpenedModule, SuperApp } from '@gerbang/core';

/** The address of the home screen. */
export const HOME_PATH = '/';

/** A link to the root of a module: `/m/<id>`, `/m/<id>/`, `gerbang://<id>/` or a brand origin's. */
const MODULE_ROOT = /^(?:gerbang:\/\/([^/?#]+)|(https?:\/\/[^/?#]+)?\/m\/([^/?#]+))\/?(\?[^#]*)?(?:#.*)?$/i;

/**
 * Follows a link as the shell does: the root of a module (`/m/<id>/`) opens its `main` view, and
 * anything else goes to the host's deep-link router (`host.navigate`). Never throws.
 *
 * @param host - The host.
 * @param url - `/m/<id>/<path>`, `gerbang://<id>/<path>` or a brand origin's URL.
 * @param origins - The brand's https origins.
 * @example
 * ```ts
 * const result = await followLink(host, '/m/aduan/', brand.origins);
 * if (!result.ok) showNotFound(result.error);
 * ```
 */
export async function followLink(host: SuperApp, url: string, origins: readonly string[] = []): Promise<NavigationResult> {
  const root = MODULE_ROOT.exec(url);
  const origin = root?.[2];
  const moduleId = root?.[1] ?? root?.[3];
  if (root === null || moduleId === undefined || (origin !== undefined && !origins.includes(origin.toLowerCase()))) return host.navigate(url);
  try {
    const query = Object.fromEntries(new URLSearchParams(root[4] ?? ''));
    return { ok: true, opened: await host.open(moduleId, { query }) };
  } catch (error) {
    if (typeof (error as { code?: unknown } | null)?.code === 'string') return { ok: false, error: error as Error & { code: string } };
    throw error;
  }
}

/** A route of a manifest, as the shell reads it to write addresses. */
export interface RouteTemplate {
  /** The route name. */
  readonly name: string;
  /** The path template, such as `/laporan/:ticket`. */
  readonly path: string;
}

/**
 * The address of an opened module: `/m/<id>/<route path>?<query>`, or `/m/<id>/` for its main view.
 *
 * @param opened - What the host opened.
 * @param routes - The module's routes, from its manifest.
 * @example
 * ```ts
 * modulePath({ moduleId: 'aduan', route: 'laporan', params: { ticket: 'LPG-1' }, query: {} }, manifest.routes);
 * // "/m/aduan/laporan/LPG-1"
 * ```
 */
export function modulePath(opened: Omit<OpenedModule, 'view'>, routes: readonly RouteTemplate[]): string {
  const template = opened.route === undefined ? undefined : routes.find((route) => route.name === opened.route);
  let path = '/';
  if (template !== undefined) {
    try {
      path = buildPath(template.path, opened.params as never);
    } catch {
      // A route opened without its params (by `host.open`) keeps the module's root address.
    }
  }
  const query = new URLSearchParams(opened.query).toString();
  return `/m/${encodeURIComponent(opened.moduleId)}${path}${query === '' ? '' : `?${query}`}`;
}
