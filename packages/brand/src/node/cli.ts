#!/usr/bin/env node
/**
 * `gerbang-brand check <file>`: validates a brand file (JSON, or a JavaScript module exporting a
 * brand as `default` or `brand`) with every check, and prints each error and warning with its
 * path. Exits 1 when the brand has errors, 2 on wrong usage, 0 otherwise.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatPath } from '@gerbang/contracts';
import { checkBrand } from '../tonal.ts';

const USAGE = `Usage: gerbang-brand check <brand file>

Validates a brand file (.json, or a .js/.mjs module exporting the brand as "default" or "brand"):
the schema, the WCAG contrast of every colour pair, and the cross-field checks.
Exits 1 when the brand has errors, 0 otherwise.
`;

/** Reads the brand from a JSON file or a JavaScript module. */
async function loadBrand(file: string): Promise<unknown> {
  const path = resolve(file);
  const extension = extname(path);
  if (extension === '.js' || extension === '.mjs' || extension === '.cjs') {
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown; brand?: unknown };
    return module.brand ?? module.default;
  }
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Runs the command line and returns the exit code.
 *
 * @param args - The arguments after the program name.
 * @param out - Where the report goes.
 */
async function main(args: readonly string[], out: (text: string) => void): Promise<number> {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h') {
    out(USAGE);
    return 0;
  }
  if (command !== 'check' || file === undefined || rest.length > 0) {
    out(USAGE);
    return 2;
  }
  let input: unknown;
  try {
    input = await loadBrand(file);
  } catch (error) {
    out(`✖ ${file}: could not be read: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const result = checkBrand(input);
  const errors = result.error?.issues ?? [];
  const lines = [
    ...errors.map((issue) => `  error    ${formatPath(issue.path)}\n           ${issue.message}`),
    ...result.warnings.map((warning) => `  warning  ${formatPath(warning.path)}\n           ${warning.message}`),
  ];
  const summary = `${plural(errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}`;
  out(`${result.success ? '✔' : '✖'} ${file}: ${result.success ? `valid brand "${result.brand.id}"` : 'invalid brand'} (${summary})\n`);
  if (lines.length > 0) out(`${lines.join('\n')}\n`);
  return result.success ? 0 : 1;
}

void main(process.argv.slice(2), (text) => process.stdout.write(text)).then((code) => {
  process.exitCode = code;
});
