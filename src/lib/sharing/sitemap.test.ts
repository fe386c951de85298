import { describe, expect, it } from 'vitest';
import { renderSitemap, withWelsh } from './sitemap.ts';

describe('renderSitemap', () => {
  const site = new URL('https://example.org.uk');

  it('lists absolute addresses once each, in order, with dates where known', () => {
    const xml = renderSitemap(site, [
      { path: '/stories' },
      { path: '/news/launch', lastModified: new Date('2012-07-16T00:00:00Z') },
      { path: '/stories' },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml.indexOf('/news/launch')).toBeLessThan(xml.indexOf('/stories'));
    expect(xml).toContain(
      '<url><loc>https://example.org.uk/news/launch</loc><lastmod>2012-07-16</lastmod></url>',
    );
  });

  it('escapes characters that would break the XML', () => {
    expect(renderSitemap(site, [{ path: '/councils?nation=Wales&status=signed' }])).toContain(
      '<loc>https://example.org.uk/councils?nation=Wales&amp;status=signed</loc>',
    );
  });

  it('pairs a page with its Welsh counterpart, each naming both as alternates', () => {
    const xml = renderSitemap(site, [
      ...withWelsh({ path: '/charter' }, '/cy/siarter'),
      ...withWelsh({ path: '/about' }, undefined),
    ]);
    expect(xml).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    );
    const alternates =
      '<xhtml:link rel="alternate" hreflang="en-GB" href="https://example.org.uk/charter"/>' +
      '<xhtml:link rel="alternate" hreflang="cy" href="https://example.org.uk/cy/siarter"/>' +
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org.uk/charter"/>';
    expect(xml).toContain(`<url><loc>https://example.org.uk/charter</loc>${alternates}</url>`);
    expect(xml).toContain(`<url><loc>https://example.org.uk/cy/siarter</loc>${alternates}</url>`);
    expect(xml).toContain('<url><loc>https://example.org.uk/about</loc></url>');
  });
});
