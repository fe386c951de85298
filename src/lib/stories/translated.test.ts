import { describe, expect, it } from 'vitest';
import { relatedStories, storyPath, withTranslatedWords } from './translated.ts';

const english = {
  title: 'I slept in the shed for two nights',
  summary: 'When his parents split up, Rhys felt he had caused it.',
  contentNote: 'This story describes a family break-up.',
  ageAtTheTime: 12,
  region: 'Wales',
};
const welsh = {
  title: 'Cysgais i yn y sied am ddwy noson',
  summary: 'Pan wahanodd ei rieni, roedd Rhys yn teimlo mai arno fe roedd y bai.',
  contentNote: "Mae'r stori hon yn sôn am deulu'n chwalu.",
};

describe('storyPath', () => {
  it.each([
    ['en', '/stories/rhys-shed'],
    ['cy', '/cy/straeon/rhys-shed'],
  ] as const)('in %s a story is at %s', (locale, path) => {
    expect(storyPath('rhys-shed', locale)).toBe(path);
  });
});

describe('withTranslatedWords', () => {
  it('takes the words from the translation and the facts from the English story', () => {
    expect(withTranslatedWords(english, welsh)).toEqual({ ...english, ...welsh });
  });

  it('describes the English image in the translation’s words', () => {
    const image = { src: 'dawn-path.png', alt: 'A path over dark hills.' };
    const story = withTranslatedWords(
      { ...english, image },
      { ...welsh, imageAlt: 'Llwybr dros fryniau tywyll.' },
    );
    expect(story.image).toEqual({ src: 'dawn-path.png', alt: 'Llwybr dros fryniau tywyll.' });
  });

  it('refuses a translation that leaves an image described in English', () => {
    const image = { src: 'dawn-path.png', alt: 'A path over dark hills.' };
    expect(() => withTranslatedWords({ ...english, image }, welsh)).toThrow(/imageAlt/);
  });
});

describe('relatedStories', () => {
  const story = (id: string, ...themes: string[]) => ({ id, data: { themes } });
  const all = [
    story('a', 'home', 'school'),
    story('b', 'care'),
    story('c', 'home', 'school'),
    story('d', 'home'),
  ];

  it('puts the stories that share most themes first, never the story itself', () => {
    expect(relatedStories(all[0]!, all).map((s) => s.id)).toEqual(['c', 'd']);
  });

  it('gives what there is when there are fewer', () => {
    expect(relatedStories(all[1]!, all.slice(0, 2)).map((s) => s.id)).toEqual(['a']);
  });
});
