/** Kinds of page that have their own link-preview image. */
export type OgImageKind = 'stories' | 'news';

/**
 * Where a page's link-preview image is served: `/og/stories/maya.png`, or `/og/site.png` for
 * pages without one of their own. The images are drawn at build time (src/pages/og/).
 */
export function ogImagePath(kind: OgImageKind | 'site', id?: string): string {
  return kind === 'site' ? '/og/site.png' : `/og/${kind}/${id}.png`;
}
