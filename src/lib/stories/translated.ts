import type { Locale } from '../i18n/locales.ts';

/** Where a story is read: `/stories/rhys-shed`, and in Welsh `/cy/straeon/rhys-shed`. */
export function storyPath(id: string, locale: Locale): string {
  return locale === 'cy' ? `/cy/straeon/${id}` : `/stories/${id}`;
}

/** The words of a story, the part a translation replaces. */
export interface StoryWords {
  title: string;
  summary: string;
  contentNote: string;
  image?: { alt: string } | undefined;
}

/** A Welsh entry's words (src/content/cy/stories). */
export interface TranslatedWords {
  title: string;
  summary: string;
  contentNote: string;
  imageAlt?: string | undefined;
}

/**
 * The English story with the translation's words: its facts (age, region, themes, consent, the
 * image) stay the English entry's, so the two languages never tell a different story. An image
 * with no translated alt text would be described in the wrong language, so that is refused.
 */
export function withTranslatedWords<T extends StoryWords>(english: T, words: TranslatedWords): T {
  if (english.image && !words.imageAlt) {
    throw new Error(`The translation of "${english.title}" needs the image's alt text (imageAlt)`);
  }
  return {
    ...english,
    title: words.title,
    summary: words.summary,
    contentNote: words.contentNote,
    ...(english.image && { image: { ...english.image, alt: words.imageAlt! } }),
  };
}

/**
 * Up to `count` other stories, those sharing most themes with `story` first (then by id), so a
 * reader who recognises themselves finds more like it.
 */
export function relatedStories<S extends { id: string; data: { themes: readonly string[] } }>(
  story: S,
  all: readonly S[],
  count = 2,
): S[] {
  return all
    .filter((other) => other.id !== story.id)
    .map((other) => ({
      other,
      shared: other.data.themes.filter((theme) => story.data.themes.includes(theme)).length,
    }))
    .sort((a, b) => b.shared - a.shared || a.other.id.localeCompare(b.other.id))
    .slice(0, count)
    .map(({ other }) => other);
}
