import type { Signing } from '../councils/history.ts';
import { formatKnownDate } from '../format.ts';
import { escapeHtml } from '../html.ts';
import type { Locale } from '../i18n/locales.ts';

export const BADGE_WIDTH = 240;
export const BADGE_HEIGHT = 80;
/** A Welsh council's badge says it in Welsh and then in English, so it stands taller. */
export const BILINGUAL_BADGE_HEIGHT = 150;

/** The badge's height: bilingual for a council with a Welsh name. */
export const badgeHeight = (welshName?: string | null): number =>
  welshName ? BILINGUAL_BADGE_HEIGHT : BADGE_HEIGHT;

type SignedWhen = Pick<Signing, 'occurredOn' | 'precision'>;

/**
 * When, as briefly as a badge allows and no more precisely than it is known: the year, or "by
 * September 2013" ("erbyn Medi 2013") for a signing known only to have happened by then.
 */
const badgeWhen = ({ occurredOn, precision }: SignedWhen, locale: Locale = 'en') =>
  precision === 'by' ? formatKnownDate(occurredOn, 'by', locale) : occurredOn.slice(0, 4);

function englishText(councilName: string, signed: SignedWhen): string {
  const when = badgeWhen(signed);
  return `${councilName} signed the Runaways' Charter ${when.startsWith('by') ? when : `in ${when}`}`;
}

function welshText(welshName: string, signed: SignedWhen): string {
  const when = badgeWhen(signed, 'cy');
  return `${welshName} wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd ${when.startsWith('erbyn') ? when : `yn ${when}`}`;
}

/**
 * The words on the badge, also used as its alternative text in the embed snippet. A council in
 * Wales says it in Welsh first, then in English, as Welsh public bodies do.
 */
export function badgeText(councilName: string, signed: SignedWhen, welshName?: string | null) {
  const english = englishText(councilName, signed);
  return welshName ? `${welshText(welshName, signed)}. ${english}` : english;
}

// Long names are squeezed to fit rather than cut off.
const fit = (name: string) =>
  name.length > 26 ? ` textLength="${BADGE_WIDTH - 28}" lengthAdjust="spacingAndGlyphs"` : '';

/** The three lines in one language: the name, what it did, and when. */
function lines(y: number, name: string, did: string[], when: string, lang: string): string {
  const rows = [
    `<text x="14" y="${y}" font-size="15" font-weight="700"${fit(name)}>${escapeHtml(name)}</text>`,
    ...did.map((line, i) => `<text x="14" y="${y + 19 + 15 * i}" font-size="13">${line}</text>`),
    `<text x="14" y="${y + 19 + 15 * did.length + 4}" font-size="12">${escapeHtml(when)} · Make Runaways Safe</text>`,
  ];
  return `<g lang="${lang}">\n${rows.join('\n')}\n</g>`;
}

/**
 * The badge a signed council shows on its own website: plain SVG, no script, no external font or
 * image (it is drawn on other sites' pages), with its words readable by screen readers. A council
 * in Wales (`welshName`) gets it in Welsh above English.
 */
export function badgeSvg(councilName: string, signed: SignedWhen, welshName?: string | null) {
  const height = badgeHeight(welshName);
  const english = welshName
    ? lines(101, councilName, ["signed the Runaways' Charter"], badgeWhen(signed), 'en-GB')
    : `<text x="14" y="26" font-size="15" font-weight="700"${fit(councilName)}>${escapeHtml(councilName)}</text>
<text x="14" y="47" font-size="13">signed the Runaways' Charter</text>
<text x="14" y="66" font-size="12">${escapeHtml(badgeWhen(signed))} · Make Runaways Safe</text>`;
  const welsh = welshName
    ? `${lines(24, welshName, ['wedi llofnodi Siarter y Plant', "sy'n Rhedeg i Ffwrdd"], badgeWhen(signed, 'cy'), 'cy')}\n`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${height}" viewBox="0 0 ${BADGE_WIDTH} ${height}" role="img" aria-labelledby="title"${welshName ? ' lang="cy"' : ''}>
<title id="title">${escapeHtml(badgeText(councilName, signed, welshName))}</title>
<rect width="${BADGE_WIDTH}" height="${height}" rx="8" fill="#5a1f6e"/>
<g fill="#ffffff" font-family="Arial, Helvetica, sans-serif">
${welsh}${english}
</g>
</svg>
`;
}
