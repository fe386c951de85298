import { plural } from '../../plural.ts';
import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { charter as english } from '../en/charter.ts';

export const charter: Translation<typeof english> = {
  title: "Siarter y Plant sy'n Rhedeg i Ffwrdd",
  description:
    "Pedwar cam y gall pob cyngor eu cymryd i gadw plant sy'n rhedeg i ffwrdd yn ddiogel: cyfrif, meddwl, gweithredu ac atal. Wedi'i hysgrifennu gyda phobl ifanc a redodd i ffwrdd.",
  lead: "Pedwar cam y gall pob cyngor sy'n gyfrifol am wasanaethau plant eu cymryd, fel bod plentyn sy'n rhedeg i ffwrdd yn cael ei weld, yn cael ei glywed ac yn cael ei gadw'n ddiogel.",
  launched: (charity: string) =>
    `Lansiwyd y siarter ym mis Gorffennaf 2012 gan ${charity}. Cafodd ei hysgrifennu gyda phobl ifanc oedd wedi rhedeg i ffwrdd eu hunain: fe ddywedon nhw wrthon ni beth fyddai wedi eu helpu, ac mae'r pedwar cam wedi'u seilio ar yr hyn a ddywedon nhw.`,
  jadeIntro:
    "Flwyddyn ar ôl y lansio, dywedodd Jade, un o'r bobl ifanc a helpodd i'w hysgrifennu, hyn (yn Saesneg):",
  jadeTranslated:
    "Ein cyfieithiad ni o eiriau Jade: “Mae'n wych bod cynghorau bellach wedi dechrau ymrwymo i'r siarter, oherwydd gall pobl ifanc nawr fod yn fwy hyderus y byddan nhw'n cael eu trin â mwy o barch a dealltwriaeth. Rydw i eisiau i fwy o bobl lofnodi'r siarter hon a chredu go iawn yn yr hyn mae'n ei ddweud – ac, yn fwy na dim, gweithredu arni!”",
  asksHeading: "Beth mae'n ei ofyn gan gyngor",
  whyHeading: "Pam mae'n bwysig",
  signatoriesHeading: 'Cynghorau sydd wedi llofnodi',
  signatoriesCount: (count: number) =>
    plural('cy', count, {
      zero: "Does yr un cyngor wedi llofnodi'r siarter eto.",
      one: "Mae un cyngor wedi llofnodi'r siarter.",
      two: "Mae # gyngor wedi llofnodi'r siarter, y cynharaf yn gyntaf.",
      few: "Mae # chyngor wedi llofnodi'r siarter, y cynharaf yn gyntaf.",
      many: "Mae # chyngor wedi llofnodi'r siarter, y cynharaf yn gyntaf.",
      other: "Mae # o gynghorau wedi llofnodi'r siarter, y cynharaf yn gyntaf.",
    }),
  timelineBefore: 'Mae',
  timelineLink: 'Hanes yr ymgyrch hyd yma',
  timelineAfter: "yn adrodd y stori o'r lansio ymlaen, gyda ffynonellau.",
  signed: 'llofnodwyd',
  signatoriesUnavailable:
    'Does dim modd dangos y rhestr o gynghorau sydd wedi llofnodi ar hyn o bryd. Rhowch gynnig arall arni cyn bo hir.',
  publicHeading: 'Beth allwch chi ei wneud',
  publicText:
    "Mae cynghorau'n gwrando ar y bobl sy'n byw yn eu hardal. Dywedwch wrth eich ffrindiau am y siarter, a darllenwch beth mae pobl ifanc yn ei ddweud am pam mae'n bwysig.",
  readStories: 'Darllen straeon pobl ifanc',
  readReport: 'Darllen ein hadroddiad',
  shareTitle:
    "Siarter y Plant sy'n Rhedeg i Ffwrdd: pedwar cam i gadw plant sy'n rhedeg i ffwrdd yn ddiogel",
  shareHeading: 'Rhannu hyn',
  councilHeading: "Ydych chi'n gweithio i gyngor?",
  councilText:
    "Os ydych chi'n arwain neu'n gweithio ym maes gwasanaethau plant a bod eich cyngor heb lofnodi eto, gallwch lofnodi yma, neu ddweud wrthon ni pryd mae eich cyngor yn bwriadu gwneud hynny. Mae ein canllaw cynllunio yn troi'r pedwar cam yn rhestr wirio y gallwch weithio drwyddi gyda'ch partneriaid.",
  signLink: "Llofnodi'r siarter ar ran eich cyngor",
  guideLink: 'Darllen y canllaw cynllunio',
  factSource: 'ffynhonnell',
  factSourceFor: (figure: string) => `Ffynhonnell ar gyfer ${figure}`,
};

export const charterTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const charterProblems: Problems = {};
