import type { CollectionEntry } from 'astro:content';

/** News posts newest first; the same order on /news and in the RSS feed. */
export function sortNewestFirst(posts: CollectionEntry<'news'>[]): CollectionEntry<'news'>[] {
  return [...posts].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}
