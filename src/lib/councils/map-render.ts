import { escapeHtml } from '../html.ts';
import { hexagonPoints, type PlacedCell } from './hex-layout.ts';
import { NATION_LABEL, REGION_LABEL, type MapLabel } from './map-geometry.ts';
import {
  hexagonKey,
  percentInPlace,
  progressText,
  shownShare,
  type AssessedShare,
  type MapLayer,
} from './map-layers.ts';
import type { MapDrawing } from './map.ts';
import type { CouncilSummary } from './queries.ts';
import { REGIONS } from './regions.ts';
import { statusLabel } from './status.ts';
import type { Locale } from '../i18n/locales.ts';
import { councilName, councilPath, councilWords, isNamedInEnglish } from './names.ts';

/*
 * The council map's SVG content, built as one string: 175 hexagons as Astro components would
 * render several times slower (measured with `npm run bench`). Every value is escaped.
 */

/**
 * CSS pixels per layout unit on the full map: a hexagon is √3 × 26 ≈ 45 px wide and 52 px tall,
 * over the 44 px a fingertip needs. On a narrow screen the map scrolls sideways in its own box.
 */
export const MAP_SCALE = 26;

export interface MapOptions {
  layer: MapLayer;
  shares: ReadonlyMap<number, AssessedShare>;
  /**
   * The full map: each hexagon a link carrying what its card shows, each region's names. The
   * thumbnail draws plain shapes, as the whole of it is one link.
   */
  linked: boolean;
  /** The language of the page the map is on: names, words and links follow it. */
  locale?: Locale;
}

const f = (n: number) => n.toFixed(2);

/** What a hexagon holds beside its shape: a tick when signed, or its share in place. */
function hexagonMark(cell: PlacedCell, council: CouncilSummary, options: MapOptions): string {
  if (options.layer === 'progress') {
    const share = shownShare(council, options.shares);
    return share
      ? `<text class="hex__value" x="${f(cell.x)}" y="${f(cell.y)}">${percentInPlace(share)}%</text>`
      : '';
  }
  return council.status === 'signed'
    ? `<path class="hex__tick" d="M${f(cell.x - 0.42)} ${f(cell.y)} l0.3 0.32 l0.55 -0.62"/>`
    : '';
}

function hexagonHtml(cell: PlacedCell, council: CouncilSummary, options: MapOptions): string {
  const key = hexagonKey(options.layer, council, options.shares);
  const shape = `<polygon points="${hexagonPoints(cell.x, cell.y)}"/>${options.linked ? hexagonMark(cell, council, options) : ''}`;
  if (!options.linked) return `<g class="hex hex--${key}">${shape}</g>`;
  const locale = options.locale ?? 'en';
  const progress = progressText(shownShare(council, options.shares), locale);
  const name = councilName(council, locale);
  const label = escapeHtml(
    `${name}: ${options.layer === 'progress' ? progress : statusLabel(council.status, locale)}`,
  );
  // An English council's name is English: on a Welsh page the link says so (the name leads its
  // label, so the label is marked as the name's language). SVG's <a> takes no hreflang.
  const lang = isNamedInEnglish(council, locale) ? ' lang="en-GB"' : '';
  return (
    `<a href="${councilPath(council, locale)}"${lang} class="hex hex--${key}" aria-label="${label}" ` +
    `data-name="${escapeHtml(name)}" data-status="${council.status}" ` +
    `data-progress="${escapeHtml(progress)}"><title>${label}</title>${shape}</a>`
  );
}

function labelHtml(label: MapLabel, kind: 'region' | 'nation'): string {
  const { fontSize, lineHeight } = kind === 'region' ? REGION_LABEL : NATION_LABEL;
  const top = label.y - ((label.lines.length - 1) * lineHeight) / 2;
  const lines = label.lines
    .map(
      (line, i) =>
        `<tspan x="${f(label.x)}" dy="${i === 0 ? 0 : lineHeight}">${escapeHtml(line)}</tspan>`,
    )
    .join('');
  return `<text class="map-label map-label--${kind}" x="${f(label.x)}" y="${f(top)}" font-size="${fontSize}">${lines}</text>`;
}

/**
 * The map's content: hexagons grouped by region (a screen reader hears each group's name), then
 * the regions' and nations' outlines, then their names, drawn over the hexagons.
 */
export function mapContentHtml(
  drawing: MapDrawing,
  councils: readonly CouncilSummary[],
  options: MapOptions,
): string {
  const bySlug = new Map(councils.map((c) => [c.slug, c]));
  const cellsIn = (area: string) =>
    drawing.layout.cells
      .filter((cell) => bySlug.get(cell.id)!.region === area)
      .map((cell) => hexagonHtml(cell, bySlug.get(cell.id)!, options))
      .join('');
  const regionNames = councilWords(options.locale ?? 'en').regions;
  const hexagons = REGIONS.filter((region) => councils.some((c) => c.region === region))
    .map((region) =>
      options.linked
        ? `<g role="group" aria-label="${escapeHtml(regionNames[region])}">${cellsIn(region)}</g>`
        : cellsIn(region),
    )
    .join('');
  const outlines = [
    ...drawing.regions.map((r) => `<path class="map-outline" d="${r.outline}"/>`),
    ...drawing.nations.map(
      (n) => `<path class="map-outline map-outline--nation" d="${n.outline}"/>`,
    ),
  ].join('');
  const labels = [
    ...(options.linked ? drawing.regionLabels.map((l) => labelHtml(l, 'region')) : []),
    ...drawing.nationLabels.map((l) => labelHtml(l, 'nation')),
  ].join('');
  return `${hexagons}${outlines}<g class="map-labels" aria-hidden="true">${labels}</g>`;
}
