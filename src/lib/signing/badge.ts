import type { Signing } from '../councils/history.ts';
import { formatKnownDate } from '../format.ts';
import { escapeHtml } from '../html.ts';

export const BADGE_WIDTH = 240;
export const BADGE_HEIGHT = 80;

type SignedWhen = Pick<Signing, 'occurredOn' | 'precision'>;

/**
 * When, as briefly as a badge allows and no more precisely than it is known: the year, or "by
 * September 2013" for a signing known only to have happened by then.
 */
const badgeWhen = ({ occurredOn, precision }: SignedWhen) =>
  precision === 'by' ? formatKnownDate(occurredOn, 'by') : occurredOn.slice(0, 4);

/** The words on the badge, also used as its alternative text in the embed snippet. */
export function badgeText(councilName: string, signed: SignedWhen): string {
  const when = badgeWhen(signed);
  return `${councilName} signed the Runaways' Charter ${when.startsWith('by') ? when : `in ${when}`}`;
}

/**
 * The badge a signed council shows on its own website: plain SVG, no script, no external font or
 * image (it is drawn on other sites' pages), with its words readable by screen readers.
 */
export function badgeSvg(councilName: string, signed: SignedWhen): string {
  const name = escapeHtml(councilName);
  // Long names are squeezed to fit rather than cut off.
  const fit =
    councilName.length > 26
      ? ` textLength="${BADGE_WIDTH - 28}" lengthAdjust="spacingAndGlyphs"`
      : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" role="img" aria-labelledby="title">
<title id="title">${escapeHtml(badgeText(councilName, signed))}</title>
<rect width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" rx="8" fill="#5a1f6e"/>
<g fill="#ffffff" font-family="Arial, Helvetica, sans-serif">
<text x="14" y="26" font-size="15" font-weight="700"${fit}>${name}</text>
<text x="14" y="47" font-size="13">signed the Runaways' Charter</text>
<text x="14" y="66" font-size="12">${escapeHtml(badgeWhen(signed))} · Make Runaways Safe</text>
</g>
</svg>
`;
}
