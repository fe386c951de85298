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
  link: {
    expired: "Mae'r ddolen hon wedi dod i ben",
    unknown: 'Dydyn ni ddim yn adnabod y ddolen hon',
    wholeLink:
      "Gwnewch yn siŵr eich bod wedi defnyddio'r ddolen gyfan o'n e-bost; mae rhai rhaglenni e-bost yn hollti dolenni hir.",
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
};

export const siteTranslation: TranslationRecord = FIRST_DRAFT;

/**
 * The Welsh of the problems every form can show, keyed by the exact English: the name and email
 * boxes (src/lib/form-fields.ts), a form that could not be read (src/lib/http/form-errors.ts, the
 * origin check in src/middleware.ts), the limits on how often (src/lib/http/limits.ts), and the
 * words of the frame every form shares (its problem box, its hidden bot trap, a paused feature).
 */
export const siteProblems: Problems = {
  'There is a problem': 'Mae problem',
  'Leave this empty': 'Gadewch y blwch hwn yn wag',
  'Paused for now': "Wedi'i oedi am y tro",
  'Choose your council': 'Dewiswch eich cyngor',
  'Enter your name': 'Rhowch eich enw',
  'Your name must be 100 characters or fewer': "Rhaid i'ch enw fod yn 100 nod neu lai",
  'Enter your email address': 'Rhowch eich cyfeiriad e-bost',
  'Your email address must be 254 characters or fewer':
    "Rhaid i'ch cyfeiriad e-bost fod yn 254 nod neu lai",
  'Enter an email address in the right format, with an @ and the part after it, and no spaces':
    "Rhowch gyfeiriad e-bost yn y fformat cywir, gydag @ a'r rhan sy'n dod ar ei ôl, a heb fylchau",
  'Enter your first name': 'Rhowch eich enw cyntaf',
  'Enter your last name': 'Rhowch eich cyfenw',
  'Your first name must be 50 characters or fewer': "Rhaid i'ch enw cyntaf fod yn 50 nod neu lai",
  'Your last name must be 50 characters or fewer': "Rhaid i'ch cyfenw fod yn 50 nod neu lai",
  'Your first name can only use letters, spaces, hyphens and apostrophes':
    'Dim ond llythrennau, bylchau, cysylltnodau a chollnodau all fod yn eich enw cyntaf',
  'Your last name can only use letters, spaces, hyphens and apostrophes':
    'Dim ond llythrennau, bylchau, cysylltnodau a chollnodau all fod yn eich cyfenw',
  'What you sent is far longer than this form takes. Please shorten it and try again.':
    "Mae'r hyn a anfonoch yn llawer hirach nag y mae'r ffurflen hon yn ei dderbyn. Byrhewch ef a rhowch gynnig arall arni.",
  'This form can only be sent from its page. Please fill it in there.':
    "Dim ond o'i thudalen ei hun y gellir anfon y ffurflen hon. Llenwch hi yno.",
  'This form can only be sent from a page on this site.':
    'Dim ond o dudalen ar y wefan hon y gellir anfon y ffurflen hon.',
  'We have had a lot of requests from your connection in the last hour. Please try again later.':
    "Rydym wedi cael llawer o geisiadau o'ch cysylltiad chi yn yr awr ddiwethaf. Rhowch gynnig arall arni yn nes ymlaen.",
  'We have had a lot of requests from your connection. Please try again later.':
    "Rydym wedi cael llawer o geisiadau o'ch cysylltiad chi. Rhowch gynnig arall arni yn nes ymlaen.",
  'Please try again later.': 'Rhowch gynnig arall arni yn nes ymlaen.',
  // Looking a postcode up (src/lib/councils/find-council.ts, the limit on lookups): the fixed
  // messages. Those that name the postcode or country are sentences of their pages' own areas.
  'Enter a postcode': 'Rhowch god post',
  'Enter a full UK postcode, like SW1A 1AA': 'Rhowch god post llawn yn y DU, fel CF10 1EP',
  'We cannot look up postcodes just now. You can find your council by name instead.':
    "Ni allwn chwilio am godau post ar hyn o bryd. Gallwch ddod o hyd i'ch cyngor wrth ei enw yn lle hynny.",
  'We cannot look up postcodes just now. Enter the name of your council instead.':
    'Ni allwn chwilio am godau post ar hyn o bryd. Rhowch enw eich cyngor yn lle hynny.',
  'You have looked up a lot of postcodes in the last minute. Please wait a moment and try again.':
    'Rydych wedi chwilio am lawer o godau post yn y funud ddiwethaf. Arhoswch am ennyd a rhowch gynnig arall arni.',
  'You have searched a lot in the last minute. Please wait a moment and try again.':
    'Rydych wedi chwilio llawer yn y funud ddiwethaf. Arhoswch am ennyd a rhowch gynnig arall arni.',
};
