import { SITE_NAME } from '../../config.ts';

/** A card partners may show in a frame on their own pages (src/pages/embed/). */
export interface Embed {
  path: string;
  /** The frame's title, which screen readers announce for it. */
  title: string;
  /** The frame's size in CSS pixels: the card fits it without scrolling. */
  width: number;
  height: number;
}

export const COUNT_EMBED: Embed = {
  path: '/embed/count',
  title: `${SITE_NAME}: supporters so far`,
  width: 320,
  height: 240,
};

export function councilEmbed(slug: string, shortName: string): Embed {
  return {
    path: `/embed/councils/${slug}`,
    title: `${shortName} and the Runaways' Charter`,
    width: 320,
    height: 240,
  };
}

// In a double-quoted attribute only these two need escaping; an apostrophe stays readable.
const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The HTML a partner pastes into a page to show `embed`, with the site's public address. */
export function embedSnippet(site: URL, { path, title, width, height }: Embed): string {
  const src = attribute(new URL(path, site).href);
  return `<iframe src="${src}" title="${attribute(title)}" width="${width}" height="${height}" loading="lazy" style="border: 0"></iframe>`;
}
