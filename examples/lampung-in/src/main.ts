/**
 * A preview of Lampung In on the contracts alone: it validates the reference modules' manifests
 * and prints what a host draws from manifests before any module code loads: the home tiles, the
 * deep-link table and the permission prompts. The web app replaces this once the runtime and the
 * web shell land.
 */
import { formatPath, parseManifest, PERMISSIONS, type Manifest } from '@gerbang/contracts';
import { lampungInManifests } from './modules.ts';

const manifests: Manifest[] = [];
for (const candidate of lampungInManifests) {
  const result = parseManifest(candidate);
  if (result.success) manifests.push(result.data);
  else process.stderr.write(`${result.error.message}\n`);
}

const out: string[] = [];
out.push('Lampung In · Gerbang preview', '');
out.push(`Beranda (home tiles), ${manifests.length} modul:`);
for (const manifest of manifests) {
  const login = manifest.loginRequired ? ' · perlu masuk' : '';
  out.push(`  [${manifest.category}] ${manifest.name.id} (${manifest.name.en ?? '-'}) v${manifest.version}${login}`);
}

out.push('', 'Tautan (deep links):');
for (const manifest of manifests) {
  for (const route of manifest.routes) out.push(`  gerbang://${manifest.id}${route.path === '/' ? '' : route.path}  →  ${manifest.id}#${route.name}`);
}

out.push('', 'Izin (permission prompts):');
for (const manifest of manifests) {
  for (const permission of manifest.permissions) {
    out.push(`  ${manifest.name.id} meminta ${PERMISSIONS[permission.id].label.id}: ${permission.rationale.id}`);
  }
}

// A broken manifest from a remote catalogue is rejected with every reason, and nothing else breaks.
const broken = parseManifest({ ...lampungInManifests[0], id: 'Aduan Warga', permissions: [{ id: 'camara' }] });
if (!broken.success) {
  out.push('', 'A broken manifest is refused, with every reason:');
  for (const issue of broken.error.issues) out.push(`  at ${formatPath(issue.path)}: ${issue.message}`);
}

process.stdout.write(`${out.join('\n')}\n`);
