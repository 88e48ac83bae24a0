import { defineConfig, loadEnv } from 'vite';
import { eagerModules } from './build/eager.ts';
import { gerbangPwa } from './build/pwa.ts';
import { brands, DEFAULT_BRAND } from './src/brands.ts';

// Build settings, from the environment or a .env file, all optional (see README.md):
// VITE_BRAND          the brand the app starts with (a key of src/brands.ts); `?brand=` overrides it
// VITE_API_URL        a real Gerbang back end; without it the app runs on the mock back end
// VITE_EAGER_MODULES  `1` loads every module's code up front, only to measure lazy loading (pnpm bench)
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, 'VITE_');
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { manifest: true, target: 'es2022', sourcemap: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    plugins: [
      gerbangPwa({ brands, defaultBrand: env['VITE_BRAND'] ?? DEFAULT_BRAND, mock: !env['VITE_API_URL'], apiPrefix: '/api/' }),
      env['VITE_EAGER_MODULES'] === '1' && eagerModules(),
    ],
  };
});
