import {
  defineManifest,
  parseManifest,
  type ActivationEvent,
  type Manifest,
  type ManifestRoutes,
  type PathParams,
  type PermissionId,
} from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';

describe('manifest types', () => {
  const manifest = defineManifest({
    spec: 1,
    id: 'lampung.aduan',
    version: '1.0.0',
    name: { id: 'Lapor' },
    description: { id: 'Laporan warga.' },
    icon: '/icons/aduan.svg',
    category: 'pengaduan',
    engine: '^0.1.0',
    routes: [
      { name: 'home', path: '/' },
      { name: 'detail', path: '/reports/:id' },
      { name: 'photo', path: '/reports/:id/photos/:photoId' },
    ],
  });

  it('keeps literal route names and infers each route’s params', () => {
    expectTypeOf<ManifestRoutes<typeof manifest>>().toEqualTypeOf<{
      home: Record<string, never>;
      detail: { id: string };
      photo: { id: string; photoId: string };
    }>();
  });

  it('infers params from a template', () => {
    expectTypeOf<PathParams<'/reports/:id'>>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<PathParams<string>>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<PathParams<'/reports'>>().toEqualTypeOf<Record<string, never>>();
  });

  it('rejects unknown permissions and activation events at compile time', () => {
    defineManifest({
      ...manifest,
      // @ts-expect-error: "camara" is not a permission
      permissions: [{ id: 'camara', rationale: { id: 'x' } }],
    });
    // @ts-expect-error: "onBoot" is not an activation event
    defineManifest({ ...manifest, activation: ['onBoot'] });
  });

  it('narrows the parse result', () => {
    const result = parseManifest({});
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Manifest>();
      expectTypeOf(result.data.permissions[0]!.id).toEqualTypeOf<PermissionId>();
      expectTypeOf(result.data.activation).toEqualTypeOf<ActivationEvent[]>();
      expectTypeOf(result.data.loginRequired).toEqualTypeOf<boolean>();
    } else {
      expectTypeOf(result.error.issues[0]!.path).toEqualTypeOf<readonly (string | number)[]>();
    }
  });
});
