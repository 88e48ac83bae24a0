/**
 * The Vite plugin that makes the app installable and usable offline, from the brands alone:
 *
 * - a web app manifest per brand (`manifest.<key>.webmanifest`, and `manifest.webmanifest` for the
 *   default brand) with the brand's name, short name, description and colours, and its icon;
 * - the `<head>` of `index.html`: title, description, theme colour, icon and manifest link;
 * - `sw-build.js`, which `public/sw.js` imports: the build's version and the files to precache
 *   (the app shell and every hashed asset), listed after the bundle is written;
 * - msw's `mockServiceWorker.js` in mock mode, which `sw.js` imports so that the mock back end and
 *   the app's service worker share one scope;
 * - the module `virtual:gerbang-brands`: every brand validated and normalized here, at build time,
 *   so that the app does not carry the brand schema (about 5 kB gzip) to parse them again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseBrand, type Brand, type BrandInput } from '@gerbang/brand';
import { mockServiceWorkerPath } from '@gerbang/mocks/node';
import type { Plugin } from 'vite';

/** The options of {@link gerbangPwa}. */
export interface GerbangPwaOptions {
  /** The brands the app can run under, by the key that `VITE_BRAND` and `?brand=` use. */
  readonly brands: Readonly<Record<string, BrandInput | Brand>>;
  /** The key of the brand the app starts with. */
  readonly defaultBrand: string;
  /** Whether the app runs on the mock back end in the browser (no `VITE_API_URL`). */
  readonly mock: boolean;
  /** The path prefix of the API that the service worker leaves to the network or to msw. */
  readonly apiPrefix: string;
}

/** A file the plugin serves or writes, by its path from the site root. */
type Generated = Map<string, { readonly type: string; readonly body: string }>;

/** The id the app imports its brands from. */
export const BRANDS_MODULE = 'virtual:gerbang-brands';
const RESOLVED_BRANDS_MODULE = `\0${BRANDS_MODULE}`;

const SERVICE_WORKER_FILES = new Set(['sw.js', 'sw-build.js', 'mockServiceWorker.js']);

/** Parses a brand, failing the build with every issue when it is invalid. */
function brandOf(key: string, input: BrandInput | Brand): Brand {
  const result = parseBrand(input);
  if (!result.success) throw new Error(`The brand "${key}" is invalid: ${result.error.message}`);
  return result.brand;
}

/** The icon of a brand as a file, when it is inline SVG markup or an SVG data URL; else its URL. */
function iconOf(brand: Brand): { svg: string } | { url: string } {
  const icon = brand.icon;
  if (icon.trimStart().startsWith('<svg')) return { svg: icon };
  const data = /^data:image\/svg\+xml(;base64)?,(.*)$/s.exec(icon);
  if (data !== null) return { svg: data[1] === undefined ? decodeURIComponent(data[2] ?? '') : Buffer.from(data[2] ?? '', 'base64').toString('utf8') };
  return { url: icon };
}

const ICON_TYPES: Readonly<Record<string, string>> = { svg: 'image/svg+xml', png: 'image/png', webp: 'image/webp' };

/** The media type of an icon URL, when its extension tells. */
function iconType(url: string): { type?: string } {
  const type = ICON_TYPES[/\.([a-z]+)(?:[?#].*)?$/i.exec(url)?.[1]?.toLowerCase() ?? ''];
  return type === undefined ? {} : { type };
}

/** The web app manifest of a brand. */
function manifestOf(key: string, brand: Brand, iconUrl: string): Record<string, unknown> {
  const colors = brand.tokens.color.light;
  const language = brand.locales.default;
  return {
    id: `/?brand=${key}`,
    name: brand.name,
    short_name: brand.shortName,
    description: brand.description?.id ?? brand.name,
    lang: language,
    start_url: `/?brand=${key}`,
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: colors.primary,
    background_color: brand.splash?.background ?? colors.background,
    icons: ['any', 'maskable'].map((purpose) => ({ src: iconUrl, sizes: 'any', ...iconType(iconUrl), purpose })),
  };
}

/** Every file under a directory, as paths from the site root. */
function listFiles(root: string, directory = root): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [`/${relative(root, path).split('\\').join('/')}`];
  });
}

/** The body of `sw-build.js`. */
function swBuild(version: string, precache: readonly string[], options: GerbangPwaOptions): string {
  const build = { version, precache, mock: options.mock, apiPrefix: options.apiPrefix, shell: '/index.html' };
  return `// Written by the build: what sw.js precaches, and whether it runs the mock back end.\nself.GERBANG_BUILD = ${JSON.stringify(build, null, 2)};\n`;
}

/**
 * The PWA plugin of the example: manifests and icons per brand, the `<head>` of the default
 * brand, the precache list for `public/sw.js`, and msw's worker in mock mode.
 *
 * @param options - The brands, the default one, and the mode.
 */
export function gerbangPwa(options: GerbangPwaOptions): Plugin {
  const files: Generated = new Map();
  const parsed = Object.entries(options.brands).map(([key, input]) => ({ key, brand: brandOf(key, input) }));
  const fallback = parsed.find((entry) => entry.key === options.defaultBrand);
  if (fallback === undefined) {
    throw new Error(`There is no brand "${options.defaultBrand}" (VITE_BRAND): the brands are ${parsed.map((entry) => entry.key).join(', ')}`);
  }
  const iconUrls = new Map<string, string>();
  for (const { key, brand } of parsed) {
    const icon = iconOf(brand);
    const url = 'svg' in icon ? `/icons/${key}.svg` : icon.url;
    if ('svg' in icon) files.set(url, { type: 'image/svg+xml', body: icon.svg });
    iconUrls.set(key, url);
    const manifest = JSON.stringify(manifestOf(key, brand, url), null, 2);
    files.set(`/manifest.${key}.webmanifest`, { type: 'application/manifest+json', body: manifest });
    if (key === options.defaultBrand) files.set('/manifest.webmanifest', { type: 'application/manifest+json', body: manifest });
  }
  if (options.mock) files.set('/mockServiceWorker.js', { type: 'text/javascript', body: readFileSync(mockServiceWorkerPath(), 'utf8') });

  const brandsModule = [
    `export const brands = ${JSON.stringify(Object.fromEntries(parsed.map(({ key, brand }) => [key, brand])))};`,
    `export const defaultBrand = ${JSON.stringify(fallback.key)};`,
    `export const icons = ${JSON.stringify(Object.fromEntries(iconUrls))};`,
  ].join('\n');

  return {
    name: 'gerbang-pwa',
    resolveId(id) {
      return id === BRANDS_MODULE ? RESOLVED_BRANDS_MODULE : null;
    },
    load(id) {
      return id === RESOLVED_BRANDS_MODULE ? brandsModule : null;
    },
    transformIndexHtml() {
      const { brand } = fallback;
      return [
        { tag: 'title', children: brand.name, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'description', content: brand.description?.id ?? brand.name }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: brand.tokens.color.light.primary }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'icon', href: iconUrls.get(fallback.key) ?? '/favicon.ico' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, injectTo: 'head' },
      ];
    },
    configureServer(server) {
      // In development nothing is precached: sw.js only falls back to the network.
      files.set('/sw-build.js', { type: 'text/javascript', body: swBuild('dev', [], options) });
      server.middlewares.use((request, response, next) => {
        const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (file === undefined) {
          next();
          return;
        }
        response.setHeader('Content-Type', file.type);
        response.end(file.body);
      });
    },
    generateBundle() {
      for (const [path, file] of files) this.emitFile({ type: 'asset', fileName: path.slice(1), source: file.body });
    },
    writeBundle(outputOptions) {
      const outDir = outputOptions.dir;
      if (outDir === undefined) return;
      const precache = listFiles(outDir)
        .filter((path) => !path.endsWith('.map') && !SERVICE_WORKER_FILES.has(path.slice(1)) && !path.startsWith('/.vite/'))
        .sort();
      const hash = createHash('sha256');
      for (const path of precache) hash.update(path).update(readFileSync(join(outDir, path)));
      writeFileSync(join(outDir, 'sw-build.js'), swBuild(hash.digest('hex').slice(0, 16), precache, options));
    },
  };
}
