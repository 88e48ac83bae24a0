/**
 * Packaging checks for every publishable package (see `lib/workspace.mjs`), run on what users get:
 * the tarball from `pnpm pack`, which applies `publishConfig`. The packages must be built first.
 *
 * Per package:
 * 1. `pnpm pack` into `.packs/`.
 * 2. publint, strict, on the tarball: any error or warning fails (suggestions are only printed).
 * 3. attw on the tarball, default profile: any problem fails, and so does a package without types.
 * 4. The tarball holds only dist/, package.json, README.md and LICENSE, and every file that its
 *    package.json (`exports`, `main`, `module`, `types`) points to.
 * 5. Size budgets: size-limit with the package's `.size-limit.json`, one check per entry.
 * 6. Tree shaking: each entry of the package's `treeshake.json`
 *    (`[{ "import": "{ parseManifest }", "mustNotAppear": ["toJSONSchema"], "path"?: "dist/x.js" }]`)
 *    is bundled with esbuild (minified, platform neutral, dependencies included) from the built
 *    dist, and none of its strings may appear in the bundle.
 *
 * Writes `test-results/packages.json` (the name `scripts/test-all.mjs` reads); exits non-zero if any
 * check failed or none ran.
 *
 * @example
 * ```sh
 * pnpm build && pnpm check:packages
 * pnpm --filter @gerbang/core build && pnpm check:packages @gerbang/core   # one package
 * ```
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { listPublishablePackages, missingBuild, ROOT, run, runStep, tail } from './lib/workspace.mjs';

const PACKS = join(ROOT, '.packs');
const BIN = join(ROOT, 'node_modules/.bin');
/** What a tarball may contain, relative to its `package/` root. */
const ALLOWED_FILES = /^(dist\/.+|package\.json|README\.md|LICENSE)$/;

await runStep('packages', async (report) => {
  const packages = listPublishablePackages(process.argv.slice(2));
  console.log(`Publishable packages: ${packages.map((p) => p.name).join(', ') || '(none)'}`);
  mkdirSync(PACKS, { recursive: true });
  const sizes = [];

  for (const p of packages) {
    console.log(`\n${p.name} (${relative(ROOT, p.dir)})`);
    const notBuilt = missingBuild(p);
    if (notBuilt) {
      report.check(`${p.name}: built`, false, notBuilt);
      continue;
    }

    const packed = await run('pnpm', ['pack', '--pack-destination', PACKS, '--json'], { cwd: p.dir });
    // The JSON starts on a line of its own; lifecycle scripts may print before it.
    const json = packed.stdout.search(/^\{$/m);
    const tarball = packed.ok && json >= 0 ? JSON.parse(packed.stdout.slice(json)).filename : undefined;
    report.check(`${p.name}: pnpm pack`, Boolean(tarball), tarball ? relative(ROOT, tarball) : tail(packed.stderr + packed.stdout));
    if (!tarball) continue;
    const bytes = readFileSync(tarball);
    const files = readTarball(bytes);
    const manifest = JSON.parse(files.get('package.json')?.toString('utf8') ?? '{}');

    // publint
    const lint = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      strict: true,
      level: 'suggestion',
    });
    const format = (m) => `${m.type}: ${formatMessage(m, lint.pkg, { color: false }) ?? m.code}`;
    const blocking = lint.messages.filter((m) => m.type !== 'suggestion');
    for (const m of lint.messages.filter((m) => m.type === 'suggestion')) console.log(`       publint ${format(m)}`);
    report.check(`${p.name}: publint --strict`, blocking.length === 0, blocking.map(format).join('\n') || `${lint.messages.length} suggestion(s)`);

    // attw
    // Style sheets (`./style.css`) have no types to check.
    const styleSheets = Object.keys(p.pkg.exports ?? {}).filter((subpath) => subpath.endsWith('.css'));
    const attwArgs = styleSheets.length === 0 ? [] : ['--exclude-entrypoints', ...styleSheets];
    const attw = await run(join(BIN, 'attw'), [tarball, '--format', 'json', ...attwArgs]);
    let analysis;
    try {
      analysis = JSON.parse(attw.stdout).analysis;
    } catch {
      analysis = undefined;
    }
    const problems = analysis?.problems ?? [];
    const attwOk = attw.ok && analysis?.types !== undefined && analysis.types !== false && problems.length === 0;
    let attwDetail = `${Object.keys(analysis?.entrypoints ?? {}).join(', ')}: no problems`;
    if (!attwOk) {
      const table = await run(join(BIN, 'attw'), [tarball, '--format', 'table-flipped', '--no-color', '--no-emoji', ...attwArgs]);
      attwDetail = analysis?.types === false ? 'the tarball ships no types' : tail(table.stdout + table.stderr + attw.stderr, 40);
    }
    report.check(`${p.name}: attw`, attwOk, attwDetail);

    // tarball contents
    const stray = [...files.keys()].filter((f) => !ALLOWED_FILES.test(f));
    report.check(`${p.name}: tarball holds only dist, package.json, README.md, LICENSE`, stray.length === 0, stray.length ? `unexpected: ${stray.join(', ')}` : `${files.size} files`);
    const targets = [...new Set([...exportTargets(manifest.exports), manifest.main, manifest.module, manifest.types].filter(Boolean))];
    const missing = targets.filter((t) => !matchesAny(t, files));
    const leaks = [...new Set([...JSON.stringify(manifest).matchAll(/"(@gerbang\/source|workspace:[^"]*)"/g)].map((m) => m[1]))];
    report.check(
      `${p.name}: tarball has every file package.json points to`,
      targets.length > 0 && missing.length === 0 && leaks.length === 0,
      [missing.length ? `missing: ${missing.join(', ')}` : `${targets.length} targets present`, leaks.length ? `published package.json still has ${leaks.join(', ')}` : '']
        .filter(Boolean)
        .join('; '),
    );

    // size budgets
    if (existsSync(join(p.dir, '.size-limit.json'))) {
      const sl = await run(process.execPath, [join(ROOT, 'node_modules/size-limit/bin.js'), '--json'], { cwd: p.dir });
      let results;
      try {
        results = JSON.parse(sl.stdout);
      } catch {
        results = { error: tail(sl.stderr + sl.stdout, 30) };
      }
      // On a build error (an import the dist does not export), size-limit measures nothing.
      if (!Array.isArray(results)) report.check(`${p.name}: size-limit ran`, false, results.error.split('\n    at ')[0]);
      for (const r of Array.isArray(results) ? results : []) {
        const detail = `${kB(r.size)} gzip, limit ${kB(r.sizeLimit)}`;
        report.check(`${p.name}: size ${r.name}`, r.passed, detail);
        sizes.push([p.name, r.name, kB(r.size), kB(r.sizeLimit), r.passed ? 'ok' : 'OVER']);
      }
    } else console.log('       (no .size-limit.json)');

    // must-not-appear lists
    const treeshakeFile = join(p.dir, 'treeshake.json');
    for (const entry of existsSync(treeshakeFile) ? JSON.parse(readFileSync(treeshakeFile, 'utf8')) : []) {
      const name = `${p.name}: tree-shaking ${entry.import}`;
      try {
        const code = await bundle(join(p.dir, entry.path ?? 'dist/index.js'), entry.import);
        const found = entry.mustNotAppear.filter((s) => code.includes(s));
        report.check(name, found.length === 0, `${found.length ? `found in the bundle: ${found.join(', ')}` : `none of ${entry.mustNotAppear.join(', ')}`} (${kB(gzipSync(code, { level: 9 }).length)} gzip)`);
      } catch (error) {
        report.check(name, false, `esbuild failed: ${error.message}`);
      }
    }
  }

  if (sizes.length) printTable(['package', 'entry', 'size (gzip)', 'limit', ''], sizes);
});

/**
 * Reads the regular files of a `.tgz` into a map keyed by path inside the package (the leading
 * `package/` dropped). Enough for npm tarballs: ustar headers with the `prefix` field.
 *
 * @param {Buffer} gz
 * @returns {Map<string, Buffer>}
 */
function readTarball(gz) {
  const tar = gunzipSync(gz);
  const files = new Map();
  for (let at = 0; at + 512 <= tar.length; ) {
    const field = (start, length) => tar.toString('utf8', at + start, at + start + length).replace(/\0[\s\S]*$/, '');
    const name = field(0, 100);
    if (!name) break;
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const prefix = field(345, 155);
    if (['0', ''].includes(field(156, 1))) {
      files.set((prefix ? `${prefix}/${name}` : name).replace(/^[^/]+\//, ''), tar.subarray(at + 512, at + 512 + size));
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Every string target in an `exports` value, at any depth of conditions. */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/** Whether a target (`./dist/index.js`, or a `*` pattern) names at least one file in the tarball. */
function matchesAny(target, files) {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.has(path);
  const pattern = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
  return [...files.keys()].some((f) => pattern.test(f));
}

/** Bundles `export <spec> from '<file>'` as a consumer's bundler would, and returns the code. */
async function bundle(file, spec) {
  const result = await build({
    stdin: { contents: `export ${spec} from ${JSON.stringify(file)};`, resolveDir: ROOT, sourcefile: `${basename(file)}-consumer.js` },
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: 'neutral',
    // A neutral build reads no `main` field by default, and a dependency that has only `main`
    // would then resolve to whatever copy happens to be hoisted above it, or fail. Read the fields
    // a consumer's bundler reads.
    mainFields: ['module', 'main'],
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function kB(size) {
  return typeof size === 'number' ? `${(size / 1000).toFixed(2)} kB` : '-';
}

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `  ${cells.map((c, i) => String(c).padEnd(widths[i])).join('  ')}`.trimEnd();
  console.log(`\nSize budgets\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}`);
}
