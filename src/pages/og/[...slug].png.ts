import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderOgImage, type OgImageText } from '../../lib/sharing/og-image.ts';
import { OG_KICKERS, SITE_OG_TEXT } from '../../lib/sharing/og-image-path.ts';

/** Link-preview images, drawn once at build: one per story and news post, and one for the site. */
export const getStaticPaths = (async () => {
  const stories = await getCollection('stories');
  const news = await getCollection('news');
  return [
    { params: { slug: 'site' }, props: SITE_OG_TEXT },
    ...stories.map((story) => ({
      params: { slug: `stories/${story.id}` },
      props: { kicker: OG_KICKERS.stories, title: story.data.title },
    })),
    ...news.map((post) => ({
      params: { slug: `news/${post.id}` },
      props: { kicker: OG_KICKERS.news, title: post.data.title },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgImageText> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props)), {
    headers: { 'Content-Type': 'image/png' },
  });
