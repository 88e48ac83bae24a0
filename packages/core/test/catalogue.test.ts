import { buildCatalogue, servesRegions, type HostBrand } from '@gerbang/core';
import { parseManifest, type Manifest, type ManifestInput } from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function manifest(id: string, fields: Partial<ManifestInput> = {}): Manifest {
  const result = parseManifest({
    spec: 1,
    id,
    version: '1.0.0',
    name: { id: `Modul ${id}` },
    description: { id: `Deskripsi ${id}.` },
    icon: `/icons/${id}.svg`,
    category: 'layanan',
    engine: '^0.1.0',
    ...fields,
  });
  if (!result.success) throw result.error;
  return result.data;
}

const aduan = manifest('lampung.aduan', {
  name: { id: 'Lapor Aduan', en: 'Report an Issue' },
  description: { id: 'Laporkan jalan rusak, sampah dan banjir.', en: 'Report broken roads, rubbish and floods.' },
  keywords: { id: ['pengaduan', 'keluhan'], en: ['complaint'] },
  category: 'pengaduan',
  loginRequired: true,
});
const pajak = manifest('lampung.pajak', {
  name: { id: 'Pajak Kendaraan', en: 'Vehicle Tax' },
  description: { id: 'Cek dan bayar PKB.', en: 'Check and pay vehicle tax.' },
  keywords: { id: ['samsat', 'pkb'] },
  regions: ['18'],
});
const harga = manifest('lampung.harga', {
  name: { id: 'Harga Pangan', en: 'Food Prices' },
  description: { id: 'Harga beras, cabai dan minyak di pasar.' },
  keywords: { id: ['sembako', 'pasar'] },
});
const metro = manifest('metro.parkir', {
  name: { id: 'Parkir Metro' },
  description: { id: 'Bayar parkir di Kota Metro.' },
  regions: ['18.72'],
});
const jakarta = manifest('jakarta.banjir', { name: { id: 'Pantau Banjir' }, description: { id: 'Tinggi muka air.' }, regions: ['31', '32.01'] });
const kafe = manifest('lampung.kafe', { name: { id: 'Café Kopi Lampung' }, description: { id: 'Kedai kopi robusta.' } });
const darurat = manifest('lampung.darurat', { name: { id: 'Darurat 112', en: 'Emergency 112' }, description: { id: 'Panggilan darurat.' } });

const all = [aduan, pajak, harga, metro, jakarta, kafe, darurat];

const brand: HostBrand = {
  provinceCode: '18',
  regions: ['18', '18.71'],
  home: {
    order: ['lampung.aduan', 'lampung.pajak', 'lampung.harga'],
    pinned: ['lampung.darurat'],
    featured: ['lampung.pajak'],
    sections: [
      { id: 'utama', title: { id: 'Layanan Utama', en: 'Main Services' }, modules: ['lampung.pajak', 'jakarta.banjir', 'lampung.aduan'] },
      { id: 'lainnya', title: { id: 'Lainnya' }, modules: ['lampung.kafe', 'lampung.aduan'] },
    ],
  },
};

describe('buildCatalogue: tiles', () => {
  it('orders pinned first, then the brand’s order, then by name', () => {
    const catalogue = buildCatalogue(all, { brand });
    expect(catalogue.tiles.map((tile) => tile.id)).toEqual([
      'lampung.darurat',
      'lampung.aduan',
      'lampung.pajak',
      'lampung.harga',
      'lampung.kafe', // "Café Kopi Lampung"
      'metro.parkir', // "Parkir Metro"
    ]);
  });

  it('draws tiles from manifests, flags featured and pinned, and names their section', () => {
    const catalogue = buildCatalogue(all, { brand, locale: 'en' });
    expect(catalogue.tile('lampung.aduan')).toEqual({
      id: 'lampung.aduan',
      name: 'Report an Issue',
      description: 'Report broken roads, rubbish and floods.',
      icon: '/icons/lampung.aduan.svg',
      category: 'pengaduan',
      featured: false,
      pinned: false,
      section: 'utama',
      loginRequired: true,
      state: undefined,
    });
    expect(catalogue.tile('lampung.pajak')).toMatchObject({ featured: true, pinned: false });
    expect(catalogue.tile('lampung.darurat')).toMatchObject({ pinned: true, section: undefined, name: 'Emergency 112' });
    // English falls back to Indonesian.
    expect(catalogue.tile('lampung.harga')?.description).toBe('Harga beras, cabai dan minyak di pasar.');
    expect(buildCatalogue(all, { brand }).tile('lampung.aduan')?.name).toBe('Lapor Aduan');
  });

  it('builds the brand’s sections with their visible tiles only', () => {
    const catalogue = buildCatalogue(all, { brand, locale: 'en' });
    expect(catalogue.sections.map((section) => [section.id, section.title, section.tiles.map((tile) => tile.id)])).toEqual([
      ['utama', 'Main Services', ['lampung.pajak', 'lampung.aduan']],
      ['lainnya', 'Lainnya', ['lampung.kafe', 'lampung.aduan']],
    ]);
  });

  it('filters by region with Kemendagri prefixes', () => {
    const catalogue = buildCatalogue(all, { brand });
    expect(catalogue.tile('lampung.pajak')).toBeDefined(); // 18 serves 18 and 18.71
    expect(catalogue.tile('metro.parkir')).toBeDefined(); // 18.72 lies within the brand's 18
    expect(catalogue.tile('jakarta.banjir')).toBeUndefined();
    const bandarLampung = buildCatalogue(all, { brand: { provinceCode: '18', regions: ['18.71'] } });
    expect(bandarLampung.tile('lampung.pajak')).toBeDefined();
    expect(bandarLampung.tile('metro.parkir')).toBeUndefined();
    expect(bandarLampung.excluded).toContainEqual({ id: 'metro.parkir', reason: 'region' });
  });

  it('filters by enabled and disabled modules and feature flags, saying why', () => {
    const catalogue = buildCatalogue(all, {
      brand: {
        ...brand,
        modules: { enabled: ['lampung.aduan', 'lampung.pajak', 'lampung.harga', 'lampung.kafe'], disabled: ['lampung.kafe'] },
        featureFlags: { 'module.lampung.harga': false, 'module.lampung.aduan': true },
      },
    });
    expect(catalogue.tiles.map((tile) => tile.id)).toEqual(['lampung.aduan', 'lampung.pajak']);
    expect(catalogue.excluded).toEqual(
      expect.arrayContaining([
        { id: 'lampung.harga', reason: 'feature-flag' },
        { id: 'lampung.kafe', reason: 'disabled-by-brand' },
        { id: 'lampung.darurat', reason: 'not-enabled' },
      ]),
    );
  });

  it('hides modules that are disabled or blocked in the host, and passes other states on', () => {
    const states = new Map([['lampung.aduan', 'disabled'], ['lampung.pajak', 'blocked'], ['lampung.harga', 'failed']]);
    const catalogue = buildCatalogue(all, { brand, states });
    expect(catalogue.tile('lampung.aduan')).toBeUndefined();
    expect(catalogue.tile('lampung.pajak')).toBeUndefined();
    expect(catalogue.tile('lampung.harga')?.state).toBe('failed');
    expect(buildCatalogue(all, { brand, states: { 'lampung.harga': 'active' } }).tile('lampung.harga')?.state).toBe('active');
  });

  it('shows every module, by name, without a brand; the first of duplicate ids wins', () => {
    const catalogue = buildCatalogue([...all, manifest('lampung.aduan', { name: { id: 'Duplikat' } })]);
    expect(catalogue.tiles).toHaveLength(all.length);
    expect(catalogue.tile('lampung.aduan')?.name).toBe('Lapor Aduan');
    expect(catalogue.sections).toEqual([]);
  });

  it('returns frozen data', () => {
    const catalogue = buildCatalogue(all, { brand });
    expect(Object.isFrozen(catalogue.tiles)).toBe(true);
    expect(Object.isFrozen(catalogue.tiles[0])).toBe(true);
  });
});

describe('buildCatalogue: search', () => {
  const catalogue = buildCatalogue(all, { brand });
  const ids = (query: string, limit?: number) => catalogue.search(query, limit === undefined ? {} : { limit }).map((tile) => tile.id);

  it('matches Indonesian and English names, keywords and descriptions', () => {
    expect(ids('pajak')).toEqual(['lampung.pajak']);
    expect(ids('vehicle')).toEqual(['lampung.pajak']);
    expect(ids('samsat')).toEqual(['lampung.pajak']);
    expect(ids('complaint')).toEqual(['lampung.aduan']);
    expect(ids('banjir')).toEqual(['lampung.aduan']); // description only; jakarta.banjir is not in this brand
    expect(ids('floods')).toEqual(['lampung.aduan']);
  });

  it('ignores case and accents, both ways', () => {
    expect(ids('CAFE')).toEqual(['lampung.kafe']);
    expect(ids('café')).toEqual(['lampung.kafe']);
    expect(ids('Pájak')).toEqual(['lampung.pajak']);
  });

  it('matches word prefixes, and every word of the query', () => {
    expect(ids('paj')).toEqual(['lampung.pajak']);
    expect(ids('harga pas')).toEqual(['lampung.harga']);
    expect(ids('harga zzz')).toEqual([]);
    expect(ids('jak')).toEqual([]); // no word starts with "jak"
  });

  it('ranks a name prefix over a name word over a keyword over a description', () => {
    const ranking = buildCatalogue([
      manifest('m.desc', { name: { id: 'Satu' }, description: { id: 'Tentang kopi.' } }),
      manifest('m.keyword', { name: { id: 'Dua' }, description: { id: 'x' }, keywords: { id: ['kopi'] } }),
      manifest('m.word', { name: { id: 'Kedai Kopi' }, description: { id: 'x' } }),
      manifest('m.prefix', { name: { id: 'Kopi Kita' }, description: { id: 'x' } }),
    ]);
    expect(ranking.search('kopi').map((tile) => tile.id)).toEqual(['m.prefix', 'm.word', 'm.keyword', 'm.desc']);
  });

  it('honours the limit and answers nothing to an empty query', () => {
    expect(ids('l', 2)).toHaveLength(2);
    expect(ids('   ')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('lapor', 0)).toEqual([]);
  });

  it('never throws on any query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (query) => {
        expect(Array.isArray(catalogue.search(query))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('servesRegions', () => {
  it('matches Kemendagri codes by containment, on segment boundaries', () => {
    expect(servesRegions(undefined, ['18'])).toBe(true);
    expect(servesRegions(['18'], ['18.71'])).toBe(true);
    expect(servesRegions(['18.71'], ['18'])).toBe(true);
    expect(servesRegions(['18.71'], ['18.72'])).toBe(false);
    expect(servesRegions(['18'], ['31'])).toBe(false);
    expect(servesRegions(['1'], ['18'])).toBe(false);
    expect(servesRegions([], ['18'])).toBe(false);
  });
});
