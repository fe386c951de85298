import { escapeHtml } from '../html.ts';
import { knownDateHtml } from '../format.ts';
import type { Locale } from '../i18n/locales.ts';
import { councilLinkHtml, councilWords } from './names.ts';
import { progressText, shownShare, type AssessedShare } from './map-layers.ts';
import type { CouncilSummary } from './queries.ts';
import { statusLabel, type CouncilStatus } from './status.ts';

/*
 * The council table repeats the same markup 175 times. Built as strings here, they render
 * several times faster than as 175 Astro components each (measured with `npm run bench`); every
 * value is escaped.
 */

// A shape as well as a colour, so status never depends on seeing colour.
const SYMBOLS: Record<CouncilStatus, string> = { signed: '✔', pledged: '◐', not_signed: '○' };

/** A status with its symbol; styled by `.status` in global.css. */
export function statusHtml(status: CouncilStatus, locale: Locale = 'en'): string {
  return `<span class="status status--${status}"><span class="status__symbol" aria-hidden="true">${SYMBOLS[status]}</span>${statusLabel(status, locale)}</span>`;
}

/**
 * The councils table's body rows. The self-assessment column uses the map's words, so the table
 * beside the map always says the same.
 */
export function councilRowsHtml(
  rows: readonly CouncilSummary[],
  shares: ReadonlyMap<number, AssessedShare>,
  locale: Locale = 'en',
): string {
  const words = councilWords(locale);
  return rows
    .map((c) => {
      const signed =
        c.status === 'signed' && c.statusSince
          ? knownDateHtml(c.statusSince, c.statusPrecision ?? 'day', false, locale)
          : `<span class="visually-hidden">${words.statuses.not_signed}</span>`;
      return (
        `<tr><th scope="row">${councilLinkHtml(c, locale)}</th>` +
        `<td>${escapeHtml(words.regions[c.region])}</td><td>${escapeHtml(words.types[c.type])}</td>` +
        `<td>${statusHtml(c.status, locale)}</td><td>${signed}</td>` +
        `<td>${escapeHtml(progressText(shownShare(c, shares), locale))}</td></tr>`
      );
    })
    .join('');
}
