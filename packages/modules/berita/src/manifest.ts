/**
 * The manifest of the news module: what the host reads to draw its tile and route its deep links,
 * before any of its code loads.
 *
 * @module
 */
import { defineManifest } from '@gerbang/contracts';

/** The module id, `berita`: deep links are `/m/berita/<path>`. */
export const BERITA_MODULE_ID = 'berita';

// A newspaper, single colour (`currentColor`), URL-encoded for the manifest.
const ICON =
  "data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%2024%2024%27%20fill=%27none%27%20stroke=%27currentColor%27%20stroke-width=%272%27%20stroke-linecap=%27round%27%20stroke-linejoin=%27round%27%3E%3Cpath%20d=%27M4%205h13v14H6a2%202%200%200%201-2-2z%27/%3E%3Cpath%20d=%27M17%209h3v8a2%202%200%200%201-2%202h-1%27/%3E%3Cpath%20d=%27M8%209h5M8%2013h5M8%2016h3%27/%3E%3C/svg%3E";

/**
 * The manifest of `@gerbang/module-berita`. Routes: `main` (`/`, the list) and `artikel`
 * (`/artikel/:id`, one article). It asks for no permission and needs no sign-in.
 */
export const beritaManifest = /* @__PURE__ */ defineManifest({
  spec: 1,
  id: BERITA_MODULE_ID,
  version: '0.1.0',
  name: { id: 'Berita', en: 'News' },
  description: {
    id: 'Berita dan pengumuman resmi pemerintah daerah.',
    en: "News and official announcements from the regional government.",
  },
  icon: ICON,
  category: 'informasi',
  keywords: {
    id: ['berita', 'pengumuman', 'informasi', 'kabar', 'warta'],
    en: ['news', 'announcements', 'information'],
  },
  routes: [
    { name: 'main', path: '/', title: { id: 'Berita', en: 'News' } },
    { name: 'artikel', path: '/artikel/:id', title: { id: 'Artikel', en: 'Article' } },
  ],
  engine: '^0.1.0',
});
