import { escapeHtml } from '../html.ts';
import { knownDateHtml } from '../format.ts';
import { hexagonPoints, type HexLayout } from './hex-layout.ts';
import type { CouncilSummary } from './queries.ts';
import { STATUS_LABELS, type CouncilStatus } from './status.ts';

/*
 * The council map and table repeat the same markup 175 times. Built as strings here, they render
 * several times faster than as 175 Astro components each (measured with `npm run bench`); every
 * value is escaped.
 */

// A shape as well as a colour, so status never depends on seeing colour.
const SYMBOLS: Record<CouncilStatus, string> = { signed: '✔', pledged: '◐', not_signed: '○' };

/** A status with its symbol; styled by `.status` in global.css. */
export function statusHtml(status: CouncilStatus): string {
  return `<span class="status status--${status}"><span class="status__symbol" aria-hidden="true">${SYMBOLS[status]}</span>${STATUS_LABELS[status]}</span>`;
}

// The layout is kept between requests (map.ts), so its hexagons' outlines are worked out once.
const outlines = new WeakMap<HexLayout, Map<string, string>>();
function outlineOf(layout: HexLayout, cell: HexLayout['cells'][number]): string {
  let known = outlines.get(layout);
  if (!known) outlines.set(layout, (known = new Map()));
  let points = known.get(cell.id);
  if (!points) known.set(cell.id, (points = hexagonPoints(cell.x, cell.y, 0.97)));
  return points;
}

/**
 * One link per council on the hexagon map. `panel` is the height of the strip above the map in
 * which the name of the hexagon under the pointer or focus appears.
 */
export function mapHexagonsHtml(
  layout: HexLayout,
  councils: ReadonlyMap<string, CouncilSummary>,
  panel: number,
): string {
  const width = layout.width.toFixed(2);
  return layout.cells
    .map((cell) => {
      const council = councils.get(cell.id)!;
      const label = escapeHtml(`${council.shortName}: ${STATUS_LABELS[council.status]}`);
      const tick =
        council.status === 'signed'
          ? `<path class="hex__tick" d="M${(cell.x - 0.42).toFixed(2)} ${cell.y.toFixed(2)} l0.3 0.32 l0.55 -0.62"/>`
          : '';
      return (
        `<a href="/councils/${council.slug}" aria-label="${label}" class="hex hex--${council.status}">` +
        `<title>${label}</title><polygon points="${outlineOf(layout, cell)}"/>${tick}` +
        `<g class="hex__label"><rect x="0" y="${-panel}" width="${width}" height="${panel - 0.4}"/>` +
        `<text x="0.4" y="${-panel + 1.75}">${label}</text></g></a>`
      );
    })
    .join('');
}

/** The councils table's body rows. */
export function councilRowsHtml(rows: readonly CouncilSummary[]): string {
  return rows
    .map((c) => {
      const signed =
        c.status === 'signed' && c.statusSince
          ? knownDateHtml(c.statusSince, c.statusPrecision ?? 'day')
          : '<span class="visually-hidden">Not signed</span>';
      return (
        `<tr><th scope="row"><a href="/councils/${c.slug}">${escapeHtml(c.shortName)}</a></th>` +
        `<td>${escapeHtml(c.region)}</td><td>${escapeHtml(c.type)}</td>` +
        `<td>${statusHtml(c.status)}</td><td>${signed}</td></tr>`
      );
    })
    .join('');
}
