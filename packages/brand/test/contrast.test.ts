import { CONTRAST_MINIMUMS, contrastRatio, formatContrastRatio, hexToRgb, normalizeHexColor, relativeLuminance } from '@gerbang/brand';
import { isGerbangError } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

const round2 = (value: number): number => Math.round(value * 100) / 100;

describe('contrastRatio (WCAG 2.x)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#595959', '#ffffff', 7],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4],
    ['#00ff00', '#000000', 15.3],
  ])('%s on %s is %s:1', (foreground, background, expected) => {
    expect(round2(contrastRatio(foreground, background))).toBe(expected);
  });

  it('does not depend on the order of the colours', () => {
    expect(contrastRatio('#767676', '#fff')).toBe(contrastRatio('#fff', '#767676'));
  });

  it('linearizes with the sRGB threshold 0.04045 (10/255 is below it, 11/255 above)', () => {
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 12);
    expect(relativeLuminance('#0b0b0b')).toBeCloseTo(((11 / 255 + 0.055) / 1.055) ** 2.4, 12);
  });

  it('sets the AA and AAA minimums', () => {
    expect(CONTRAST_MINIMUMS).toEqual({ text: 4.5, largeText: 3, ui: 3, textEnhanced: 7 });
    expect(contrastRatio('#767676', '#ffffff') >= CONTRAST_MINIMUMS.text).toBe(true);
    expect(contrastRatio('#777777', '#ffffff') >= CONTRAST_MINIMUMS.text).toBe(false);
  });

  it('rejects what is not #rgb or #rrggbb with a validation error', () => {
    let caught: unknown;
    try {
      contrastRatio('red', '#fff');
    } catch (error) {
      caught = error;
    }
    expect(isGerbangError(caught, 'validation-failed')).toBe(true);
    expect((caught as Error).message).toContain('"red" is not a colour');
  });
});

describe('colour helpers', () => {
  it('normalizes #rgb and upper case to lowercase #rrggbb', () => {
    expect(normalizeHexColor('#F0A')).toBe('#ff00aa');
    expect(normalizeHexColor('#0A5C36')).toBe('#0a5c36');
    expect(hexToRgb('#0a5c36')).toEqual([10, 92, 54]);
  });

  it('never shows a failing ratio rounded up to its minimum', () => {
    expect(formatContrastRatio(4.4999, 4.5)).toBe('4.499:1');
    expect(formatContrastRatio(4.54, 4.5)).toBe('4.54:1');
    expect(formatContrastRatio(21)).toBe('21.00:1');
  });
});
