import { plural } from '../../plural.ts';
import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { stories as english } from '../en/stories.ts';

export const stories: Translation<typeof english> = {
  index: {
    title: 'Straeon',
    themeTitle: (theme: string) => `Straeon: ${theme}`,
    description:
      "Pobl ifanc a redodd i ffwrdd o'u cartref neu o ofal yn dweud beth ddigwyddodd, beth helpodd a beth maen nhw eisiau i gynghorau ei newid.",
    lead: "Mae'r straeon hyn yn dod gan bobl ifanc a redodd i ffwrdd. Mae pob un yn dod â phrofiadau sawl person at ei gilydd, gydag enwau wedi'u newid a lleoedd wedi'u gadael allan, fel na all neb gael ei adnabod.",
    upsetting:
      "Mae rhai ohonyn nhw'n sôn am bethau a allai beri gofid. Mae pob stori'n dechrau gyda nodyn am beth sydd ynddi. Os yw darllen yn codi pethau i chi, mae'r llinellau cymorth ar waelod pob tudalen am ddim ac ar agor ddydd a nos.",
    byTheme: 'Straeon yn ôl thema',
    all: 'Pob stori',
    count: (count: number) =>
      plural('cy', count, {
        zero: 'Dim straeon',
        one: '# stori',
        two: '# stori',
        few: '# stori',
        many: '# stori',
        other: '# o straeon',
      }),
    aboutTheme: (theme: string) => ` am ${theme}.`,
    moreInEnglish: "Dyma'r straeon sydd yn Gymraeg hyd yn hyn. Mae rhagor o straeon yn Saesneg:",
    moreInEnglishLink: 'pob stori (yn Saesneg)',
  },
  story: {
    composite: 'Stori gyfansawdd.',
    compositeText:
      "Mae'n dod â phrofiadau sawl person ifanc at ei gilydd, wedi'u hadrodd fel un. Mae enwau a manylion wedi'u newid fel na all neb gael ei adnabod.",
    livedIn: (firstName: string, age: number, where: string) =>
      `Roedd ${firstName} yn ${age} oed ac yn byw ${where}.`,
    beforeYouRead: 'Cyn i chi ddarllen',
    talk: 'Os oes angen i chi siarad â rhywun, gallwch chi ffonio neu decstio’r Llinell Gymorth Rhedeg i Ffwrdd ar',
    talkEnd: ', am ddim, unrhyw adeg.',
    moreHelp: 'Rhagor o ffyrdd o gael help',
    themes: 'Themâu:',
    afterStory: "Os yw'r stori hon wedi codi pethau i chi",
    readMore: 'Darllen rhagor (yn Saesneg)',
    standWith: (firstName: string) => `Safwch gyda phobl ifanc fel ${firstName}`,
    share: "Rhannu'r stori hon",
    moreStories: 'Rhagor o straeon',
    allStories: 'Pob stori',
  },
  regionsIn: {
    'North East': 'yng Ngogledd-ddwyrain Lloegr',
    'North West': 'yng Ngogledd-orllewin Lloegr',
    'Yorkshire and The Humber': "yn Swydd Efrog a'r Humber",
    'East Midlands': 'yn Nwyrain Canolbarth Lloegr',
    'West Midlands': 'yng Ngorllewin Canolbarth Lloegr',
    'East of England': 'yn Nwyrain Lloegr',
    London: 'yn Llundain',
    'South East': 'yn Ne-ddwyrain Lloegr',
    'South West': 'yn Ne-orllewin Lloegr',
    Wales: 'yng Nghymru',
  },
};

export const storiesTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const storiesProblems: Problems = {};
