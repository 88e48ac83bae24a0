/**
 * Writes the JSON Schema of brand files to `dist/brand.schema.json`, published as
 * `@gerbang/brand/brand.schema.json`. Run by the package's build, after tsup.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createBrandJsonSchema } from '@gerbang/brand';

const target = new URL('../dist/brand.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(createBrandJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote dist/brand.schema.json\n`);
