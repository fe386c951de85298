import { plural } from '../../plural.ts';
import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { home as english } from '../en/home.ts';

export const home: Translation<typeof english> = {
  description:
    "Mae angen i blant sy'n rhedeg i ffwrdd o'u cartref neu o ofal gael eu darganfod, eu clywed a'u cadw'n ddiogel. Rydyn ni'n gofyn i bob cyngor yng Nghymru a Lloegr lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.",
  heading:
    "Mae pob plentyn sy'n rhedeg i ffwrdd yn haeddu cael ei ddarganfod, ei glywed a'i gadw'n ddiogel",
  lead: {
    start: 'Mae tua',
    afterRunaways: "o blant yn y DU yn rhedeg i ffwrdd o'u cartref neu o ofal bob blwyddyn, ac mae",
    afterHarmed:
      "ohonyn nhw'n cael eu niweidio neu eu cam-drin tra maen nhw ar goll. Dydy'r rhan fwyaf,",
    end: ", byth yn cael eu riportio i'r heddlu fel plant sydd ar goll.",
  },
  figures: {
    runaways: '100,000',
    harmed: 'chwarter (tua 25,000)',
    notReported: 'tua dwy ran o dair',
  },
  join: "Ymuno â'r ymgyrch",
  youngPerson: {
    heading: "Ydych chi wedi rhedeg i ffwrdd, neu'n meddwl am wneud?",
    text: 'Dydych chi ddim mewn trwbl. Ffoniwch neu tecstiwch y Llinell Gymorth Rhedeg i Ffwrdd am ddim ar',
    anyTime: ', unrhyw adeg.',
    meic: 'Neu ffoniwch Meic am ddim ar',
    meicEnd: ', o 8am tan hanner nos bob dydd, yn Gymraeg neu’n Saesneg.',
    moreHelp: 'Rhagor o ffyrdd o gael help',
  },
  councils: {
    heading: 'Cynghorau sydd wedi llofnodi',
    signedBefore: 'Mae',
    signed: (signed: number, total: number) => `${signed} o’r ${total}`,
    signedAfter: "cyngor yng Nghymru a Lloegr wedi llofnodi'r siarter.",
    pledged: (count: number) =>
      plural('cy', count, {
        one: 'Mae # cyngor arall wedi dweud ei fod yn bwriadu llofnodi.',
        two: 'Mae # gyngor arall wedi dweud eu bod yn bwriadu llofnodi.',
        few: 'Mae # chyngor arall wedi dweud eu bod yn bwriadu llofnodi.',
        many: 'Mae # chyngor arall wedi dweud eu bod yn bwriadu llofnodi.',
        other: 'Mae # cyngor arall wedi dweud eu bod yn bwriadu llofnodi.',
      }),
    toPersuade: (count: number) =>
      plural('cy', count, {
        zero: "Does dim un cyngor ar ôl i'w berswadio.",
        one: 'Felly mae angen perswadio # cyngor arall.',
        two: 'Felly mae angen perswadio # gyngor arall.',
        few: 'Felly mae angen perswadio # chyngor arall.',
        many: 'Felly mae angen perswadio # chyngor arall.',
        other: 'Felly mae angen perswadio # cyngor arall.',
      }),
    unavailable:
      'Does dim modd dangos faint o gynghorau sydd wedi llofnodi ar hyn o bryd. Rhowch gynnig arall arni cyn bo hir.',
    map: "Gweld map y cynghorau, a dod o hyd i'ch cyngor chi",
    lobby: "Mae cynghorwyr yn gwrando ar y bobl sy'n eu hethol.",
    lobbyLink: 'Ysgrifennwch at eich cynghorydd',
    lobbyEnd: "a gofynnwch i'ch cyngor lofnodi.",
  },
  supporters: {
    heading: 'Pobl sydd wedi ymuno',
    unavailable:
      'Does dim modd dangos nifer y cefnogwyr ar hyn o bryd. Rhowch gynnig arall arni cyn bo hir.',
    progress: "Gweld sut mae'r ymgyrch wedi tyfu (yn Saesneg)",
    progressEnd: ': cefnogwyr, cynghorau a llythyrau dros amser.',
  },
  goal: {
    figureBefore: 'Mae',
    figure: {
      zero: "o bobl wedi ymuno â'r ymgyrch.",
      one: "person wedi ymuno â'r ymgyrch.",
      two: "berson wedi ymuno â'r ymgyrch.",
      few: "pherson wedi ymuno â'r ymgyrch.",
      many: "pherson wedi ymuno â'r ymgyrch.",
      other: "o bobl wedi ymuno â'r ymgyrch.",
    },
    partsStart: "O'r rhain, cyfrifwyd",
    counted:
      "gan dîm yr ymgyrch o gofrestriadau mewn mannau eraill (ar bapur, neu ar restrau o'r cyfnod cyn y wefan hon;",
    howWeCount: "sut rydyn ni'n cyfrif (yn Saesneg)",
    joined: '), ac ymunodd',
    joinedEnd: 'yma.',
    next: 'Y nod nesaf:',
    supporters: {
      zero: '# cefnogwyr,',
      one: '# cefnogwr,',
      two: '# gefnogwr,',
      few: '# chefnogwr,',
      many: '# chefnogwr,',
      other: '# o gefnogwyr,',
    },
    toGo: 'i fynd',
    of: 'o',
    passed: {
      zero: "Mae'r ymgyrch wedi pasio # cefnogwyr.",
      one: "Mae'r ymgyrch wedi pasio # cefnogwr.",
      two: "Mae'r ymgyrch wedi pasio # gefnogwr.",
      few: "Mae'r ymgyrch wedi pasio # chefnogwr.",
      many: "Mae'r ymgyrch wedi pasio # chefnogwr.",
      other: "Mae'r ymgyrch wedi pasio # o gefnogwyr.",
    },
  },
  charter: {
    heading: "Pedwar cam i gadw plant sy'n rhedeg i ffwrdd yn ddiogel",
    intro:
      "Cafodd Siarter y Plant sy'n Rhedeg i Ffwrdd ei hysgrifennu gyda phobl ifanc a oedd wedi rhedeg i ffwrdd. Mae'n gofyn i bob cyngor gymryd pedwar cam: cyfrif pob plentyn sy'n rhedeg i ffwrdd, meddwl pam mae'n digwydd, gweithredu pan fydd plentyn yn dod yn ôl, ac atal plant rhag rhedeg i ffwrdd eto.",
    read: 'Darllen y siarter',
  },
  stories: {
    heading: 'Straeon pobl ifanc',
    all: 'Darllen y straeon i gyd',
  },
  pledge: 'Ychwanegu eich enw',
  news: 'Y newyddion diweddaraf (yn Saesneg)',
};

export const homeTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const homeProblems: Problems = {};
