import { describe, expect, it } from 'vitest';
import { badgeSvg } from './badge.ts';

describe('the signed-council badge', () => {
  it('names the council and the year, with no script or outside resource', () => {
    const svg = badgeSvg('Cardiff Council', { occurredOn: '2026-07-16', precision: 'day' });
    expect(svg).toContain(
      '<title id="title">Cardiff Council signed the Runaways&#39; Charter in 2026</title>',
    );
    expect(svg).toContain('>2026 · Make Runaways Safe<');
    expect(svg).not.toMatch(/<script|href=|url\(/);
  });

  it('says "by September 2013" for a signing known only to have happened by then', () => {
    const svg = badgeSvg('Kent County Council', { occurredOn: '2013-09-19', precision: 'by' });
    expect(svg).toContain('Charter by September 2013</title>');
    expect(svg).toContain('>by September 2013 · Make Runaways Safe<');
  });

  it('escapes the name and squeezes a long one to fit', () => {
    const svg = badgeSvg('Bournemouth, Christchurch & Poole <Council>', {
      occurredOn: '2026-11-24',
      precision: 'day',
    });
    expect(svg).toContain('Bournemouth, Christchurch &amp; Poole &lt;Council&gt;');
    expect(svg).toContain('lengthAdjust="spacingAndGlyphs"');
  });
});

describe("a Welsh council's badge", () => {
  const svg = badgeSvg(
    'Cardiff Council',
    { occurredOn: '2013-09-19', precision: 'by' },
    'Cyngor Caerdydd',
  );

  it('says it in Welsh first, then in English', () => {
    expect(svg).toContain(
      '<title id="title">Cyngor Caerdydd wedi llofnodi Siarter y Plant sy&#39;n Rhedeg i Ffwrdd erbyn Medi 2013. Cardiff Council signed the Runaways&#39; Charter by September 2013</title>',
    );
    expect(svg.indexOf('>Cyngor Caerdydd<')).toBeLessThan(svg.indexOf('>Cardiff Council<'));
    expect(svg).toContain('<g lang="cy">');
    expect(svg).toContain('<g lang="en-GB">');
    expect(svg).toContain('height="150"');
  });
});
