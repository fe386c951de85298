import { plural } from '../../plural.ts';
import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { site as english } from '../en/site.ts';

export const site: Translation<typeof english> = {
  skipLink: "Neidio i'r prif gynnwys",
  mainNavigation: 'Prif ddewislen',
  footerNavigation: 'Am y wefan hon',
  languageLink: 'Darllen y dudalen hon yn Saesneg',
  nav: {
    stories: 'Straeon',
    charter: 'Y siarter',
    councils: 'Cynghorau',
    news: 'Newyddion',
    getHelp: 'Cael help',
    join: 'Ymuno',
  },
  footer: {
    about: 'Am yr ymgyrch',
    progress: 'Cynnydd yr ymgyrch',
    sources: 'O ble daw ein ffigurau',
    resources: 'Adroddiadau a chanllawiau',
    data: 'Data agored',
    rss: 'Ffrwd newyddion (RSS)',
    privacy: 'Preifatrwydd',
    accessibility: 'Hygyrchedd',
    donate: 'Rhoi arian',
    inEnglish: '(yn Saesneg)',
    campaignBy: (siteName: string, charity: string) =>
      `Mae ${siteName} yn ymgyrch gan ${charity}, sy'n gofyn i bob cyngor yng Nghymru a Lloegr lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.`,
    contact: 'Cysylltwch â thîm yr ymgyrch:',
    dataCredit:
      "Enwau, codau a lleoliadau'r cynghorau: mySociety, UK local authority names and codes, CC BY 4.0.",
  },
  quickExit: {
    label: 'Allanfa gyflym',
    leave: 'Gadael yn gyflym',
    hint: 'neu pwyswch Shift 3 gwaith',
    coverTracks: "Cuddio'ch olion",
  },
  helplines: {
    heading: 'Angen help nawr?',
    runaway: {
      name: 'Llinell Gymorth Rhedeg i Ffwrdd',
      detail:
        "Am ddim a chyfrinachol. Ffoniwch neu anfonwch neges destun, unrhyw adeg o'r dydd neu'r nos.",
    },
    childline: {
      name: 'Childline',
      detail: 'Am ddim, ac ni fydd yn ymddangos ar fil ffôn.',
    },
    meic: {
      name: 'Meic',
      detail:
        "Am ddim. Ffoniwch, neu tecstiwch 84001, o 8am tan hanner nos bob dydd. Yn Gymraeg neu'n Saesneg.",
    },
    danger: {
      name: 'Mewn perygl nawr',
      detail: 'Ffoniwch yr heddlu neu ambiwlans ar unwaith.',
    },
  },
  problemTitle: (title: string) => `Mae problem: ${title}`,
  supporters: (count: number) =>
    plural('cy', count, {
      zero: '# cefnogwyr',
      one: '# cefnogwr',
      two: '# gefnogwr',
      few: '# chefnogwr',
      many: '# chefnogwr',
      other: '# o gefnogwyr',
    }),
};

export const siteTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const siteProblems: Problems = {};
