import { labelled } from '../labelled.ts';

/** Themes a story can be filed under; /stories filters by them, one page per theme. */
export const { values: STORY_THEMES, labels: STORY_THEME_LABELS } = labelled({
  home: 'Trouble at home',
  care: 'Growing up in care',
  exploitation: 'Exploitation',
  school: 'School',
  'getting-help': 'Getting help',
});
export type StoryTheme = (typeof STORY_THEMES)[number];

/** The address of a theme's list of stories. */
export const storyThemePath = (theme: StoryTheme): string => `/stories/themes/${theme}`;
