import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { cellCentre, hexDistance, layoutHexagons, neighbours, type Place } from './hex-layout.ts';
import { COUNCIL_MAP_COLUMNS } from './map.ts';

const db = openSeededDatabase();
const councils = db
  .prepare('SELECT slug AS id, latitude, longitude FROM councils ORDER BY slug')
  .all() as Place[];
const layout = layoutHexagons(councils, { columns: COUNCIL_MAP_COLUMNS });
const cellOf = new Map(layout.cells.map((cell) => [cell.id, cell]));

/** The council nearest each council on the ground (distances in kilometres, roughly). */
function nearestOnTheGround(place: Place): Place {
  const km = (a: Place, b: Place) =>
    Math.hypot(
      (a.longitude - b.longitude) * 111 * Math.cos((a.latitude * Math.PI) / 180),
      (a.latitude - b.latitude) * 111,
    );
  return councils
    .filter((other) => other.id !== place.id)
    .reduce((best, other) => (km(place, other) < km(place, best) ? other : best));
}

describe('the council map layout', () => {
  it('gives each of the 175 councils its own hexagon', () => {
    expect(layout.cells).toHaveLength(175);
    expect(new Set(layout.cells.map(({ col, row }) => `${col},${row}`)).size).toBe(175);
  });

  it('is the same every time, whatever order the councils come in', () => {
    const again = layoutHexagons([...councils].reverse(), { columns: COUNCIL_MAP_COLUMNS });
    const sorted = (cells: typeof layout.cells) =>
      [...cells].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(again.cells)).toEqual(sorted(layout.cells));
  });

  it('keeps councils near where they are: mean displacement under 1.5 hexagons, none over 3.5', () => {
    const displacements = layout.cells.map((cell) => cell.displacement);
    const mean = displacements.reduce((sum, d) => sum + d, 0) / displacements.length;
    expect(mean).toBeLessThan(1.5);
    expect(Math.max(...displacements)).toBeLessThan(3.5);
  });

  it('keeps neighbours near: 95% of councils are within 2 hexagons of their nearest neighbour', () => {
    const near = councils.filter(
      (place) => hexDistance(cellOf.get(place.id)!, cellOf.get(nearestOnTheGround(place).id)!) <= 2,
    );
    expect(near.length / councils.length).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the compass: Northumberland is north of Cornwall, Norfolk east of Pembrokeshire', () => {
    expect(cellOf.get('northumberland')!.y).toBeLessThan(cellOf.get('cornwall')!.y);
    expect(cellOf.get('norfolk')!.x).toBeGreaterThan(cellOf.get('pembrokeshire')!.x);
    // London's boroughs stay together, east of Wales and south of Yorkshire.
    expect(cellOf.get('camden')!.x).toBeGreaterThan(cellOf.get('cardiff')!.x);
    expect(cellOf.get('camden')!.y).toBeGreaterThan(cellOf.get('leeds')!.y);
  });

  it('fits every hexagon inside the drawing', () => {
    for (const cell of layout.cells) {
      expect(cell.x - 1).toBeGreaterThanOrEqual(0);
      expect(cell.y - 1).toBeGreaterThanOrEqual(0);
      expect(cell.x + 1).toBeLessThanOrEqual(layout.width);
      expect(cell.y + 1).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('hexagon grid geometry', () => {
  it.each([[{ col: 2, row: 2 }], [{ col: 2, row: 3 }]])(
    'the six neighbours of %o are one step away and √3 apart',
    (cell) => {
      const centre = cellCentre(cell);
      for (const n of neighbours(cell)) {
        expect(hexDistance(cell, n)).toBe(1);
        const other = cellCentre(n);
        expect(Math.hypot(other.x - centre.x, other.y - centre.y)).toBeCloseTo(Math.sqrt(3));
      }
    },
  );

  it('counts steps across rows', () => {
    expect(hexDistance({ col: 0, row: 0 }, { col: 3, row: 0 })).toBe(3);
    expect(hexDistance({ col: 0, row: 0 }, { col: 0, row: 4 })).toBe(4);
    expect(hexDistance({ col: 0, row: 0 }, { col: 2, row: 4 })).toBe(4);
  });
});
