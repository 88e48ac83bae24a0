import { DTCG_COLOR_SPACES, parseDesignTokens, type DesignToken } from '@gerbang/brand';
import { isGerbangError } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

const issuesOf = (input: unknown): [string, string][] =>
  (parseDesignTokens(input).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

const tokensOf = (input: unknown): ReadonlyMap<string, DesignToken> => {
  const result = parseDesignTokens(input);
  if (!result.success) throw result.error;
  return result.tokens;
};

const srgb = (r: number, g: number, b: number) => ({ colorSpace: 'srgb', components: [r, g, b] });

describe('parseDesignTokens: groups, types and aliases', () => {
  const file = {
    $schema: 'https://www.designtokens.org/schemas/2025.10.json',
    color: {
      $type: 'color',
      $description: 'Lampung colours',
      brand: {
        primary: { $value: { ...srgb(0.549, 0.1098, 0.0745), hex: '#8c1c13' }, $description: 'Tapis red' },
        gold: { $value: srgb(0.949, 0.7176, 0.0196), $deprecated: 'use color.brand.primary' },
        accent: { $root: { $value: '{color.brand.gold}' }, light: { $value: srgb(1, 0.9, 0.6) } },
      },
      action: { $value: '{color.brand.primary}' },
    },
    size: {
      $type: 'dimension',
      base: { $value: { value: 16, unit: 'px' } },
      large: { $value: { value: 1.5, unit: 'rem' } },
    },
    font: { body: { $type: 'fontFamily', $value: ['Plus Jakarta Sans', 'sans-serif'] } },
    border: {
      focus: { $type: 'border', $value: { color: '{color.action}', width: '{size.base}', style: 'solid' } },
    },
    alias: { $value: '{border.focus}', $extensions: { 'id.example': { note: 'kept' } } },
  };

  it('resolves types from groups and values through aliases, whole and inside composites', () => {
    const tokens = tokensOf(file);
    expect(tokens.get('color.brand.primary')).toEqual({
      path: 'color.brand.primary',
      type: 'color',
      value: { colorSpace: 'srgb', components: [0.549, 0.1098, 0.0745], hex: '#8c1c13' },
      description: 'Tapis red',
    });
    expect(tokens.get('color.brand.gold')?.deprecated).toBe('use color.brand.primary');
    expect(tokens.get('color.brand.accent.$root')).toMatchObject({ type: 'color', aliasOf: 'color.brand.gold', value: srgb(0.949, 0.7176, 0.0196) });
    expect(tokens.get('color.action')).toMatchObject({ type: 'color', aliasOf: 'color.brand.primary' });
    expect(tokens.get('border.focus')).toMatchObject({
      type: 'border',
      value: { color: { hex: '#8c1c13' }, width: { value: 16, unit: 'px' }, style: 'solid' },
    });
    expect(tokens.get('border.focus')?.aliasOf).toBeUndefined();
    expect(tokens.get('alias')).toMatchObject({ type: 'border', aliasOf: 'border.focus', extensions: { 'id.example': { note: 'kept' } } });
    expect(tokens.size).toBe(10);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(file);
    tokensOf(file);
    expect(JSON.stringify(file)).toBe(before);
  });

  it('reads the file from text', () => {
    expect(tokensOf(JSON.stringify(file)).get('size.large')).toMatchObject({ value: { value: 1.5, unit: 'rem' } });
    expect(issuesOf('{"color": ')).toEqual([['', expect.stringContaining('the file is not JSON') as string]]);
  });

  it('reports dangling aliases and cycles at the token that holds them', () => {
    expect(
      issuesOf({
        color: {
          $type: 'color',
          a: { $value: '{color.b}' },
          b: { $value: '{color.c}' },
          c: { $value: '{color.a}' },
          self: { $value: '{color.self}' },
          missing: { $value: '{color.nowhere}' },
          fine: { $value: srgb(0, 0, 0) },
          onBroken: { $value: '{color.missing}' },
        },
        border: { $type: 'border', $value: { color: '{color.ghost}', width: { value: 1, unit: 'px' }, style: 'solid' } },
      }),
    ).toEqual([
      ['color.c.$value', 'alias cycle: {color.a} → {color.b} → {color.c} → {color.a}'],
      ['color.self.$value', 'alias cycle: {color.self} → {color.self}'],
      ['color.missing.$value', 'alias {color.nowhere} refers to no token'],
      ['border.$value.color', 'alias {color.ghost} refers to no token'],
    ]);
  });

  it('reports an alias whose type differs from the declared one', () => {
    expect(issuesOf({ size: { $type: 'dimension', $value: '{color}' }, color: { $type: 'color', $value: srgb(0, 0, 0) } })).toEqual([
      ['size.$value', "alias {color} is a color token, but this token's $type is dimension"],
    ]);
  });

  it('reports untyped tokens, unknown types and properties, bad names, and nested tokens', () => {
    const issues = issuesOf({
      untyped: { $value: 4 },
      weird: { $type: 'colour', $value: '#fff' },
      group: { $tpye: 'color', 'a.b': { $type: 'number', $value: 1 }, '{x}': { $type: 'number', $value: 1 }, leaf: 'not an object' },
      token: { $type: 'number', $value: 1, child: { $value: 2 }, $meta: 1 },
      reuse: { $extends: '{group}' },
      proto: JSON.parse('{"__proto__": {"$type": "number", "$value": 1}}') as unknown,
    });
    expect(issues.map(([path]) => path)).toEqual(
      expect.arrayContaining(['untyped', 'weird.$type', 'group.$tpye', 'group.a.b', 'group.{x}', 'group.leaf', 'token.child', 'token.$meta', 'reuse.$extends', 'proto.__proto__']),
    );
    expect(issues.find(([path]) => path === 'untyped')?.[1]).toBe('the token has no $type: set $type on it or on a group around it, or alias a typed token');
  });

  it('rejects a file that is not an object, with a validation error', () => {
    for (const input of [null, [], 42, 'null']) {
      const result = parseDesignTokens(input);
      expect(result.success).toBe(false);
      expect(isGerbangError(result.error, 'validation-failed')).toBe(true);
    }
  });
});

describe('parseDesignTokens: colours', () => {
  const valid: Record<(typeof DTCG_COLOR_SPACES)[number], number[]> = {
    srgb: [1, 0.5, 0],
    'srgb-linear': [0.2, 0.5, 1],
    hsl: [359.9, 100, 50],
    hwb: [0, 20, 30],
    lab: [54.3, -80.5, 69.9],
    lch: [54.3, 106.8, 137.4],
    oklab: [0.62, -0.2, 0.17],
    oklch: [0.62, 0.26, 140],
    'display-p3': [0.3, 0.9, 0.2],
    'a98-rgb': [0.5, 0.5, 0.5],
    'prophoto-rgb': [0.4, 0.7, 0.1],
    rec2020: [0.1, 0.2, 0.3],
    'xyz-d65': [0.41, 0.21, 0.02],
    'xyz-d50': [0.43, 0.22, 0.01],
  };

  it.each(Object.entries(valid))('reads %s', (colorSpace, components) => {
    const tokens = tokensOf({ c: { $type: 'color', $value: { colorSpace, components, alpha: 0.5 } } });
    expect(tokens.get('c')).toMatchObject({ type: 'color', value: { colorSpace, components, alpha: 0.5 } });
  });

  it('covers every colour space the format lists', () => {
    expect(Object.keys(valid).sort()).toEqual([...DTCG_COLOR_SPACES].sort());
  });

  it('takes "none" for a missing component', () => {
    expect(tokensOf({ grey: { $type: 'color', $value: { colorSpace: 'oklch', components: [0.5, 0, 'none'] } } }).size).toBe(1);
  });

  const invalid: [string, number[], number][] = [
    ['srgb', [1.2, 0, 0], 0],
    ['srgb-linear', [0, -0.1, 0], 1],
    ['hsl', [360, 50, 50], 0],
    ['hsl', [0, 101, 50], 1],
    ['hwb', [0, 0, 120], 2],
    ['lab', [101, 0, 0], 0],
    ['lch', [50, -1, 0], 1],
    ['lch', [50, 10, 400], 2],
    ['oklab', [1.5, 0, 0], 0],
    ['oklch', [0.5, 0.1, -10], 2],
    ['display-p3', [0, 0, 2], 2],
    ['a98-rgb', [-1, 0, 0], 0],
    ['prophoto-rgb', [0, 1.01, 0], 1],
    ['rec2020', [0, 0, -0.5], 2],
    ['xyz-d65', [-0.1, 0, 0], 0],
    ['xyz-d50', [0, 0, -1], 2],
  ];

  it.each(invalid)('rejects a %s colour with %j (component %i out of range)', (colorSpace, components, index) => {
    expect(issuesOf({ c: { $type: 'color', $value: { colorSpace, components } } })).toEqual([
      [`c.$value.components.${index}`, expect.stringContaining(`component ${index} of a ${colorSpace} colour must be a number from`) as string],
    ]);
  });

  it('rejects unknown colour spaces, wrong component counts, bad alpha and hex, and CSS strings', () => {
    expect(
      issuesOf({
        color: {
          $type: 'color',
          space: { $value: { colorSpace: 'cmyk', components: [0, 0, 0] } },
          count: { $value: { colorSpace: 'srgb', components: [0, 0] } },
          alpha: { $value: { colorSpace: 'srgb', components: [0, 0, 0], alpha: 2 } },
          hex: { $value: { colorSpace: 'srgb', components: [0, 0, 0], hex: '#000' } },
          css: { $value: '#ff0000' },
          extra: { $value: { colorSpace: 'srgb', components: [0, 0, 0], opacity: 1 } },
        },
      }).map(([path]) => path),
    ).toEqual([
      'color.space.$value.colorSpace',
      'color.count.$value.components',
      'color.alpha.$value.alpha',
      'color.hex.$value.hex',
      'color.css.$value',
      'color.extra.$value.opacity',
    ]);
  });
});

describe('parseDesignTokens: other types', () => {
  it('reads every type the format lists', () => {
    const color = srgb(0, 0, 0);
    const px = (value: number) => ({ value, unit: 'px' });
    const tokens = tokensOf({
      dimension: { $type: 'dimension', $value: px(4) },
      fontFamily: { $type: 'fontFamily', $value: 'Inter' },
      fontWeight: { $type: 'fontWeight', $value: 'semi-bold' },
      fontWeightNumber: { $type: 'fontWeight', $value: 650 },
      duration: { $type: 'duration', $value: { value: 200, unit: 'ms' } },
      cubicBezier: { $type: 'cubicBezier', $value: [0.4, 0, 0.2, 1] },
      number: { $type: 'number', $value: 1.5 },
      strokeStyle: { $type: 'strokeStyle', $value: 'dashed' },
      strokeStyleObject: { $type: 'strokeStyle', $value: { dashArray: [px(4), px(2)], lineCap: 'round' } },
      border: { $type: 'border', $value: { color, width: px(1), style: 'solid' } },
      transition: { $type: 'transition', $value: { duration: { value: 0.2, unit: 's' }, delay: { value: 0, unit: 'ms' }, timingFunction: [0, 0, 1, 1] } },
      shadow: { $type: 'shadow', $value: { color, offsetX: px(0), offsetY: px(2), blur: px(4), spread: px(0) } },
      shadows: { $type: 'shadow', $value: [{ color, offsetX: px(0), offsetY: px(1), blur: px(2), spread: px(0), inset: true }] },
      gradient: { $type: 'gradient', $value: [{ color, position: 0 }, { color: srgb(1, 1, 1), position: 1 }] },
      typography: { $type: 'typography', $value: { fontFamily: ['Inter', 'sans-serif'], fontSize: px(16), fontWeight: 400, letterSpacing: px(0), lineHeight: 1.5 } },
    });
    expect(tokens.size).toBe(15);
  });

  it('rejects each malformed value with the token path and the reason', () => {
    const issues = issuesOf({
      dimension: { $type: 'dimension', $value: { value: 4, unit: 'em' } },
      dimensionString: { $type: 'dimension', $value: '4px' },
      fontFamily: { $type: 'fontFamily', $value: [] },
      fontWeight: { $type: 'fontWeight', $value: 1200 },
      duration: { $type: 'duration', $value: { value: 1, unit: 'min' } },
      cubicBezier: { $type: 'cubicBezier', $value: [1.5, 0, 0, 1] },
      number: { $type: 'number', $value: '1' },
      strokeStyle: { $type: 'strokeStyle', $value: 'wavy' },
      border: { $type: 'border', $value: { color: srgb(0, 0, 0), width: { value: 1, unit: 'px' } } },
      shadow: { $type: 'shadow', $value: [] },
      gradient: { $type: 'gradient', $value: [{ color: srgb(0, 0, 0), position: 2 }] },
      typography: { $type: 'typography', $value: { fontFamily: 'Inter' } },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        ['dimension.$value.unit', 'dimension: unit must be one of px, rem, received "em"'],
        ['dimensionString.$value', 'dimension: expected an object with value, unit, received "4px"'],
        ['fontFamily.$value', 'fontFamily: a font family must be a name or a non-empty array of names, received array'],
        ['fontWeight.$value', 'fontWeight: a font weight must be a number from 1 to 1000 or a name such as "bold", received 1200'],
        ['duration.$value.unit', 'duration: unit must be one of ms, s, received "min"'],
        ['cubicBezier.$value.0', 'cubicBezier: x1 must be from 0 to 1, received 1.5'],
        ['number.$value', 'number: expected a number, received "1"'],
        ['strokeStyle.$value', expect.stringContaining('strokeStyle: a stroke style must be one of solid') as string],
        ['border.$value.style', 'border: is required'],
        ['shadow.$value', 'shadow: a shadow must be one layer or a non-empty array of layers'],
        ['gradient.$value.0.position', 'gradient: expected a number from 0 to 1, received 2'],
        ['typography.$value.fontSize', 'typography: is required'],
      ]),
    );
  });
});

describe('parseDesignTokens: big files', () => {
  it('resolves an alias chain 100,000 links long without overflowing the stack', () => {
    const tokens: Record<string, unknown> = { t0: { $type: 'dimension', $value: { value: 8, unit: 'px' } } };
    for (let index = 1; index < 100_000; index++) tokens[`t${index}`] = { $value: `{chain.t${index - 1}}` };
    const result = tokensOf({ chain: tokens });
    expect(result.get('chain.t99999')).toMatchObject({ type: 'dimension', value: { value: 8, unit: 'px' }, aliasOf: 'chain.t99998' });
  });

  it('reads a 5 MB file of colours, aliases and composites, and finds a cycle in it', () => {
    const groups: Record<string, unknown> = {};
    let size = 0;
    for (let group = 0; size < 5_000_000; group++) {
      const tokens: Record<string, unknown> = { $type: 'color' };
      for (let index = 0; index < 100; index++) {
        tokens[`c${index}`] =
          index % 4 === 3 ? { $value: `{palette.g${group}.c${index - 1}}` } : { $value: { colorSpace: 'oklch', components: [index / 100, 0.1, (index * 3.6) % 360], alpha: 1 } };
      }
      tokens.border = { $type: 'border', $value: { color: `{palette.g${group}.c3}`, width: { value: 1, unit: 'px' }, style: 'solid' } };
      groups[`g${group}`] = tokens;
      size += JSON.stringify(tokens).length;
    }
    const text = JSON.stringify({ palette: groups });
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = parseDesignTokens(text);
    expect(result.error?.message).toBeUndefined();
    expect(result.tokens?.size).toBeGreaterThan(50_000);

    const first = groups.g0 as Record<string, unknown>;
    first.c0 = { $value: '{palette.g0.c3}' };
    first.c2 = { $value: '{palette.g0.c0}' };
    const cyclic = parseDesignTokens({ palette: groups });
    expect(cyclic.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['palette.g0.c2.$value', 'alias cycle: {palette.g0.c0} → {palette.g0.c3} → {palette.g0.c2} → {palette.g0.c0}'],
    ]);
  });

  it('stays linear when every link of a 20,000-token chain also points back to its start', () => {
    const tokens: Record<string, unknown> = {};
    const count = 20_000;
    for (let index = 0; index < count; index++) {
      const next = index + 1 < count ? `{loop.t${index + 1}}` : '{loop.t0}';
      tokens[`t${index}`] = { $type: 'border', $value: { color: next, width: '{loop.t0}', style: 'solid' } };
    }
    const issues = parseDesignTokens({ loop: tokens }).error?.issues ?? [];
    expect(issues).toHaveLength(501);
    expect(issues[0]?.message).toBe(`alias cycle: {loop.t0} → {loop.t1} → {loop.t2} → {loop.t3} → … ${count - 8} more … → {loop.t19996} → {loop.t19997} → {loop.t19998} → {loop.t19999} → {loop.t0}`);
  });

  it('lists at most 500 issues and counts the rest', () => {
    const tokens: Record<string, unknown> = {};
    for (let index = 0; index < 2000; index++) tokens[`n${index}`] = { $type: 'number', $value: 'x' };
    const issues = parseDesignTokens(tokens).error?.issues ?? [];
    expect(issues).toHaveLength(501);
    expect(issues.at(-1)?.message).toBe('and 1500 more issues');
  });
});
