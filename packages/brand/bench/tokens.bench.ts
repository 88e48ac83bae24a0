/**
 * Reading a 10,000-token DTCG file: `parseDesignTokens` (walk, `$type` inheritance, alias
 * resolution, value checks) against zod parsing the same file's shapes alone, with no alias
 * resolution, as the baseline. `pnpm bench` prints both times and the ratio.
 */
import { parseDesignTokens } from '@gerbang/brand';
import { bench, describe } from 'vitest';
import * as z from 'zod/mini';

/** 100 groups of 100 tokens: colours in several spaces, dimensions, and one alias in four. */
function createTokenFile(groups: number, perGroup: number): Record<string, unknown> {
  const file: Record<string, unknown> = {};
  for (let group = 0; group < groups; group++) {
    const tokens: Record<string, unknown> = { $type: group % 2 === 0 ? 'color' : 'dimension' };
    for (let index = 0; index < perGroup; index++) {
      if (index % 4 === 3) tokens[`t${index}`] = { $value: `{g${group}.t${index - 1}}` };
      else if (group % 2 === 0) tokens[`t${index}`] = { $value: { colorSpace: index % 3 === 0 ? 'oklch' : 'srgb', components: [index / perGroup, 0.1, 0.5], alpha: 1 } };
      else tokens[`t${index}`] = { $value: { value: index, unit: index % 2 === 0 ? 'px' : 'rem' }, $description: `step ${index}` };
    }
    file[`g${group}`] = tokens;
  }
  return file;
}

const file = createTokenFile(100, 100);

const colorValue = z.strictObject({
  colorSpace: z.string(),
  components: z.tuple([z.number(), z.number(), z.number()]),
  alpha: z.optional(z.number()),
  hex: z.optional(z.string()),
});
const dimensionValue = z.strictObject({ value: z.number(), unit: z.enum(['px', 'rem']) });
const token = z.strictObject({
  $value: z.union([z.string(), colorValue, dimensionValue]),
  $type: z.optional(z.string()),
  $description: z.optional(z.string()),
});
const baseline = z.record(z.string(), z.catchall(z.object({ $type: z.optional(z.string()) }), token));

const options = { time: 3000, warmupTime: 500 };

describe('read a 10,000-token DTCG file', () => {
  bench('baseline: zod parses the shapes alone (no aliases resolved)', () => {
    const result = z.safeParse(baseline, file);
    if (!result.success) throw new Error('the baseline rejected the file');
  }, options);
  bench('parseDesignTokens (types inherited, aliases resolved, values checked)', () => {
    const result = parseDesignTokens(file);
    if (!result.success) throw result.error;
  }, options);
});
