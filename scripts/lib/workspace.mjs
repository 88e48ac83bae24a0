/**
 * Shared helpers of the packaging scripts (`check-packages.mjs`, `registry-smoke.mjs`):
 *
 * - {@link listPublishablePackages}: every `packages/*` and `packages/modules/*` package without
 *   `"private": true`, so that new packages are checked without edits.
 * - {@link run}: runs a command with captured output and a timeout, never throws.
 * - {@link createReport}: prints one line per check and writes `test-results/<step>.json` in the
 *   shape the CI runner sums (`{ step, passed, failed, checks: [{ name, ok, detail }] }`).
 *
 * Plain Node ESM, no dependencies, so that it runs on a fresh clone without a TypeScript runner.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where packages live, as in pnpm-workspace.yaml; each direct child with a package.json is a package. */
const PACKAGE_PARENTS = ['packages', 'packages/modules', 'examples'];

/**
 * @typedef {{ name: string, dir: string, pkg: Record<string, any> }} WorkspacePackage
 */

/**
 * Lists every package of the workspace, private ones (the examples) included, sorted by name.
 *
 * @returns {WorkspacePackage[]}
 */
export function listWorkspacePackages() {
  const found = [];
  for (const parent of PACKAGE_PARENTS) {
    const parentDir = join(ROOT, parent);
    if (!existsSync(parentDir)) continue;
    for (const entry of readdirSync(parentDir, { withFileTypes: true })) {
      const dir = join(parentDir, entry.name);
      const manifest = join(dir, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      found.push({ name: pkg.name, dir, pkg });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Lists the publishable packages (those without `"private": true`), sorted by name.
 *
 * @param {string[]} [only] package names to keep; all publishable packages when empty
 * @returns {WorkspacePackage[]}
 */
export function listPublishablePackages(only = []) {
  const unknown = only.filter((name) => !listWorkspacePackages().some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`Unknown package(s): ${unknown.join(', ')}`);
  return listWorkspacePackages().filter((p) => p.pkg.private !== true && (only.length === 0 || only.includes(p.name)));
}

/**
 * Tells why a package cannot be packed yet: its `dist` is missing or empty. `undefined` when built.
 *
 * @param {WorkspacePackage} p
 */
export function missingBuild(p) {
  const dist = join(p.dir, 'dist');
  if (existsSync(dist) && readdirSync(dist).length > 0) return undefined;
  return `${p.name} has no dist/; build it first: pnpm --filter ${p.name} build`;
}

/**
 * Runs a command without a shell and captures its output. Never throws: a spawn error, a non-zero
 * exit or a timeout all come back as `ok: false`. On timeout the whole process group is killed.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 * @returns {Promise<{ ok: boolean, code: number | null, stdout: string, stderr: string, ms: number }>}
 */
export function run(command, args, { cwd = ROOT, env = process.env, timeoutMs = 120_000 } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[timed out after ${timeoutMs} ms: ${command} ${args.join(' ')}]`;
      killGroup(child);
    }, timeoutMs);
    const finish = (code, error) => {
      clearTimeout(timer);
      if (error) stderr += `\n${error.message}`;
      resolve({ ok: code === 0, code, stdout, stderr, ms: Date.now() - started });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

/**
 * Kills a child started with `detached: true` together with everything it started.
 *
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} [signal]
 */
export function killGroup(child, signal = 'SIGKILL') {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** The last lines of some command output, for a check's detail. */
export function tail(text, lines = 15) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Collects checks, prints each as it is recorded, and writes the JSON summary.
 *
 * @param {string} step - The step name, also the file name under `test-results/`.
 */
export function createReport(step) {
  /** @type {{ name: string, ok: boolean, detail: string }[]} */
  const checks = [];
  return {
    checks,
    /** Records one check. `detail` says what was measured or what went wrong. */
    check(name, ok, detail = '') {
      checks.push({ name, ok: Boolean(ok), detail });
      const shown = ok ? detail.split('\n')[0] : detail.replaceAll('\n', '\n         ');
      console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${shown ? `  ${shown}` : ''}`);
    },
    /** Writes `test-results/<step>.json`, prints the totals and returns the exit code. */
    finish() {
      const passed = checks.filter((c) => c.ok).length;
      const failed = checks.length - passed;
      const dir = join(ROOT, 'test-results');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${step}.json`), `${JSON.stringify({ step, passed, failed, checks }, null, 2)}\n`);
      console.log(`\n${step}: ${passed} passed, ${failed} failed${checks.length === 0 ? ' (no checks ran)' : ''}`);
      return failed > 0 || passed === 0 ? 1 : 0;
    },
  };
}

/**
 * Runs a script's main function: any crash becomes a failed check, the summary is always written,
 * and the exit code says whether everything passed.
 *
 * @param {string} step
 * @param {(report: ReturnType<typeof createReport>) => Promise<void>} main
 */
export async function runStep(step, main) {
  const report = createReport(step);
  const started = Date.now();
  try {
    await main(report);
  } catch (error) {
    report.check(`${step} ran to the end`, false, error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exitCode = report.finish();
  console.log(`${step} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
