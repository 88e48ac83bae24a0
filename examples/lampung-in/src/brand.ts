/**
 * Which brand the app runs under: `?brand=<key>` (remembered for the browser session), else the
 * build's `VITE_BRAND`, else the default. The page's title, icon, theme colour and web app
 * manifest follow the brand. The brands of src/brands.ts come validated from the build.
 */
import type { Brand } from '@gerbang/brand';
import { brands, defaultBrand, icons } from 'virtual:gerbang-brands';

const SESSION_KEY = 'gerbang.brand';

/** The key of the brand to run under. */
export function chooseBrandKey(location: Location = window.location): string {
  const requested = new URLSearchParams(location.search).get('brand');
  if (requested !== null && requested in brands) {
    remember(requested);
    return requested;
  }
  const remembered = remember();
  return remembered !== undefined && remembered in brands ? remembered : defaultBrand;
}

/** Reads (or writes) the brand of this browser session; storage may be off (private modes). */
function remember(key?: string): string | undefined {
  try {
    if (key !== undefined) sessionStorage.setItem(SESSION_KEY, key);
    return sessionStorage.getItem(SESSION_KEY) ?? undefined;
  } catch {
    return key;
  }
}

/** The brand to run under, with the page's head updated to match. */
export function chooseBrand(): Brand {
  const key = chooseBrandKey();
  const brand = brands[key]!;
  document.title = brand.name;
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', brand.tokens.color.light.primary);
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', `/manifest.${key}.webmanifest`);
  document.querySelector('link[rel="icon"]')?.setAttribute('href', icons[key] ?? brand.icon);
  return brand;
}
