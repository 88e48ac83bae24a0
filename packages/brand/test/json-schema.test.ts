import { createBrandJsonSchema, jakartaStyle, lampungIn } from '@gerbang/brand';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { lampungJson } from './helpers.ts';

const schema = createBrandJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(schema);

describe('the JSON Schema of brand files', () => {
  it('is draft 2020-12 with an $id and a title for editors', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://unpkg.com/@gerbang/brand/dist/brand.schema.json');
    expect(schema.title).toBe('Gerbang brand');
  });

  it.each([
    ['lampungIn', lampungIn],
    ['jakartaStyle', jakartaStyle],
  ])('accepts the %s preset', (_name, preset) => {
    expect(check(JSON.parse(JSON.stringify(preset)))).toBe(true);
  });

  it('accepts a brand file that names it in $schema and leaves defaults out', () => {
    const input = lampungJson();
    input.$schema = 'https://unpkg.com/@gerbang/brand/dist/brand.schema.json';
    delete (input as Partial<typeof input>).home;
    expect(check(input)).toBe(true);
  });

  it('rejects a bad file, naming each bad field', () => {
    const input = lampungJson();
    input.spec = 2;
    input.locales.timeZone = 'Europe/Berlin';
    input.typo = true;
    delete (input as Partial<typeof input>).legal;
    expect(check(input)).toBe(false);
    const errors = (check.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
    expect(errors).toEqual(expect.arrayContaining(['/spec const', '/locales/timeZone enum', ' additionalProperties', ' required']));
  });
});
