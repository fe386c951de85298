import type { Translation } from '../../catalogue-types.ts';
import type { signingEmails as english } from '../en/signing-emails.ts';

/** The emails a council's signatory (and its supporters) get, in Welsh. */
export const signingEmails: Translation<typeof english> = {
  verify: {
    subject: (council: string) =>
      `Cadarnhewch, os gwelwch yn dda: ${council} a Siarter y Plant sy'n Rhedeg i Ffwrdd`,
    sign: (council: string) => `lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd ar ran ${council}`,
    pledge: (council: string) =>
      `gofnodi bod ${council} yn bwriadu llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd`,
    asked: (what: string) =>
      `Mae rhywun, chi mae'n debyg, wedi gofyn am ${what} gyda'r cyfeiriad hwn.`,
    confirm: (days: number) =>
      `Cadarnhewch mai eich cyfeiriad chi yw hwn drwy agor y ddolen a phwyso Cadarnhau. Mae'r ddolen yn gweithio am ${days} diwrnod.`,
    button: 'Cadarnhau fy nghyfeiriad',
    after:
      "Ar ôl i chi gadarnhau, bydd rhywun o'r ymgyrch yn gwirio'r cais cyn i ddim byd gael ei gyhoeddi. Os na wnaethoch chi ofyn, anwybyddwch yr e-bost hwn a fydd dim byd yn digwydd.",
  },
  approved: {
    signedSubject: (council: string) =>
      `Mae ${council} wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd`,
    pledgedSubject: (council: string) =>
      `Mae ${council} wedi'i gofnodi fel un sy'n bwriadu llofnodi`,
    signedOpening: (council: string) =>
      `Diolch. Mae llofnod ${council} bellach ar Siarter y Plant sy'n Rhedeg i Ffwrdd, ac mae ei dudalen yn ei ddangos.`,
    pledgedOpening: (council: string) =>
      `Diolch. Mae tudalen ${council} bellach yn dangos ei fod yn bwriadu llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.`,
    certificate: "Eich tystysgrif, yn barod i'w hargraffu",
    badgeBefore: ', a bathodyn ar gyfer eich gwefan ar',
    councilPage: 'dudalen eich cyngor',
    seeIt: 'Gallwch ei weld ar',
    assess: (days: number) =>
      `Mae'r canllaw cynllunio yn troi'r pedwar cam yn rhestr wirio. Rhowch sgôr i'ch cynnydd ar bob cam gweithredu gyda'ch dolen breifat (mae'n gweithio am ${days} diwrnod; gallwch ofyn am un newydd o dudalen eich cyngor unrhyw bryd):`,
    button: "Dechrau'r hunanasesiad",
  },
  rejected: {
    subject: (council: string) =>
      `Eich cais ar ran ${council} a Siarter y Plant sy'n Rhedeg i Ffwrdd`,
    opening: (council: string) =>
      `Diolch am eich cais ynghylch ${council} a Siarter y Plant sy'n Rhedeg i Ffwrdd. Dydyn ni ddim wedi gallu ei gymeradwyo, am y rheswm hwn:`,
    after: (url: string) =>
      `Os gallwch chi gywiro hyn, mae croeso i chi ofyn eto o ${url}, neu ateb yr e-bost hwn.`,
  },
  councilSigned: {
    subject: (council: string) =>
      `Mae ${council} wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd`,
    news: (council: string) =>
      `Newyddion da: mae ${council} wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd. Mae wedi ymrwymo i gyfrif pob plentyn sy'n rhedeg i ffwrdd, i feddwl pam, i weithredu pan ddôn nhw'n ôl, ac i atal hynny rhag digwydd eto.`,
    helped:
      "Fe wnaeth eich cefnogaeth chi helpu. Mae cynghorau'n llofnodi pan fyddan nhw'n clywed gan y bobl maen nhw'n eu gwasanaethu.",
    button: (council: string) => `Gweld tudalen ${council}`,
  },
  assessmentLink: {
    subject: (council: string) => `Eich dolen hunanasesu ar gyfer ${council}`,
    body: (days: number) =>
      `Dyma ddolen breifat i hunanasesiad eich cyngor yn erbyn y canllaw cynllunio. Mae'n gweithio am ${days} diwrnod. Gall unrhyw un sydd â'r ddolen newid yr asesiad, felly peidiwch â'i hanfon ymlaen y tu allan i'ch tîm.`,
    button: 'Agor yr hunanasesiad',
    ignore: "Os na wnaethoch chi ofyn amdani, gallwch anwybyddu'r e-bost hwn.",
  },
};
