import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { cellAt, cellCentre, type Cell, type HexLayout } from './hex-layout.ts';
import { labelLines, outlinePath } from './map-geometry.ts';
import { councilMapDrawing } from './map.ts';
import { mapContentHtml } from './map-render.ts';
import { listCouncils } from './queries.ts';

/** A layout of the given cells, each named by its position, as layoutHexagons would place them. */
function layoutOf(cells: readonly Cell[]): HexLayout {
  return {
    cells: cells.map((cell) => {
      const { x, y } = cellCentre(cell);
      return { ...cell, id: `${cell.col},${cell.row}`, x: x + 1, y: y + 1, displacement: 0 };
    }),
    width: 20,
    height: 20,
  };
}

/** The corners of each loop of an outline path. */
const loops = (path: string) =>
  path
    .split('Z')
    .filter(Boolean)
    .map((loop) => loop.split(/[ML]/).filter(Boolean).length);

describe('an area outline', () => {
  it('goes round a lone hexagon by its six corners', () => {
    expect(loops(outlinePath(layoutOf([{ col: 2, row: 2 }]), () => true))).toEqual([6]);
  });

  it('goes round two neighbours as one shape, leaving out the edge they share', () => {
    const layout = layoutOf([
      { col: 2, row: 2 },
      { col: 3, row: 2 },
    ]);
    expect(loops(outlinePath(layout, () => true))).toEqual([10]);
  });

  it('leaves out the cells of other areas, and neighbours across them stay apart', () => {
    const layout = layoutOf([
      { col: 2, row: 2 },
      { col: 3, row: 2 },
      { col: 4, row: 2 },
    ]);
    expect(loops(outlinePath(layout, (id) => id !== '3,2'))).toEqual([6, 6]);
  });

  // The six cells round (3, 3).
  const ring = [
    { col: 2, row: 3 },
    { col: 4, row: 3 },
    { col: 3, row: 2 },
    { col: 4, row: 2 },
    { col: 3, row: 4 },
    { col: 4, row: 4 },
  ];

  it('draws the hole where a ring of cells surrounds another area', () => {
    const centre = { col: 3, row: 3 };
    const layout = layoutOf([centre, ...ring]);
    const outline = loops(outlinePath(layout, (id) => id !== '3,3'));
    expect(outline.sort((a, b) => a - b)).toEqual([6, 18]);
  });

  it('fills in an empty cell the area surrounds, which would otherwise look like a council', () => {
    expect(loops(outlinePath(layoutOf(ring), () => true))).toEqual([18]);
  });
});

describe('a label', () => {
  it.each([
    ['London', ['London']],
    ['North East', ['North East']],
    ['East of England', ['East of', 'England']],
    ['Yorkshire and The Humber', ['Yorkshire and', 'The Humber']],
  ])('sets %s on %j', (name, lines) => {
    expect(labelLines(name)).toEqual(lines);
  });
});

describe('the council map of England and Wales', () => {
  const councils = listCouncils(openSeededDatabase());
  const drawing = councilMapDrawing(councils);
  const bySlug = new Map(councils.map((c) => [c.slug, c]));
  const hexagonAt = (x: number, y: number) => {
    const { col, row } = cellAt(x - 1, y - 1);
    return drawing.layout.cells.find((cell) => cell.col === col && cell.row === row);
  };

  it('outlines the nine English regions and the two nations, each as closed loops', () => {
    expect(drawing.regions.map((r) => r.name)).toHaveLength(9);
    expect(drawing.nations.map((n) => n.name)).toEqual(['England', 'Wales']);
    for (const area of [...drawing.regions, ...drawing.nations]) {
      expect(area.outline).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z/);
    }
  });

  it('names every region on one of its own hexagons, and Wales once, as a nation', () => {
    const names = drawing.regionLabels.map((l) => l.name);
    expect(names).toHaveLength(9);
    expect(names).not.toContain('Wales');
    for (const label of drawing.regionLabels) {
      const under = hexagonAt(label.x, label.y);
      expect(under && bySlug.get(under.id)!.region, label.name).toBe(label.name);
    }
  });

  it('names each nation in open water beside it, nearest to its own hexagons', () => {
    for (const label of drawing.nationLabels) {
      expect(hexagonAt(label.x, label.y), label.name).toBeUndefined();
      const nearest = drawing.layout.cells.reduce((a, b) =>
        Math.hypot(a.x - label.x, a.y - label.y) <= Math.hypot(b.x - label.x, b.y - label.y)
          ? a
          : b,
      );
      expect(bySlug.get(nearest.id)!.nation).toBe(label.name);
    }
  });

  it('draws the full map with a link per council and a name for every area', () => {
    const html = mapContentHtml(drawing, councils, {
      layer: 'status',
      shares: new Map(),
      linked: true,
    });
    expect(html.match(/<a /g)).toHaveLength(175);
    expect(html).toContain('aria-label="Kent: Signed"');
    expect(html.match(/class="hex__tick"/g)).toHaveLength(32);
    expect(html.match(/role="group"/g)).toHaveLength(10);
    for (const name of ['ENGLAND', 'WALES', 'London', 'The Humber', 'South West']) {
      expect(html).toContain(`>${name}</tspan>`);
    }
  });

  it('draws the thumbnail as shapes only, named by nation', () => {
    const html = mapContentHtml(drawing, councils, {
      layer: 'status',
      shares: new Map(),
      linked: false,
    });
    expect(html).not.toContain('<a ');
    expect(html.match(/<polygon/g)).toHaveLength(175);
    expect(html.match(/<text/g)).toHaveLength(2);
  });

  it('shows each assessed council its share on the progress layer', () => {
    const kent = bySlug.get('kent')!;
    const html = mapContentHtml(drawing, councils, {
      layer: 'progress',
      shares: new Map([[kent.id, { inPlace: 4, actions: 16 }]]),
      linked: true,
    });
    expect(html).toContain('aria-label="Kent: 25% of actions in place (4 of 16)"');
    expect(html).toContain('aria-label="Cardiff: No self-assessment"');
    expect(html.match(/class="hex__value"/g)).toHaveLength(1);
  });
});
