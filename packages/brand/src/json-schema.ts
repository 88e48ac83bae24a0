/**
 * The JSON Schema of brand files, generated from the zod schema, so that editors complete and
 * check brand files. The build writes it to `dist/brand.schema.json`, published as
 * `@gerbang/brand/brand.schema.json`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { brandSchema } from './schema.ts';

/** The address brand files name in `$schema` to get completion from the published schema. */
const SCHEMA_ID = 'https://unpkg.com/@gerbang/brand/dist/brand.schema.json';

/**
 * Generates the JSON Schema (draft 2020-12) of brand files as their authors write them: defaults
 * are optional. Rules that only code can check (contrast, regions inside the province) are not in
 * it; `gerbang-brand check` runs those.
 *
 * @example
 * ```ts
 * writeFileSync('brand.schema.json', JSON.stringify(createBrandJsonSchema(), null, 2));
 * ```
 */
export function createBrandJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(brandSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: SCHEMA_ID, title: 'Gerbang brand', description: 'A brand file of a Gerbang super app: identity, locales, regions, design tokens, home layout, modules, contact, legal links and API URLs.' };
}
