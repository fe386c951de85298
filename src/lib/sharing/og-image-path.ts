/** Kinds of page that have their own link-preview image. */
export type OgImageKind = 'stories' | 'news' | 'councils';

/** The word above the title on each kind's image. */
export const OG_KICKERS: Readonly<Record<OgImageKind, string>> = {
  stories: 'Story',
  news: 'News',
  councils: 'Council',
};

/** The image of pages without one of their own. */
export const SITE_OG_TEXT = {
  kicker: 'Campaign',
  title: 'Every child who runs away deserves to be kept safe',
} as const;

/**
 * Where a page's link-preview image is served: `/og/stories/maya.png`, or `/og/site.png` for
 * pages without one of their own. Stories' and news posts' images are drawn at build time
 * (src/pages/og/[...slug].png.ts); councils' when first asked for, as their status can change
 * at any time (src/pages/og/councils/).
 */
export function ogImagePath(kind: OgImageKind | 'site', id?: string): string {
  return kind === 'site' ? '/og/site.png' : `/og/${kind}/${id}.png`;
}
