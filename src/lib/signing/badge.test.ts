import { describe, expect, it } from 'vitest';
import { badgeSvg } from './badge.ts';

describe('the signed-council badge', () => {
  it('names the council and the year, with no script or outside resource', () => {
    const svg = badgeSvg('Kent County Council', '2012-07-16');
    expect(svg).toContain(
      '<title id="title">Kent County Council signed the Runaways&#39; Charter in 2012</title>',
    );
    expect(svg).toContain('>2012 · Make Runaways Safe<');
    expect(svg).not.toMatch(/<script|href=|url\(/);
  });

  it('escapes the name and squeezes a long one to fit', () => {
    const svg = badgeSvg('Bournemouth, Christchurch & Poole <Council>', '2026-11-24');
    expect(svg).toContain('Bournemouth, Christchurch &amp; Poole &lt;Council&gt;');
    expect(svg).toContain('lengthAdjust="spacingAndGlyphs"');
  });
});
