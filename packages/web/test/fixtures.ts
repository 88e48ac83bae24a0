/**
 * Small modules for the tests: they render with Preact's `h()` and use the context as real
 * modules do (the API, the outbox service, permissions, navigation).
 */
import { createReport, listReportCategories, outboxServiceRef } from '@gerbang/contracts';
import type { OutboxEntry } from '@gerbang/contracts';
import { defineModule } from '@gerbang/core';
import type { ModuleContext, ModuleImplementation, ViewProps } from '@gerbang/core';
import { h, render } from 'preact';

/** A tiny square icon. */
export const ICON = 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2024%2024%22%3E%3Crect%20width=%2224%22%20height=%2224%22%20fill=%22currentColor%22/%3E%3C/svg%3E';

/** A report draft the mock back end accepts. */
export const DRAFT = {
  categoryCode: 'jalan-rusak',
  description: 'Lubang besar di depan sekolah.',
  location: { point: { lat: -5.3971, lng: 105.2668 }, landmark: 'Depan SD', regionCode: '18.71' },
  visibility: 'public',
  anonymous: false,
  channel: 'app',
} as const;

/** The body of `POST /reports` with one small photo. */
export function reportBody(description: string = DRAFT.description) {
  return { report: { ...DRAFT, description }, photos: [new File([new Uint8Array(512)], 'foto.jpg', { type: 'image/jpeg' })] };
}

function manifest(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    spec: 1,
    id,
    version: '0.1.0',
    name: { id: name, en: `${name} (en)` },
    description: { id: `Modul ${name} untuk pengujian.`, en: `The ${name} module, for tests.` },
    icon: ICON,
    category: 'informasi',
    keywords: { id: [name.toLowerCase()], en: [name.toLowerCase()] },
    permissions: [],
    routes: [{ name: 'detail', path: '/detail/:item' }],
    engine: '^0.1.0',
    ...extra,
  } as const;
}

function mountWith(ctx: ModuleContext, draw: (element: HTMLElement, props: ViewProps) => void) {
  return {
    mount(element: unknown, props: ViewProps) {
      draw(element as HTMLElement, props);
      return () => {
        render(null, element as HTMLElement);
      };
    },
  };
}

/** A module with a `main` view (a heading, a link to its detail route) and a `detail` view. */
export function greetingModule(id = 'salam', name = 'Salam') {
  const implementation: ModuleImplementation = {
    activate(ctx) {
      ctx.views.register(
        'main',
        mountWith(ctx, (element) => {
          render(
            h('section', { 'aria-labelledby': `${id}-title` }, [
              h('h2', { id: `${id}-title` }, `${name}: ${ctx.i18n.locale}`),
              h('a', { href: `/m/${id}/detail/satu` }, 'Detail satu'),
              h('button', { type: 'button', onClick: () => void ctx.navigate(`/m/${id}/detail/dua`) }, 'Detail dua'),
            ]),
            element,
          );
        }),
      );
      ctx.views.register(
        'detail',
        mountWith(ctx, (element, props) => {
          render(
            h('section', { 'aria-labelledby': `${id}-detail` }, [
              h('h2', { id: `${id}-detail` }, `Detail ${props.params['item'] ?? ''}`),
              h('button', { type: 'button', onClick: () => void ctx.navigate(`/m/${id}/detail/dua`) }, 'Detail dua'),
            ]),
            element,
          );
        }),
      );
    },
  };
  return defineModule({ manifest: manifest(id, name), load: () => Promise.resolve({ default: implementation }) });
}

/** A module whose activation throws. */
export function brokenModule(id = 'rusak') {
  return defineModule({
    manifest: manifest(id, 'Rusak'),
    load: () =>
      Promise.resolve({
        default: {
          activate() {
            throw new Error('the module broke on purpose');
          },
        } satisfies ModuleImplementation,
      }),
  });
}

/** A module that asks for the location permission, then shows the answer. */
export function locationModule(id = 'lokasi') {
  const implementation: ModuleImplementation = {
    activate(ctx) {
      ctx.views.register(
        'main',
        mountWith(ctx, (element) => {
          const show = (text: string) => {
            render(h('section', { 'aria-labelledby': `${id}-t` }, [h('h2', { id: `${id}-t` }, 'Lokasi'), h('p', { role: 'status' }, text)]), element);
          };
          show('menunggu');
          ctx.permissions.request('location').then(
            () => {
              show('diizinkan');
            },
            () => {
              show('ditolak');
            },
          );
        }),
      );
    },
  };
  return defineModule({
    manifest: manifest(id, 'Lokasi', {
      permissions: [{ id: 'location', rationale: { id: 'Untuk menandai lokasi laporan.', en: 'To pin the place of the report.' } }],
    }),
    load: () => Promise.resolve({ default: implementation }),
  });
}

/** A module that loads report categories through `ctx.api`, and files reports through the outbox. */
export function reportingModule(id = 'lapor') {
  const implementation: ModuleImplementation = {
    activate(ctx) {
      const outbox = ctx.services.get(outboxServiceRef);
      ctx.views.register(
        'main',
        mountWith(ctx, (element) => {
          let categories = '…';
          let status = '';
          let entries: readonly OutboxEntry[] = [];
          const draw = () => {
            render(
              h('section', { 'aria-labelledby': `${id}-t` }, [
                h('h2', { id: `${id}-t` }, 'Lapor'),
                h('p', { 'data-testid': 'categories' }, categories),
                h('button', { type: 'button', onClick: submit }, 'Kirim'),
                h('p', { role: 'status', 'data-testid': 'status' }, status),
                h('p', { 'data-testid': 'entries' }, entries.map((entry) => `${entry.label ?? ''}:${entry.state}`).join(',')),
              ]),
              element,
            );
          };
          const submit = () => {
            outbox.submit(createReport, { body: reportBody() }, { label: 'Jalan rusak' }).then(
              (result) => {
                status = result.status;
                draw();
              },
              (error: unknown) => {
                status = `error:${(error as { code?: string }).code ?? ''}`;
                draw();
              },
            );
          };
          ctx.onDispose(outbox.subscribe((next) => {
            entries = next;
            draw();
          }));
          ctx.api.call(listReportCategories, {}).then(
            (list) => {
              categories = String((list as { items: unknown[] }).items.length);
              draw();
            },
            (error: unknown) => {
              categories = `error:${(error as { code?: string }).code ?? ''}`;
              draw();
            },
          );
          draw();
        }),
      );
    },
  };
  return defineModule({
    manifest: manifest(id, 'Lapor', { requires: { 'gerbang.outbox': '^1.0.0' }, routes: [] }),
    load: () => Promise.resolve({ default: implementation }),
  });
}

/** A module whose view throws while mounting. */
export function brokenViewModule(id = 'layar') {
  const implementation: ModuleImplementation = {
    activate(ctx) {
      ctx.views.register('main', {
        mount() {
          throw new Error('the view broke on purpose');
        },
      });
    },
  };
  return defineModule({ manifest: manifest(id, 'Layar'), load: () => Promise.resolve({ default: implementation }) });
}

/** A module that asks for the location and the camera at once, then shows both answers. */
export function twoPermissionsModule(id = 'dua-izin') {
  const implementation: ModuleImplementation = {
    activate(ctx) {
      ctx.views.register(
        'main',
        mountWith(ctx, (element) => {
          const answers: string[] = [];
          const show = () => {
            render(h('section', { 'aria-labelledby': `${id}-t` }, [h('h2', { id: `${id}-t` }, 'Dua izin'), h('p', { role: 'status' }, answers.join(','))]), element);
          };
          show();
          for (const permission of ['location', 'camera'] as const) {
            ctx.permissions.request(permission).then(
              () => {
                answers.push(`${permission}:ya`);
                show();
              },
              () => {
                answers.push(`${permission}:tidak`);
                show();
              },
            );
          }
        }),
      );
    },
  };
  return defineModule({
    manifest: manifest(id, 'Dua Izin', {
      permissions: [
        { id: 'location', rationale: { id: 'Untuk lokasi.', en: 'For the place.' } },
        { id: 'camera', rationale: { id: 'Untuk foto.', en: 'For photos.' } },
      ],
    }),
    load: () => Promise.resolve({ default: implementation }),
  });
}
