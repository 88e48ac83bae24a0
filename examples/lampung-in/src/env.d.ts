/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The base URL of a real Gerbang back end; without it the app runs on the mock back end. */
  readonly VITE_API_URL?: string;
  /** The bearer token to call a real back end with, until the app has a sign-in. */
  readonly VITE_API_TOKEN?: string;
}

/** The app's brands, validated and normalized at build time (build/pwa.ts), by key. */
declare module 'virtual:gerbang-brands' {
  import type { Brand } from '@gerbang/brand';

  /** The brands, by key (see src/brands.ts). */
  export const brands: Readonly<Record<string, Brand>>;
  /** The key of the brand the build starts with: `VITE_BRAND`, else the default. */
  export const defaultBrand: string;
  /** The URL of each brand's icon, by key. */
  export const icons: Readonly<Record<string, string>>;
}
