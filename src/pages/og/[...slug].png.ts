import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderOgImage, type OgImageText } from '../../lib/sharing/og-image.ts';

/** Link-preview images, drawn once at build: one per story and news post, and one for the site. */
export const getStaticPaths = (async () => {
  const stories = await getCollection('stories');
  const news = await getCollection('news');
  return [
    {
      params: { slug: 'site' },
      props: { kicker: 'Campaign', title: 'Every child who runs away deserves to be kept safe' },
    },
    ...stories.map((story) => ({
      params: { slug: `stories/${story.id}` },
      props: { kicker: 'Story', title: story.data.title },
    })),
    ...news.map((post) => ({
      params: { slug: `news/${post.id}` },
      props: { kicker: 'News', title: post.data.title },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgImageText> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props)), {
    headers: { 'Content-Type': 'image/png' },
  });
