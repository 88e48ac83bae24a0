/**
 * A consumer of the published `@gerbang/brand`, as CommonJS: `require` resolves the package's
 * `require` condition (`index.cjs`, `index.d.cts`). See `consumer.mts` for how it is used.
 */
import brand = require('@gerbang/brand');
import type { Brand } from '@gerbang/brand';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.cts: ${message}`);
}

const lampung: Brand = brand.defineBrand(brand.lampungIn);
assert(lampung.regions.length === 16, 'the Lampung preset lost its regions');

const result = brand.parseBrand({ ...brand.jakartaStyle, regions: ['32.73'] });
assert(!result.success && result.error.issues[0]?.path.join('.') === 'regions.0', 'a region outside the province was accepted');

const css = brand.toCssVariables(lampung);
assert(css.variables['--gerbang-color-primary'] === '#8c1c13', 'toCssVariables lost the primary colour');

const tokens = brand.parseDesignTokens({ color: { $type: 'color', a: { $value: '{color.b}' }, b: { $value: '{color.a}' } } });
assert(!tokens.success && tokens.error.issues[0]?.message.startsWith('alias cycle'), 'an alias cycle was not reported');

export = {
  lampung,
  checked: [
    'require() loads the CommonJS build',
    'defineBrand accepts Lampung In with its 16 region codes',
    'parseBrand rejects a region outside the province',
    'toCssVariables writes --gerbang-color-primary',
    'parseDesignTokens reports an alias cycle',
  ] as readonly string[],
};
