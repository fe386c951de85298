/** Themes a story can be filed under; /stories filters by them, one page per theme. */
export const STORY_THEMES = ['home', 'care', 'exploitation', 'school', 'getting-help'] as const;

export type StoryTheme = (typeof STORY_THEMES)[number];

export const STORY_THEME_LABELS: Record<StoryTheme, string> = {
  home: 'Trouble at home',
  care: 'Growing up in care',
  exploitation: 'Exploitation',
  school: 'School',
  'getting-help': 'Getting help',
};

/** The address of a theme's list of stories. */
export const storyThemePath = (theme: StoryTheme): string => `/stories/themes/${theme}`;
