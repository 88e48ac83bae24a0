#!/usr/bin/env node
/**
 * The one test command: build, lint, typecheck, every package's tests (runtime and type tests,
 * and browser tests in headless Chromium, which it installs with apt-get on a fresh machine), the
 * docs build, the packaging checks and the registry smoke test.
 *
 * Every step runs even when an earlier one failed (except steps that need the build), so one run
 * shows everything that is wrong. It ends with the line `N passed, N failed`: vitest's tests count
 * one each, the packaging and smoke checks count one each, and every other step counts as one.
 * It exits non-zero when anything failed or no test ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listWorkspacePackages, ROOT as root } from './lib/workspace.mjs';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };

/** The steps in order. `report` names a JSON summary the step writes; `needsBuild` skips it without a build. */
const steps = [
  { name: 'build', command: ['pnpm', 'run', 'build'] },
  { name: 'lint', command: ['pnpm', 'run', 'lint'] },
  { name: 'typecheck', command: ['pnpm', 'run', 'typecheck'] },
  // Three packages at a time: the browser tests each start Chromium, and CI machines have two cores.
  { name: 'test', command: ['pnpm', 'run', 'test', '--continue', '--concurrency=3'], vitest: true },
  { name: 'docs', command: ['pnpm', 'run', 'docs:build'] },
  { name: 'packages', command: ['pnpm', 'run', 'check:packages'], report: 'test-results/packages.json', needsBuild: true },
  { name: 'registry smoke', command: ['pnpm', 'run', 'smoke:registry'], report: 'test-results/registry-smoke.json', needsBuild: true },
];

/** Every package directory, for collecting vitest reports. */
const packageDirs = () => listWorkspacePackages().map((p) => p.dir);

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The browser tests run in Debian's Chromium (or the one `CHROMIUM_PATH` names). On a fresh
 * machine it is installed with apt-get, as root or through sudo; returns why not, when it cannot be.
 */
function ensureChromium() {
  if (process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium')) return undefined;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!root && !sudo) return 'Chromium is missing: install it (apt-get install chromium) or set CHROMIUM_PATH.';
  const apt = (args) => spawnSync(sudo ? 'sudo' : 'apt-get', sudo ? ['apt-get', ...args] : args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  process.stdout.write('\n━━ chromium ━━ apt-get install chromium (for the browser tests)\n');
  return apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']) ? undefined : 'apt-get could not install chromium.';
}

// Reports from an earlier run must not be counted again.
rmSync(join(root, 'test-results'), { recursive: true, force: true });
for (const dir of packageDirs()) rmSync(join(dir, 'test-results'), { recursive: true, force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const noChromium = ensureChromium();
if (noChromium) {
  totals.failed += 1;
  lines.push(`✗ chromium: ${noChromium}`);
}
let built = false;
let vitestTests = 0;

for (const step of steps) {
  if (step.needsBuild && !built) {
    totals.failed += 1;
    lines.push(`✗ ${step.name}: not run, the build failed`);
    continue;
  }
  process.stdout.write(`\n━━ ${step.name} ━━ ${step.command.join(' ')}\n`);
  const started = Date.now();
  const { status } = spawnSync(step.command[0], step.command.slice(1), { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = status === 0;
  if (step.name === 'build') built = ok;

  if (step.vitest) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const dir of packageDirs()) {
      const report = readJson(join(dir, 'test-results', 'vitest.json'));
      if (report === undefined) continue;
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      // A file that fails to load has no failed test of its own, but it is a failure all the same.
      for (const file of report.testResults ?? []) {
        if (file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed')) failed += 1;
      }
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    }
    // A crashed run may leave no report: the step's exit status still counts.
    if (!ok && failed === 0) failed = 1;
    vitestTests = passed + failed;
    totals.passed += passed;
    totals.failed += failed;
    totals.skipped += skipped;
    lines.push(`${ok ? '✓' : '✗'} ${step.name}: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds} s)`);
    continue;
  }

  const report = step.report === undefined ? undefined : readJson(join(root, step.report));
  if (report !== undefined && report.passed + report.failed > 0) {
    const failed = report.failed + (ok || report.failed > 0 ? 0 : 1);
    totals.passed += report.passed;
    totals.failed += failed;
    lines.push(`${ok ? '✓' : '✗'} ${step.name}: ${report.passed} passed, ${failed} failed (${seconds} s)`);
  } else {
    totals[ok ? 'passed' : 'failed'] += 1;
    lines.push(`${ok ? '✓' : '✗'} ${step.name} (${seconds} s)`);
  }
}

process.stdout.write(`\n━━ summary ━━\n${lines.join('\n')}\n\n`);
if (vitestTests === 0) {
  process.stdout.write('No test ran: that counts as a failure.\n');
  totals.failed += 1;
}
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}\n`);
process.exit(totals.failed > 0 ? 1 : 0);
