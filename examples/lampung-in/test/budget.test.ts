/**
 * The size budget of the home screen, from the production build's Vite manifest: every byte of
 * JavaScript the home screen loads (the entry and its static imports) counts, gzip -9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';
import { describe, expect, inject, it } from 'vitest';
import { appChunks } from '../scripts/app.ts';

/** The home screen's JavaScript budget, gzip, in bytes (60 kB). */
const HOME_BUDGET = 60_000;
const MODULE_IDS = ['aduan', 'berita', 'darurat', 'harga-pangan', 'pajak-kendaraan', 'peringatan'];

const distDir = inject('distDir');
const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
const chunks = appChunks(manifest);
const gzipSize = (file: string): number => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;

describe('the home screen budget', () => {
  it(`loads at most ${HOME_BUDGET / 1000} kB of gzipped JavaScript`, () => {
    const sizes = chunks.home.map((file) => ({ file, gzip: gzipSize(file) }));
    const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
    expect(total, `home screen JavaScript: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(HOME_BUDGET);
  });

  it('leaves every module implementation and the mock back end to lazy chunks', () => {
    expect([...chunks.modules.keys()].sort()).toEqual(MODULE_IDS);
    const lazy = [...chunks.modules.values(), chunks.mock];
    expect(chunks.mock).toBeDefined();
    expect(chunks.home.filter((file) => lazy.includes(file))).toEqual([]);
    // The offline outbox loads after the first screen is drawn, in chunks of its own.
    expect(chunks.deferred.length).toBeGreaterThan(0);
    expect(chunks.home.filter((file) => chunks.deferred.includes(file))).toEqual([]);
  });
});
