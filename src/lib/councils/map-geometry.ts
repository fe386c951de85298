import { cellAt, type HexLayout, type PlacedCell } from './hex-layout.ts';

/*
 * What turns the hexagon layout into a map people recognise: the outline of each area (a region,
 * a nation) and where its name goes. All of it is worked out on the server from the layout and
 * each council's area, in the layout's units (hexagon circumradius 1).
 */

type Point = { x: number; y: number };

const SQRT3 = Math.sqrt(3);
const at = ({ x, y }: Point) => `${Math.round(x * 100)},${Math.round(y * 100)}`;
const fixed = (n: number) => n.toFixed(2);

/** Corner `i` of the hexagon centred on a cell, the same corners `hexagonPoints` draws. */
function corner(cell: Point, i: number): Point {
  const angle = (Math.PI / 3) * i + Math.PI / 6;
  return { x: cell.x + Math.cos(angle), y: cell.y + Math.sin(angle) };
}

/**
 * The outline of the cells `inside` picks, as an SVG path of closed loops: every hexagon edge not
 * shared with another picked cell. In a hexagon grid three cells meet at each corner, so no two
 * loops touch, and each corner starts at most one outline edge: the edges chain into loops.
 * An area with another inside it gets a loop round the hole too.
 */
export function outlinePath(layout: HexLayout, inside: (id: string) => boolean): string {
  const idAt = new Map(layout.cells.map((cell) => [at(cell), cell.id]));
  // Edge i of a hexagon, from corner i to corner i + 1, faces the neighbour at 60° × (i + 1).
  const neighbour = (cell: Point, i: number): Point => {
    const angle = (Math.PI / 3) * (i + 1);
    return { x: cell.x + SQRT3 * Math.cos(angle), y: cell.y + SQRT3 * Math.sin(angle) };
  };
  const holds = (point: Point) => {
    const id = idAt.get(at(point));
    return id !== undefined && inside(id);
  };
  // An empty cell with the area all round it is a gap the layout left, not a border: it is
  // filled in rather than drawn as a ring that looks like a council of its own.
  const within = (point: Point) =>
    holds(point) ||
    (!idAt.has(at(point)) && [0, 1, 2, 3, 4, 5].every((i) => holds(neighbour(point, i))));
  const edges = new Map<string, { from: Point; to: Point }>();
  for (const cell of layout.cells.filter((c) => inside(c.id))) {
    for (let i = 0; i < 6; i += 1) {
      if (within(neighbour(cell, i))) continue;
      const from = corner(cell, i);
      edges.set(at(from), { from, to: corner(cell, i + 1) });
    }
  }
  const loops: string[] = [];
  for (const [start, first] of edges) {
    if (!edges.has(start)) continue;
    edges.delete(start);
    let path = `M${fixed(first.from.x)} ${fixed(first.from.y)}`;
    let next = edges.get(at(first.to));
    while (next) {
      edges.delete(at(next.from));
      path += `L${fixed(next.from.x)} ${fixed(next.from.y)}`;
      next = edges.get(at(next.to));
    }
    loops.push(`${path}Z`);
  }
  return loops.join('');
}

/** A name placed on the map: its lines, centred on (x, y). */
export interface MapLabel {
  name: string;
  lines: string[];
  x: number;
  y: number;
}

/** Label sizes in layout units; CouncilMap.astro draws them at these sizes. */
export const REGION_LABEL = { fontSize: 0.5, lineHeight: 0.6 };
export const NATION_LABEL = { fontSize: 0.8, lineHeight: 0.9 };
// Average width of a character of the bold system font, as a share of its size (measured on
// "Yorkshire and", "The Humber" and "ENGLAND" in Chromium, rounded up).
const CHARACTER_WIDTH = 0.62;

/** A long name on two lines, broken at the space nearest its middle: "Yorkshire and / The Humber". */
export function labelLines(name: string, longest = 12): string[] {
  if (name.length <= longest || !name.includes(' ')) return [name];
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  const middle = spaces.reduce((best, i) =>
    Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2) ? i : best,
  );
  return [name.slice(0, middle), name.slice(middle + 1)];
}

function labelBox(lines: readonly string[], size: typeof REGION_LABEL) {
  return {
    width: Math.max(...lines.map((line) => line.length)) * size.fontSize * CHARACTER_WIDTH,
    height: lines.length * size.lineHeight,
  };
}

/** Points spread over a box centred on (x, y), its corners and edges among them. */
function samples(x: number, y: number, width: number, height: number, across = 4, down = 2) {
  const points: Point[] = [];
  for (let i = 0; i <= across; i += 1) {
    for (let j = 0; j <= down; j += 1) {
      points.push({
        x: x - width / 2 + (width * i) / across,
        y: y - height / 2 + (height * j) / down,
      });
    }
  }
  return points;
}

/** Which council's hexagon a point falls in, if any. */
function hexagonFinder(layout: HexLayout): (point: Point) => string | undefined {
  const byCell = new Map(layout.cells.map((cell) => [`${cell.col},${cell.row}`, cell.id]));
  return ({ x, y }) => {
    // Cells are drawn one unit in from the layout's origin (hex-layout.ts, placedCells).
    const { col, row } = cellAt(x - 1, y - 1);
    return byCell.get(`${col},${row}`);
  };
}

const mean = (cells: readonly PlacedCell[]): Point => ({
  x: cells.reduce((sum, c) => sum + c.x, 0) / cells.length,
  y: cells.reduce((sum, c) => sum + c.y, 0) / cells.length,
});

/**
 * Where a region's name goes: on the hexagon of the region where the most of the label's box
 * lies over the region itself (over the sea is next best, over another region worst), the one
 * nearest the region's middle among equals. It is drawn over the hexagons, with a halo.
 */
export function regionLabel(
  layout: HexLayout,
  areaOf: (id: string) => string,
  name: string,
  shown = name,
): MapLabel {
  const cells = layout.cells.filter((cell) => areaOf(cell.id) === name);
  const lines = labelLines(shown);
  const { width, height } = labelBox(lines, REGION_LABEL);
  const hexagonAt = hexagonFinder(layout);
  const middle = mean(cells);
  const score = (cell: PlacedCell) =>
    samples(cell.x, cell.y, width, height).reduce((sum, point) => {
      const id = hexagonAt(point);
      return sum + (id === undefined ? 0.6 : areaOf(id) === name ? 1 : 0);
    }, 0);
  const distance = (cell: PlacedCell) => Math.hypot(cell.x - middle.x, cell.y - middle.y);
  const best = cells
    .map((cell) => ({ cell, score: score(cell), distance: distance(cell) }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance)[0]!.cell;
  return { name, lines, x: best.x, y: best.y };
}

/**
 * Where a nation's name goes: in open space (over no hexagon) beside the nation, so it reads as
 * the name of the whole; the spot nearest the nation's middle whose nearest hexagon is the
 * nation's own. Falls back to the middle when the drawing has no such space.
 */
export function nationLabel(
  layout: HexLayout,
  nationOf: (id: string) => string,
  name: string,
  shown = name,
): MapLabel {
  const lines = [shown.toLocaleUpperCase()];
  const { width, height } = labelBox(lines, NATION_LABEL);
  const middle = mean(layout.cells.filter((cell) => nationOf(cell.id) === name));
  const hexagonAt = hexagonFinder(layout);
  const margin = 0.3;
  let best: { x: number; y: number; distance: number } | undefined;
  for (let y = height / 2 + margin; y <= layout.height - height / 2 - margin; y += 0.25) {
    for (let x = width / 2 + margin; x <= layout.width - width / 2 - margin; x += 0.25) {
      const distance = Math.hypot(x - middle.x, y - middle.y);
      if (best && distance >= best.distance) continue;
      const box = samples(x, y, width + 2 * margin, height + 2 * margin, 8, 2);
      if (box.some((point) => hexagonAt(point) !== undefined)) continue;
      const nearest = layout.cells.reduce((a, b) =>
        Math.hypot(a.x - x, a.y - y) <= Math.hypot(b.x - x, b.y - y) ? a : b,
      );
      if (nationOf(nearest.id) === name) best = { x, y, distance };
    }
  }
  return { name, lines, x: best?.x ?? middle.x, y: best?.y ?? middle.y };
}
