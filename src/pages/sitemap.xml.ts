import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getDb } from '../lib/db.ts';
import { listCouncils } from '../lib/councils/queries.ts';
import { localeOfPath } from '../lib/i18n/locales.ts';
import { counterpartOf } from '../lib/i18n/pages.ts';
import {
  PRIVATE_PATHS,
  renderSitemap,
  withWelsh,
  type SitemapEntry,
} from '../lib/sharing/sitemap.ts';
import { STORY_THEMES, storyThemePath } from '../lib/stories/themes.ts';
import { storyPath } from '../lib/stories/translated.ts';

// Every English page without a parameter in its path, found from the files themselves so a new
// page is never left out; error pages and private pages are not pages to land on from a search.
// Welsh pages come with their English pages, from the pairs table: a Welsh page is listed when
// the table has it, and a private English page's Welsh one is private too.
const pageFiles = Object.keys(import.meta.glob('./**/*.astro'));
const fixedPages = pageFiles
  .filter((file) => !file.includes('[') && !/\/(404|500)\.astro$/.test(file))
  .map((file) => file.replace(/^\./, '').replace(/(\/index)?\.astro$/, '') || '/')
  .filter((path) => localeOfPath(path) === 'en')
  .filter((path) => !PRIVATE_PATHS.some((prefix) => path.startsWith(prefix)));

// Council pages come from the database, so the sitemap is made on request.
export const prerender = false;

export const GET: APIRoute = async ({ site }) => {
  const [stories, welshStories, news, resources] = await Promise.all([
    getCollection('stories'),
    getCollection('storiesCy'),
    getCollection('news'),
    getCollection('resources'),
  ]);
  const inWelsh = new Set(welshStories.map((text) => text.data.translationOf.id));
  const entries: SitemapEntry[] = [
    ...fixedPages.flatMap((path) => withWelsh({ path }, counterpartOf(path))),
    ...STORY_THEMES.map((theme) => ({ path: storyThemePath(theme) })),
    ...stories.flatMap((story) =>
      withWelsh(
        { path: storyPath(story.id, 'en') },
        inWelsh.has(story.id) ? storyPath(story.id, 'cy') : undefined,
      ),
    ),
    ...news.map((post) => ({ path: `/news/${post.id}`, lastModified: post.data.date })),
    ...resources.map((r) => ({ path: `/resources/${r.id}`, lastModified: r.data.published })),
    ...listCouncils(getDb()).flatMap((c) =>
      withWelsh(
        { path: `/councils/${c.slug}`, lastModified: new Date(c.updatedAt) },
        c.welshSlug ? `/cy/cynghorau/${c.welshSlug}` : undefined,
      ),
    ),
  ];
  return new Response(renderSitemap(site!, entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
