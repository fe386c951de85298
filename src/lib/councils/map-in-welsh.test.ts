import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { councilMapDrawing } from './map.ts';
import { mapContentHtml } from './map-render.ts';
import { mapLegend } from './map-layers.ts';
import { listCouncils } from './queries.ts';

describe('the council map on a Welsh page', () => {
  const councils = listCouncils(openSeededDatabase());
  const english = councilMapDrawing(councils);
  const welsh = councilMapDrawing(councils, 'cy');
  const labels = (drawing: typeof welsh) =>
    [...drawing.nationLabels, ...drawing.regionLabels].map((l) => l.lines.join(' '));

  it('names the nations and regions in Welsh, on the same hexagons', () => {
    expect(welsh.layout).toBe(english.layout);
    expect(labels(welsh)).toEqual(
      expect.arrayContaining(['LLOEGR', 'CYMRU', 'Llundain', 'Gogledd-orllewin Lloegr']),
    );
    expect(labels(english)).toEqual(expect.arrayContaining(['ENGLAND', 'WALES', 'London']));
  });

  it('links Welsh councils to their Welsh pages and English ones to English pages', () => {
    const html = mapContentHtml(welsh, councils, {
      layer: 'status',
      shares: new Map(),
      linked: true,
      locale: 'cy',
    });
    expect(html).toContain('<a href="/cy/cynghorau/caerdydd" class="hex');
    expect(html).toContain('data-name="Caerdydd"');
    expect(html).toContain('<a href="/councils/kent" lang="en-GB" class="hex');
    expect(html).toContain('aria-label="Llundain"');
  });

  it('counts its key in Welsh, the noun agreeing with the number', () => {
    const legend = mapLegend('status', councils, new Map(), 'cy');
    const signed = legend.find((entry) => entry.key === 'signed')!;
    expect(signed.count).toBe(32);
    expect(signed.label).toBe("o gynghorau wedi llofnodi'r siarter");
    const few = (n: number) =>
      mapLegend(
        'status',
        councils.slice(0, n).map((c) => ({ ...c, status: 'signed' as const })),
        new Map(),
        'cy',
      )[0]!.label;
    expect([1, 2, 3, 6].map(few)).toEqual([
      "cyngor wedi llofnodi'r siarter",
      "gyngor wedi llofnodi'r siarter",
      "chyngor wedi llofnodi'r siarter",
      "chyngor wedi llofnodi'r siarter",
    ]);
  });
});
