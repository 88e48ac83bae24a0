/**
 * Registry smoke test: publishes every publishable package (see `lib/workspace.mjs`) to a
 * throwaway local registry and uses them the way a stranger would. The packages must be built first.
 *
 * 1. Starts verdaccio on 127.0.0.1 and a free port, with a temp config and storage, no uplinks.
 * 2. `pnpm publish`es every package to it (pnpm applies `publishConfig` and rewrites `workspace:`).
 * 3. Creates a project in the OS temp dir, outside the workspace, whose `.npmrc` maps only
 *    `@gerbang` to verdaccio, and `npm install`s the exact published versions (the rest, such as
 *    zod, comes from the normal registry).
 * 4. Imports every entry point from ESM and from CJS and checks that every value export of its
 *    source file (the `@gerbang/source` target in `exports`) is there.
 * 5. Copies each package's `test/consumer/*.mts|*.cts` fixtures into the project, compiles them with
 *    the workspace's TypeScript under the strictest tsconfig with declaration emit (one program per
 *    package, without Node's types unless a fixture asks with `/// <reference types="node" />`),
 *    then runs the output with Node (a fixture named `*.production.*` under `--conditions=production`).
 *    A fixture throws on wrong behaviour and exports `checked`, what it verified.
 *
 * verdaccio is stopped and every temp dir removed, even on failure; every wait has a timeout.
 * Writes `test-results/registry-smoke.json`; exits non-zero if any check failed or none ran.
 *
 * @example
 * ```sh
 * pnpm build && pnpm smoke:registry
 * ```
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { killGroup, listPublishablePackages, missingBuild, ROOT, run, runStep, tail } from './lib/workspace.mjs';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const VERDACCIO = join(ROOT, 'node_modules/verdaccio/bin/verdaccio');
const TOKEN = 'gerbang-smoke-test';

/** The strictest settings a consumer may use; the packages' types must hold up under them. */
const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    // zod's declarations name `URL`; consumers have DOM (browsers) or @types/node.
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noImplicitOverride: true,
    noPropertyAccessFromIndexSignature: true,
    noImplicitReturns: true,
    noFallthroughCasesInSwitch: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    declaration: true,
    skipLibCheck: false,
    // TypeScript's own lib files are not ours to check; the packages' and zod's .d.ts still are.
    skipDefaultLibCheck: true,
    rootDir: 'src',
    outDir: 'out',
  },
  include: ['src'],
};

await runStep('registry-smoke', async (report) => {
  const packages = listPublishablePackages();
  console.log(`Publishable packages: ${packages.map((p) => p.name).join(', ') || '(none)'}`);
  for (const p of packages) {
    const notBuilt = missingBuild(p);
    if (notBuilt) report.check(`${p.name}: built`, false, notBuilt);
  }
  if (packages.length === 0 || report.checks.length > 0) return;

  const temp = mkdtempSync(join(tmpdir(), 'gerbang-smoke-'));
  let registry;
  const interrupted = (signal) => {
    if (registry) killGroup(registry);
    rmSync(temp, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    // 1. the registry
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const auth = `//127.0.0.1:${port}/:_authToken=${TOKEN}`;
    registry = startVerdaccio(temp, port);
    const up = await waitForRegistry(registry, url, 30_000);
    report.check('verdaccio answers', up.ok, up.ok ? `${url} after ${up.ms} ms` : up.detail);
    if (!up.ok) return;

    // 2. publish
    const userconfig = join(temp, 'publish.npmrc');
    writeFileSync(userconfig, `${auth}\n`);
    const published = [];
    for (const p of packages) {
      const result = await run('pnpm', ['publish', '--registry', url, '--no-git-checks'], {
        cwd: p.dir,
        env: { ...process.env, npm_config_userconfig: userconfig },
      });
      report.check(`${p.name}@${p.pkg.version}: pnpm publish`, result.ok, result.ok ? `${result.ms} ms` : tail(result.stderr + result.stdout));
      if (result.ok) published.push(p);
    }
    if (published.length === 0) return;

    // 3. a fresh consumer project
    const project = join(temp, 'consumer');
    mkdirSync(join(project, 'src'), { recursive: true });
    const dependencies = Object.fromEntries(published.map((p) => [p.name, p.pkg.version]));
    // Node's types, for the fixtures of Node-only entry points that ask for them; the others compile without.
    const nodeTypes = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies['@types/node'];
    writeJson(join(project, 'package.json'), { name: 'gerbang-smoke-consumer', private: true, dependencies, devDependencies: { '@types/node': nodeTypes } });
    writeFileSync(join(project, '.npmrc'), `@gerbang:registry=${url}\n${auth}\n`);
    const install = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-online', '--loglevel=error'], {
      cwd: project,
      timeoutMs: 180_000,
    });
    report.check('npm install from the local registry', install.ok, install.ok ? `${Object.keys(dependencies).join(', ')} in ${install.ms} ms` : tail(install.stderr + install.stdout));
    if (!install.ok) return;

    // 4. every value export, from ESM and CJS; every style sheet resolves to a file
    for (const p of published) {
      for (const specifier of styleSheets(p)) {
        const script = `const file = require.resolve(${JSON.stringify(specifier)}); console.log(require('node:fs').statSync(file).size);`;
        const result = await run(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: project });
        report.check(`${specifier}: resolves to a style sheet`, result.ok && Number(result.stdout) > 0, result.ok ? `${result.stdout.trim()} bytes` : tail(result.stderr));
      }
      for (const [specifier, names] of expectedExports(p)) {
        for (const kind of ['esm', 'cjs']) {
          const load = kind === 'esm' ? `await import(${JSON.stringify(specifier)})` : `require(${JSON.stringify(specifier)})`;
          const script = `const m = ${load}; console.log(JSON.stringify(${JSON.stringify(names)}.filter((n) => !(n in m))));`;
          const result = await run(process.execPath, [`--input-type=${kind === 'esm' ? 'module' : 'commonjs'}`, '-e', script], { cwd: project });
          const missing = result.ok ? JSON.parse(result.stdout) : undefined;
          report.check(
            `${specifier}: ${kind === 'esm' ? 'import' : 'require'} has every export`,
            missing?.length === 0,
            missing === undefined ? tail(result.stderr) : missing.length ? `missing: ${missing.join(', ')}` : `${names.length} exports`,
          );
        }
      }
    }

    // 5. consumer fixtures: compile under the strictest tsconfig, then run
    const fixtures = [];
    for (const p of published) {
      const dir = join(p.dir, 'test/consumer');
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.[mc]ts$/.test(f)) : [];
      if (files.length === 0) console.log(`  (no consumer fixtures in ${p.name})`);
      for (const file of files) {
        cpSync(join(dir, file), join(project, 'src', basename(p.dir), file));
        fixtures.push({ pkg: p, out: join(project, 'out', basename(p.dir), file.replace(/ts$/, 'js')) });
      }
    }
    if (fixtures.length === 0) return;
    // One program per package, so that a fixture of a Node-only entry point that opts into Node's
    // types (`/// <reference types="node" />`) does not give them to the other packages' fixtures.
    let compiled = true;
    for (const p of new Set(fixtures.map((fixture) => fixture.pkg))) {
      const config = join(project, `tsconfig.${basename(p.dir)}.json`);
      writeJson(config, { ...CONSUMER_TSCONFIG, include: [`src/${basename(p.dir)}`] });
      const tsc = await run(process.execPath, [TSC, '-p', config], { cwd: project });
      const count = fixtures.filter((fixture) => fixture.pkg === p).length;
      report.check(`${p.name}: consumer fixtures type-check under the strictest tsconfig (${count} files)`, tsc.ok, tsc.ok ? `tsc ${tsc.ms} ms` : tail(tsc.stdout + tsc.stderr, 40));
      compiled &&= tsc.ok;
    }
    if (!compiled) return;
    for (const { pkg, out } of fixtures) {
      const load = out.endsWith('.mjs') ? `await import(${JSON.stringify(out)})` : `require(${JSON.stringify(out)})`;
      const type = out.endsWith('.mjs') ? 'module' : 'commonjs';
      // A fixture named `*.production.*` runs under the `production` export condition.
      const conditions = basename(out).includes('.production.') ? ['--conditions=production'] : [];
      const result = await run(process.execPath, [...conditions, `--input-type=${type}`, '-e', `const m = ${load}; console.log(m.checked.join('\\n'));`], { cwd: project });
      report.check(`${pkg.name}: ${basename(out)} runs`, result.ok, result.ok ? result.stdout.trim().replaceAll('\n', '; ') : tail(result.stderr));
    }
  } finally {
    await stopVerdaccio(registry);
    rmSync(temp, { recursive: true, force: true });
  }
});

/** Asks the OS for a free port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts verdaccio in its own process group: storage in `dir`, no uplinks, `@gerbang/*` open to all. */
function startVerdaccio(dir, port) {
  const config = join(dir, 'verdaccio.yaml');
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
      '    max_users: -1',
      'uplinks: {}',
      'packages:',
      "  '@gerbang/*':",
      '    access: $all',
      '    publish: $all',
      "  '**':",
      '    access: $all',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [VERDACCIO, '--config', config, '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.output = '';
  child.stdout.on('data', (chunk) => (child.output += chunk));
  child.stderr.on('data', (chunk) => (child.output += chunk));
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('error', (error) => (child.output += `\n${error.message}`));
  return child;
}

/** Polls `/-/ping` until verdaccio answers, it exits, or the time is up. */
async function waitForRegistry(child, url, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) {
      return { ok: false, detail: `verdaccio exited early (${child.exitCode ?? child.signalCode})\n${tail(child.output)}` };
    }
    try {
      const response = await fetch(`${url}-/ping`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { ok: true, ms: Date.now() - started };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  return { ok: false, detail: `no answer from ${url} within ${timeoutMs} ms\n${tail(child.output)}` };
}

/** Stops verdaccio and anything it started: SIGTERM, then SIGKILL after 5 s. */
async function stopVerdaccio(child) {
  if (child === undefined) return;
  killGroup(child, 'SIGTERM');
  // The timers are unref'd so that a pending one does not keep the script alive after the race.
  const stopped = await Promise.race([child.exited.then(() => true), sleep(5_000, false, { ref: false })]);
  if (!stopped) {
    killGroup(child, 'SIGKILL');
    await Promise.race([child.exited, sleep(2_000, undefined, { ref: false })]);
  }
}

/**
 * The value exports each entry point must have: for every `exports` subpath with a
 * `@gerbang/source` target, the names its source file exports (`export { a, b as c } from`,
 * `export const|function|class`), leaving out `export type` and inline `type` names.
 *
 * @returns {[specifier: string, names: string[]][]}
 */
/** The specifiers of a package's CSS exports, such as `@gerbang/web/style.css`. */
function styleSheets(p) {
  return Object.keys(p.pkg.exports ?? {})
    .filter((subpath) => subpath.endsWith('.css'))
    .map((subpath) => `${p.name}${subpath.slice(1)}`);
}

function expectedExports(p) {
  const entries = [];
  for (const [subpath, target] of Object.entries(p.pkg.exports ?? {})) {
    const source = typeof target === 'object' && target !== null ? target['@gerbang/source'] : undefined;
    if (typeof source !== 'string' || source.endsWith('.css')) continue;
    const text = readFileSync(join(p.dir, source), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const names = [];
    for (const [, typeOnly, list] of text.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
      if (typeOnly) continue;
      for (const item of list.split(',').map((s) => s.trim())) {
        if (item && !item.startsWith('type ')) names.push(item.split(/\s+as\s+/).pop());
      }
    }
    for (const [, name] of text.matchAll(/export\s+(?:declare\s+)?(?:const|let|var|(?:async\s+)?function\*?|(?:abstract\s+)?class|enum)\s+([\w$]+)/g)) names.push(name);
    entries.push([`${p.name}${subpath.slice(1)}`, names]);
  }
  return entries;
}

function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
