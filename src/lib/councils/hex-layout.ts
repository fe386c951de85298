/**
 * A hexagon cartogram: every council gets one hexagon of the same size, placed as close as it can
 * be to where the council really is. Dense places (London's 33 boroughs sit in a few kilometres)
 * spread outwards, so every council is big enough to see, tap and focus.
 *
 * The layout is computed from the centroids alone, deterministically: the same councils always
 * give the same map, and a new or changed council moves only what it must.
 *
 * Hexagons are "pointy-top" in odd-row offset coordinates: odd rows sit half a cell to the right.
 * Lengths are in cell units: neighbouring cell centres are √3 apart.
 */

export interface Place {
  id: string;
  latitude: number;
  longitude: number;
}

export interface Cell {
  col: number;
  row: number;
}

export interface PlacedCell extends Cell {
  id: string;
  /** Centre of the hexagon, in cell units with a circumradius of 1. */
  x: number;
  y: number;
  /** How far the hexagon sits from the council's true position, in hexagon widths. */
  displacement: number;
}

export interface HexLayout {
  cells: PlacedCell[];
  /** Size of the whole layout, in the same units as x and y, with a half-cell margin. */
  width: number;
  height: number;
}

const SQRT3 = Math.sqrt(3);

/** Centre of a cell in cell units (circumradius 1). */
export function cellCentre({ col, row }: Cell): { x: number; y: number } {
  return { x: SQRT3 * (col + (row & 1 ? 0.5 : 0)), y: 1.5 * row };
}

/** The cell whose hexagon contains a point. */
export function cellAt(x: number, y: number): Cell {
  // Axial coordinates of the point, then cube rounding.
  const q = (SQRT3 / 3) * x - y / 3;
  const r = (2 / 3) * y;
  let rx = Math.round(q);
  let rz = Math.round(r);
  const ry = Math.round(-q - r);
  const dx = Math.abs(rx - q);
  const dy = Math.abs(ry - (-q - r));
  const dz = Math.abs(rz - r);
  if (dx > dy && dx > dz) rx = -ry - rz;
  else if (dy <= dz) rz = -rx - ry;
  return { col: rx + (rz - (rz & 1)) / 2, row: rz };
}

/** Steps between two cells, moving only to neighbours. */
export function hexDistance(a: Cell, b: Cell): number {
  const toCube = ({ col, row }: Cell) => {
    const q = col - (row - (row & 1)) / 2;
    return { q, r: row, s: -q - row };
  };
  const ca = toCube(a);
  const cb = toCube(b);
  return Math.max(Math.abs(ca.q - cb.q), Math.abs(ca.r - cb.r), Math.abs(ca.s - cb.s));
}

/** The six cells around a cell. */
export function neighbours({ col, row }: Cell): Cell[] {
  const shift = row & 1 ? 0 : -1;
  return [
    { col: col - 1, row },
    { col: col + 1, row },
    { col: col + shift, row: row - 1 },
    { col: col + shift + 1, row: row - 1 },
    { col: col + shift, row: row + 1 },
    { col: col + shift + 1, row: row + 1 },
  ];
}

const key = ({ col, row }: Cell) => `${col},${row}`;

export interface LayoutOptions {
  /** How many hexagons wide the widest part of the map is, roughly. */
  columns: number;
  /** Rounds of local improvement after the first placement. */
  passes?: number;
}

type Point = { x: number; y: number };

/**
 * Where each place would sit on a grid `columns` cells wide if hexagons could overlap: longitude
 * scaled by the cosine of the mean latitude, so a degree east is as long as a degree north there.
 */
function idealPositions(places: readonly Place[], columns: number): Map<string, Point> {
  const meanLatitude = places.reduce((sum, p) => sum + p.latitude, 0) / places.length;
  const xScale = Math.cos((meanLatitude * Math.PI) / 180);
  const projected = places.map((p) => ({ id: p.id, x: p.longitude * xScale, y: -p.latitude }));
  const minX = Math.min(...projected.map((p) => p.x));
  const maxX = Math.max(...projected.map((p) => p.x));
  const minY = Math.min(...projected.map((p) => p.y));
  const scale = (columns * SQRT3) / (maxX - minX || 1);
  return new Map(
    projected.map((p) => [p.id, { x: (p.x - minX) * scale, y: (p.y - minY) * scale }]),
  );
}

/** Places by how many others sit within two cells of them, the most crowded first. */
function mostCrowdedFirst(ideal: Map<string, Point>): string[] {
  const points = [...ideal];
  const crowding = (a: Point) =>
    points.filter(([, b]) => Math.hypot(a.x - b.x, a.y - b.y) < 2 * SQRT3).length;
  return points
    .map(([id, point]) => ({ id, crowd: crowding(point) }))
    .sort((a, b) => b.crowd - a.crowd || a.id.localeCompare(b.id))
    .map(({ id }) => id);
}

/** Which cell each place has, and which place each taken cell (by key) holds. */
interface Placement {
  cellOf: Map<string, Cell>;
  taken: Map<string, string>;
}

/** A place's cost in a cell: the squared distance from where it really is. */
type Cost = (id: string, cell: Cell) => number;

/** The free cell nearest a place's true position; ties go to the lower key, for determinism. */
function nearestFreeCell(id: string, target: Point, { taken }: Placement, cost: Cost): Cell {
  const home = cellAt(target.x, target.y);
  // Search outwards ring by ring; stop once a whole ring is further than the best free cell.
  let best: Cell | undefined;
  let bestCost = Infinity;
  const seen = new Set([key(home)]);
  let ring = [home];
  for (let radius = 0; ring.length > 0; radius += 1) {
    for (const cell of ring) {
      if (taken.has(key(cell))) continue;
      const c = cost(id, cell);
      if (c < bestCost || (c === bestCost && best && key(cell) < key(best))) {
        best = cell;
        bestCost = c;
      }
    }
    // Cells in the next ring are at least (radius + 0.5) * √3 from the target.
    if (best && ((radius + 0.5) * SQRT3 - 1) ** 2 > bestCost) break;
    const next: Cell[] = [];
    for (const cell of ring) {
      for (const n of neighbours(cell)) {
        if (!seen.has(key(n))) {
          seen.add(key(n));
          next.push(n);
        }
      }
    }
    ring = next;
  }
  return best!;
}

/**
 * Swaps a place with a neighbouring one, or steps it into a free neighbouring cell, if that
 * lowers the total squared displacement; says whether it did.
 */
function improvePlace(id: string, { cellOf, taken }: Placement, cost: Cost): boolean {
  const here = cellOf.get(id)!;
  for (const n of neighbours(here)) {
    const other = taken.get(key(n));
    const before = cost(id, here) + (other ? cost(other, n) : 0);
    const after = cost(id, n) + (other ? cost(other, here) : 0);
    if (after < before - 1e-9) {
      taken.set(key(n), id);
      cellOf.set(id, n);
      if (other) {
        taken.set(key(here), other);
        cellOf.set(other, here);
      } else {
        taken.delete(key(here));
      }
      return true;
    }
  }
  return false;
}

/** The placed cells, the grid moved to start at 0, by an even number of rows so odd rows stay odd. */
function placedCells(
  ids: readonly string[],
  { cellOf }: Placement,
  ideal: Map<string, Point>,
): HexLayout {
  const minCol = Math.min(...[...cellOf.values()].map((c) => c.col));
  const minRow = Math.min(...[...cellOf.values()].map((c) => c.row));
  const rowShift = minRow - (minRow & 1);
  const cells = ids.map((id) => {
    const cell = { col: cellOf.get(id)!.col - minCol, row: cellOf.get(id)!.row - rowShift };
    const centre = cellCentre(cell);
    const original = cellCentre(cellOf.get(id)!);
    const target = ideal.get(id)!;
    return {
      id,
      ...cell,
      x: centre.x + 1,
      y: centre.y + 1,
      displacement: Math.hypot(original.x - target.x, original.y - target.y) / SQRT3,
    };
  });
  return {
    cells,
    width: Math.max(...cells.map((c) => c.x)) + SQRT3 / 2 + 1,
    height: Math.max(...cells.map((c) => c.y)) + 2,
  };
}

/**
 * Lays places out on the hexagon grid. Each place first gets the free cell nearest its true
 * position, the most crowded places first (so they stay nearest home and the spreading happens at
 * the edges of a crowd); then passes of swaps and moves between neighbouring cells shorten the
 * total displacement until nothing improves.
 */
export function layoutHexagons(
  places: readonly Place[],
  { columns, passes = 20 }: LayoutOptions,
): HexLayout {
  if (places.length === 0) return { cells: [], width: 0, height: 0 };
  const ideal = idealPositions(places, columns);
  const cost: Cost = (id, cell) => {
    const target = ideal.get(id)!;
    const centre = cellCentre(cell);
    return (centre.x - target.x) ** 2 + (centre.y - target.y) ** 2;
  };
  const placement: Placement = { cellOf: new Map(), taken: new Map() };
  for (const id of mostCrowdedFirst(ideal)) {
    const cell = nearestFreeCell(id, ideal.get(id)!, placement, cost);
    placement.cellOf.set(id, cell);
    placement.taken.set(key(cell), id);
  }
  // Ids in order keep the improvement deterministic.
  const ids = [...placement.cellOf.keys()].sort();
  for (let pass = 0; pass < passes; pass += 1) {
    let improved = false;
    for (const id of ids) improved = improvePlace(id, placement, cost) || improved;
    if (!improved) break;
  }
  return placedCells(
    places.map((p) => p.id),
    placement,
    ideal,
  );
}

/** The six corners of a hexagon centred at (x, y) with circumradius r, as SVG points. */
export function hexagonPoints(x: number, y: number, r = 1): string {
  return Array.from({ length: 6 }, (_, i) => {
    const angle = (Math.PI / 3) * i + Math.PI / 6;
    return `${(x + r * Math.cos(angle)).toFixed(3)},${(y + r * Math.sin(angle)).toFixed(3)}`;
  }).join(' ');
}
