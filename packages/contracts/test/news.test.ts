import { explainUnsafeMarkdown, getNewsArticle, listNews, newsArticleSchema, newsEndpoints, validate, type NewsArticle } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

const article: NewsArticle = {
  id: 'banjir-rajabasa-2025',
  kind: 'announcement',
  title: 'Penanganan banjir di Rajabasa',
  summary: 'Pemerintah kota menyiagakan pompa di tiga titik.',
  language: 'id',
  author: { name: 'Tim Humas', unit: 'Diskominfotik Provinsi Lampung' },
  publishedAt: '2025-03-01T10:00:00+07:00',
  coverImage: { url: 'https://cdn.lampungin.example.id/news/banjir.jpg', alt: 'Pompa air di Rajabasa' },
  bodyFormat: 'markdown',
  body: '## Lokasi\n\n- Rajabasa\n- Kedaton\n\nLapor di [Lampung In](https://lampungin.example.id) atau [aduan](/aduan/baru), telepon [112](tel:112).\n\n![Peta](https://cdn.lampungin.example.id/peta.png)',
};

describe('news articles', () => {
  it('accept the restricted Markdown: https, mailto, tel, app paths and anchors', () => {
    expect(validate(newsArticleSchema, article).success).toBe(true);
    expect(explainUnsafeMarkdown('[a](mailto:humas@lampungprov.example.id) [b](#lokasi) a < b, 3<4')).toBeUndefined();
  });

  it('refuse raw HTML, script links and images from elsewhere, at body', () => {
    const cases: [string, string][] = [
      ['<script>alert(1)</script>', 'raw HTML is not allowed: "<script>"'],
      ['Klik <a href="https://x.example">di sini</a>', 'raw HTML is not allowed: "<a>"'],
      ['<!-- tersembunyi -->', 'raw HTML is not allowed: "<!-->"'],
      ['<img src=x onerror=alert(1)>', 'raw HTML is not allowed: "<img>"'],
      ['[hadiah](javascript:alert(1))', 'the link "javascript:alert(1" is not allowed'],
      ['[hadiah]( JavaScript:alert(1))', 'the link "JavaScript:alert(1" is not allowed'],
      ['[x](//evil.example/path)', 'the link "//evil.example/path" is not allowed'],
      ['[x](http://insecure.example)', 'the link "http://insecure.example" is not allowed'],
      ['![x](data:image/svg+xml;base64,AAAA)', 'the image source "data:image/svg+xml;base64,AAAA" is not allowed'],
      ['![x](/local.png)', 'the image source "/local.png" is not allowed'],
      ['[x][ref]\n\n[ref]: javascript:alert(1)', 'the link "javascript:alert(1)" is not allowed'],
    ];
    for (const [body, message] of cases) {
      const result = validate(newsArticleSchema, { ...article, body });
      expect(result.error?.issues[0]?.path, body).toEqual(['body']);
      expect(result.error?.issues[0]?.message, body).toContain(message);
    }
  });

  it('let code show HTML literally, and plain text carry anything', () => {
    expect(explainUnsafeMarkdown('Tulis `<br>` untuk baris baru.\n\n```html\n<script>contoh</script>\n```\n')).toBeUndefined();
    expect(explainUnsafeMarkdown('```\n<b>\n')).toBeUndefined();
    expect(validate(newsArticleSchema, { ...article, bodyFormat: 'plain', body: '<b>tidak ditafsirkan</b>' }).success).toBe(true);
    expect(validate(newsArticleSchema, { ...article, bodyFormat: 'html' }).error?.issues[0]?.path).toEqual(['bodyFormat']);
  });

  it('have an author, a publish time with an offset and a slug id', () => {
    const result = validate(newsArticleSchema, { ...article, id: 'Banjir Rajabasa', author: {}, publishedAt: '2025-03-01' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['id', 'author.name', 'publishedAt']);
  });
});

describe('news endpoints', () => {
  it('list a page at a time and get one article', () => {
    expect(listNews).toMatchObject({ method: 'GET', path: '/news', auth: 'none' });
    expect(getNewsArticle.path).toBe('/news/:id');
    expect(validate(listNews.response, { items: [], nextCursor: null }).success).toBe(true);
    expect(Object.keys(newsEndpoints)).toEqual(['listNews', 'getNewsArticle']);
  });
});
