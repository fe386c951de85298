import { getCollection, type CollectionEntry } from 'astro:content';
import { withTranslatedWords } from '../../lib/stories/translated.ts';

/** A story in Welsh: its English entry with the Welsh words, and the Welsh entry to render. */
export interface WelshStory {
  story: CollectionEntry<'stories'>;
  text: CollectionEntry<'storiesCy'>;
}

/** Every story that has a Welsh version, by its Welsh title. */
export async function welshStories(): Promise<WelshStory[]> {
  const english = new Map((await getCollection('stories')).map((story) => [story.id, story]));
  return (await getCollection('storiesCy'))
    .map((text) => {
      const original = english.get(text.data.translationOf.id)!;
      return {
        story: { ...original, data: withTranslatedWords(original.data, text.data) },
        text,
      };
    })
    .sort((a, b) => a.story.data.title.localeCompare(b.story.data.title, 'cy'));
}
