/**
 * News and announcements in the store: a few articles in Markdown, newest first.
 *
 * @module
 */
import type { NewsArticle } from '@gerbang/contracts';
import { HOUR, toWib } from './time.ts';

/** Seeds the articles relative to the anchor, newest first. */
export function seedNews(anchor: number): NewsArticle[] {
  const author = { name: 'Tim Redaksi (simulasi)', unit: 'Diskominfotik Provinsi Lampung' };
  const article = (id: string, kind: NewsArticle['kind'], title: string, summary: string, body: string, hoursAgo: number, category: string): NewsArticle => ({
    id,
    kind,
    title,
    summary,
    language: 'id',
    author,
    publishedAt: toWib(anchor - hoursAgo * HOUR),
    category,
    coverImage: { url: `https://media.gerbang.test/news/${id}.jpg`, alt: title },
    bodyFormat: 'markdown',
    body,
  });
  return [
    article(
      'waspada-banjir-bandar-lampung',
      'announcement',
      'Waspada banjir di Bandar Lampung',
      'BPBD mengimbau warga di sekitar Way Kuala dan Way Awi bersiaga.',
      'Hujan lebat diperkirakan berlanjut hingga malam.\n\n- Pantau tinggi muka air di menu **Siaga Banjir**.\n- Dalam keadaan darurat hubungi [112](tel:112).',
      2,
      'kebencanaan',
    ),
    article(
      'lampung-in-laporan-warga',
      'news',
      'Lapor lewat Lampung In, pantau tindak lanjutnya',
      'Laporan warga kini dapat dipantau statusnya dari Menunggu sampai Selesai.',
      'Setiap laporan mendapat nomor tiket. Statusnya berubah dari **Menunggu** ke **Koordinasi**, **Disposisi**, **Proses** dan **Selesai**, dan setiap perubahan tercatat.\n\nBaca [panduan melapor](/bantuan/melapor).',
      1 * 24,
      'layanan',
    ),
    article(
      'harga-cabai-naik',
      'news',
      'Harga cabai merah naik menjelang akhir tahun',
      'Pantauan pasar menunjukkan kenaikan harga cabai merah keriting di beberapa pasar.',
      'Harga cabai merah keriting di Pasar Tugu dan Pasar Bambu Kuning naik dalam sepekan terakhir. Bandingkan harga antarpasar di menu **Harga Pangan**.',
      3 * 24,
      'ekonomi',
    ),
    article(
      'pemutihan-denda-pkb',
      'announcement',
      'Cek pajak kendaraan sebelum jatuh tempo',
      'Pajak kendaraan bermotor dapat dicek dan dibayar dari aplikasi.',
      'Masukkan nomor polisi dan 5 karakter terakhir nomor rangka. Kode bayar berlaku sekitar 2 jam.',
      6 * 24,
      'pajak',
    ),
    article(
      'posyandu-serentak',
      'news',
      'Posyandu serentak di 15 kabupaten/kota',
      'Pemeriksaan tumbuh kembang balita digelar serentak.',
      'Kegiatan digelar di seluruh kabupaten dan kota di Lampung. Informasi jadwal tersedia di puskesmas terdekat.',
      9 * 24 + 4,
      'kesehatan',
    ),
  ].map((entry, index) => (index === 1 ? { ...entry, updatedAt: toWib(anchor - 20 * HOUR) } : entry));
}
