import { countOf } from '../../../format.ts';

/** The stories pages' interface strings. */
export const stories = {
  index: {
    title: 'Stories',
    themeTitle: (theme: string) => `Stories: ${theme}`,
    description:
      'Young people who ran away from home or care tell what happened, what helped and what they want councils to change.',
    lead: 'These stories come from young people who ran away. Each one brings together the experiences of several people, with names changed and places left out, so that nobody can be identified.',
    upsetting:
      'Some of them describe things that may be upsetting. Each story starts with a note on what it contains. If reading brings things up for you, the helplines at the bottom of every page are free and open all day and night.',
    byTheme: 'Stories by theme',
    all: 'All stories',
    count: (count: number) => countOf(count, 'story', 'stories'),
    aboutTheme: (theme: string) => ` about ${theme.toLowerCase()}.`,
    /** On the Welsh list only, before the link to the stories not yet in Welsh. */
    moreInEnglish: '',
    moreInEnglishLink: '',
  },
  story: {
    composite: 'A composite story.',
    compositeText:
      'It brings together the experiences of several young people, told as one. Names and details are changed so that nobody can be recognised.',
    livedIn: (firstName: string, age: number, where: string) =>
      `${firstName} was ${age} and lived ${where}.`,
    beforeYouRead: 'Before you read',
    talk: 'If you need to talk to someone, you can call or text the Runaway Helpline on',
    talkEnd: ', free, at any time.',
    moreHelp: 'More ways to get help',
    themes: 'Themes:',
    afterStory: 'If this story brought things up for you',
    readMore: 'Read more',
    standWith: (firstName: string) => `Stand with young people like ${firstName}`,
    share: 'Share this',
    moreStories: 'More stories',
    allStories: 'All stories',
  },
  /** A region as a story's card names it. */
  /** A region after "lived": "in the North East". */
  regionsIn: {
    'North East': 'in the North East',
    'North West': 'in the North West',
    'Yorkshire and The Humber': 'in Yorkshire and The Humber',
    'East Midlands': 'in the East Midlands',
    'West Midlands': 'in the West Midlands',
    'East of England': 'in the East of England',
    London: 'in London',
    'South East': 'in the South East',
    'South West': 'in the South West',
    Wales: 'in Wales',
  },
};
