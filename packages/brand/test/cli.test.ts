import { lampungIn } from '@gerbang/brand';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(packageDir, 'node_modules/.bin/tsx');
const cli = join(packageDir, 'src/node/cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'gerbang-brand-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `gerbang-brand <args>` from source and returns its exit code and output. */
function run(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['--conditions=@gerbang/source', cli, ...args], { cwd: dir }, (error, stdout) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout });
    });
  });
}

function write(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

// Each run starts tsx, which takes a few seconds on a busy machine.
describe('gerbang-brand check', { timeout: 60_000 }, () => {
  it('passes a valid JSON brand and prints its warnings', async () => {
    const file = write('lampung.json', JSON.stringify(lampungIn));
    const { code, stdout } = await run('check', file);
    expect(code).toBe(0);
    expect(stdout).toContain('✔ lampung.json: valid brand "lampung-in" (0 errors, 1 warning)');
    expect(stdout).toContain('warning  contact.callCenter.number');
  });

  it('prints every error with its path and the suggested tone, and exits 1', async () => {
    const brand = JSON.parse(JSON.stringify(lampungIn)) as { tokens: { color: { light: Record<string, string> } }; regions: string[]; name: string };
    brand.tokens.color.light.primary = '#f2a900';
    brand.regions = ['18', '31.71'];
    brand.name = '';
    const { code, stdout } = await run('check', write('bad.json', JSON.stringify(brand)));
    expect(code).toBe(1);
    expect(stdout).toContain('✖ bad.json: invalid brand (4 errors, 0 warnings)');
    expect(stdout).toContain('  error    name\n           must not be empty');
    expect(stdout).toMatch(/error {4}tokens\.color\.light\.onPrimary\n {11}onPrimary \(#ffffff\) on primary \(#f2a900\) .* nearest passing tone: onPrimary #[0-9a-f]{6} \(4\.\d\d:1\) or primary #[0-9a-f]{6}/);
  });

  it('reads a module that exports the brand', async () => {
    const file = write('brand.mjs', `export const brand = ${JSON.stringify({ ...lampungIn, id: 'metro-in', regions: ['18.72'] })};`);
    const { code, stdout } = await run('check', file);
    expect(code).toBe(0);
    expect(stdout).toContain('valid brand "metro-in"');
  });

  it('reports a file it cannot read, and wrong usage', async () => {
    const [broken, missing, usage] = await Promise.all([run('check', write('broken.json', '{ "spec": ')), run('check', 'missing.json'), run('lint', 'x.json')]);
    expect(broken).toMatchObject({ code: 1, stdout: expect.stringContaining('✖ broken.json: could not be read') as string });
    expect(missing.code).toBe(1);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toContain('Usage: gerbang-brand check <brand file>');
  });
});
