import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_NAME } from '../../config.ts';
import { sortNewestFirst } from '../../lib/news/sort.ts';

export const GET: APIRoute = async ({ site }) => {
  const posts = sortNewestFirst(await getCollection('news'));
  return rss({
    title: `${SITE_NAME}: news`,
    description: "News from the campaign for every council to sign the Runaways' Charter.",
    site: site!,
    items: posts.map((post) => ({
      title: post.data.title,
      link: `/news/${post.id}`,
      pubDate: post.data.date,
      description: post.data.summary,
      categories: post.data.tags,
    })),
    customData: '<language>en-gb</language>',
    trailingSlash: false,
  });
};
