import { createHash } from 'node:crypto';
import { renderOgImage, type OgImageText } from '../sharing/og-image.ts';
import { OG_KICKERS, ogImagePath } from '../sharing/og-image-path.ts';
import type { CouncilSummary } from './queries.ts';

type CouncilOnImage = Pick<CouncilSummary, 'slug' | 'shortName' | 'status'>;

/** What a council's link preview says: where it stands, in a sentence, never more than is known. */
export function councilOgText({ shortName, status }: CouncilOnImage): OgImageText {
  const title = {
    signed: `${shortName} has signed the Runaways' Charter`,
    // A pledge is a promise to sign, not a signature.
    pledged: `${shortName} has pledged to sign the Runaways' Charter`,
    not_signed: `Has ${shortName} signed? Not yet`,
  }[status];
  return { kicker: OG_KICKERS.councils, title };
}

/**
 * The address of a council's image as its page names it. The status rides in the query because
 * social networks keep an image by its address for weeks: the day a council signs, new shares
 * must not show "Not yet". The image itself always shows the status on record now.
 */
export function councilOgImagePath({ slug, status }: CouncilOnImage): string {
  return `${ogImagePath('councils', slug)}?status=${status}`;
}

export interface CouncilOgImage {
  png: Uint8Array<ArrayBuffer>;
  /** A digest of the picture, so a changed drawing never answers 304 for an old one. */
  etag: string;
}

/**
 * One image per council, kept while its status and name stay the same: a council page shared
 * widely costs one drawing (tens of milliseconds), and at most 175 small PNGs stay in memory.
 * Requests that arrive while it is being drawn wait for the same drawing.
 */
const drawn = new Map<string, { version: string; image: Promise<CouncilOgImage> }>();

export function councilOgImage(council: CouncilOnImage): Promise<CouncilOgImage> {
  const version = `${council.status}|${council.shortName}`;
  const kept = drawn.get(council.slug);
  if (kept?.version === version) return kept.image;
  const image = renderOgImage(councilOgText(council)).then((png) => ({
    png: new Uint8Array(png),
    etag: `"og-${createHash('sha256').update(png).digest('base64url').slice(0, 22)}"`,
  }));
  drawn.set(council.slug, { version, image });
  // A failed drawing is not kept, so the next request tries again.
  image.catch(() => {
    if (drawn.get(council.slug)?.image === image) drawn.delete(council.slug);
  });
  return image;
}
