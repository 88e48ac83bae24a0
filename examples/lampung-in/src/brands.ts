/**
 * The brands this app can run under, by the key that `VITE_BRAND` and `?brand=` use. A new
 * province is a new brand file and one line here; no package or module changes.
 */
import { jakartaStyle, lampungIn, type Brand, type BrandInput } from '@gerbang/brand';

/** The brands, by key. */
export const brands: Readonly<Record<string, BrandInput | Brand>> = {
  'lampung-in': lampungIn,
  'jakarta-style': jakartaStyle,
};

/** The brand the app starts with when neither `VITE_BRAND` nor `?brand=` names one. */
export const DEFAULT_BRAND = 'lampung-in';
