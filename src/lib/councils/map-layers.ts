import { labelled } from '../labelled.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import type { CouncilSummary } from './queries.ts';
import { COUNCIL_STATUSES, type CouncilStatus } from './status.ts';

/**
 * What the council map colours its hexagons by: where each council stands on the charter, or
 * how far its own self-assessment against the planning guide has got. Chosen by a link
 * (`?layer=progress`), so it works without JavaScript.
 */
export const { values: MAP_LAYERS } = labelled(messages('en').councils.map.layers);
export type MapLayer = (typeof MAP_LAYERS)[number];

/** How many of the planning guide's actions a council rates as in place, of how many. */
export interface AssessedShare {
  inPlace: number;
  actions: number;
}

/**
 * The share a council's map hexagon, card and table row show, or undefined for "no
 * self-assessment". A council that has not signed shows none, as its own page does: ratings left
 * from before a withdrawal are not its progress now.
 */
export function shownShare(
  council: Pick<CouncilSummary, 'id' | 'status'>,
  shares: ReadonlyMap<number, AssessedShare>,
): AssessedShare | undefined {
  return council.status === 'not_signed' ? undefined : shares.get(council.id);
}

/** A share as a whole percentage, rounded the usual way. */
export const percentInPlace = ({ inPlace, actions }: AssessedShare): number =>
  actions === 0 ? 0 : Math.round((100 * inPlace) / actions);

/** The progress layer's colour bands, each the lowest share (in %) it starts at. */
export const PROGRESS_BANDS = [
  { band: 0, from: 0 },
  { band: 1, from: 25 },
  { band: 2, from: 50 },
  { band: 3, from: 75 },
] as const;

/** The band a share falls in, by its exact share (so 24.6% is still under a quarter). */
export function progressBand(share: AssessedShare): number {
  const exact = share.actions === 0 ? 0 : (100 * share.inPlace) / share.actions;
  return PROGRESS_BANDS.findLast((band) => exact >= band.from)!.band;
}

/**
 * The words for a council's progress, the same on the map's card, its hexagon's name and the
 * table. The percentage leads, outside the brackets: it is what the hexagon shows, and a link's
 * visible words must be in its name (WCAG 2.5.3; axe skips bracketed words when it checks).
 */
export function progressText(share: AssessedShare | undefined, locale: Locale = 'en'): string {
  const words = messages(locale).councils.map;
  return share
    ? words.progress(percentInPlace(share), share.inPlace, share.actions)
    : words.noAssessment;
}

/** Which class a hexagon is drawn with on a layer: `signed`, `band-2`, `unassessed`. */
export function hexagonKey(
  layer: MapLayer,
  council: Pick<CouncilSummary, 'id' | 'status'>,
  shares: ReadonlyMap<number, AssessedShare>,
): string {
  if (layer === 'status') return council.status;
  const share = shownShare(council, shares);
  return share ? `band-${progressBand(share)}` : 'unassessed';
}

export interface LegendEntry {
  /** The class its swatch is drawn with, as `hexagonKey` gives it. */
  key: string;
  label: string;
  count: number;
}

/** The map's key for a layer, each entry with how many councils it covers. */
export function mapLegend(
  layer: MapLayer,
  councils: readonly Pick<CouncilSummary, 'id' | 'status'>[],
  shares: ReadonlyMap<number, AssessedShare>,
  locale: Locale = 'en',
): LegendEntry[] {
  const words = messages(locale).councils.map;
  const keys = councils.map((council) => hexagonKey(layer, council, shares));
  const count = (key: string) => keys.filter((k) => k === key).length;
  // The words after a count agree with it (in Welsh: 2 gyngor, 3 chyngor, 22 o gynghorau).
  const entry = (key: string, label: (n: number) => string) => ({
    key,
    label: label(count(key)),
    count: count(key),
  });
  return layer === 'status'
    ? [...COUNCIL_STATUSES].reverse().map((s: CouncilStatus) => entry(s, words.statusKey[s]))
    : [
        ...[...PROGRESS_BANDS]
          .reverse()
          .map((b) => entry(`band-${b.band}`, () => words.bands[b.band]!)),
        entry('unassessed', () => words.noAssessment),
      ];
}
