import { escapeHtml } from '../html.ts';
import { knownDateHtml } from '../format.ts';
import { progressText, shownShare, type AssessedShare } from './map-layers.ts';
import type { CouncilSummary } from './queries.ts';
import { STATUS_LABELS, type CouncilStatus } from './status.ts';

/*
 * The council table repeats the same markup 175 times. Built as strings here, they render
 * several times faster than as 175 Astro components each (measured with `npm run bench`); every
 * value is escaped.
 */

// A shape as well as a colour, so status never depends on seeing colour.
const SYMBOLS: Record<CouncilStatus, string> = { signed: '✔', pledged: '◐', not_signed: '○' };

/** A status with its symbol; styled by `.status` in global.css. */
export function statusHtml(status: CouncilStatus): string {
  return `<span class="status status--${status}"><span class="status__symbol" aria-hidden="true">${SYMBOLS[status]}</span>${STATUS_LABELS[status]}</span>`;
}

/**
 * The councils table's body rows. The self-assessment column uses the map's words, so the table
 * beside the map always says the same.
 */
export function councilRowsHtml(
  rows: readonly CouncilSummary[],
  shares: ReadonlyMap<number, AssessedShare>,
): string {
  return rows
    .map((c) => {
      const signed =
        c.status === 'signed' && c.statusSince
          ? knownDateHtml(c.statusSince, c.statusPrecision ?? 'day')
          : '<span class="visually-hidden">Not signed</span>';
      return (
        `<tr><th scope="row"><a href="/councils/${c.slug}">${escapeHtml(c.shortName)}</a></th>` +
        `<td>${escapeHtml(c.region)}</td><td>${escapeHtml(c.type)}</td>` +
        `<td>${statusHtml(c.status)}</td><td>${signed}</td>` +
        `<td>${escapeHtml(progressText(shownShare(c, shares)))}</td></tr>`
      );
    })
    .join('');
}
