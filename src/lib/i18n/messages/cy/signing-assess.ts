import { plural } from '../../plural.ts';
import type { Translation } from '../../catalogue-types.ts';
import type { signingAssess as english } from '../en/signing-assess.ts';

/** The self-assessment pages, in Welsh. */
export const signingAssess: Translation<typeof english> = {
  title: 'Hunanasesiad',
  description: 'Rhowch sgôr i gynnydd eich cyngor yn erbyn y canllaw cynllunio.',
  heading: (council: string) => `Hunanasesiad ar gyfer ${council}`,
  nothingChanged: 'Doedd dim byd wedi newid ers i chi gadw ddiwethaf.',
  saved: (count: number) =>
    plural('cy', count, {
      zero: "Wedi cadw 0 ateb. Dewch yn ôl drwy'r un ddolen i barhau.",
      one: "Wedi cadw 1 ateb. Dewch yn ôl drwy'r un ddolen i barhau.",
      two: "Wedi cadw 2 ateb. Dewch yn ôl drwy'r un ddolen i barhau.",
      other: "Wedi cadw # o atebion. Dewch yn ôl drwy'r un ddolen i barhau.",
      few: "Wedi cadw # ateb. Dewch yn ôl drwy'r un ddolen i barhau.",
      many: "Wedi cadw # ateb. Dewch yn ôl drwy'r un ddolen i barhau.",
    }),
  lead: (days: number) =>
    `Rhowch sgôr i bob cam gweithredu yn y canllaw cynllunio. Cadwch pryd bynnag y mynnwch a dewch yn ôl drwy'r un ddolen (mae'n gweithio am ${days} diwrnod o'r adeg y cafodd ei hanfon).`,
  lastChanged: (date: string) => `Newidiwyd ddiwethaf ar ${date}.`,
  nothingSaved: "Does dim wedi'i gadw eto.",
  shown:
    "Mae tudalen eich cyngor yn dangos, ar gyfer pob cam, faint o gamau gweithredu sydd ar waith ac sydd ar y gweill. Mae'r ymgyrch yn darllen y nodiadau, ond dydyn nhw ddim yn cael eu cyhoeddi.",
  steps: { count: 'Cyfrif', think: 'Meddwl', act: 'Gweithredu', prevent: 'Atal' },
  ratings: { not_started: 'Heb ddechrau', in_progress: 'Ar y gweill', in_place: 'Ar waith' },
  evidence: 'Tystiolaeth neu nodiadau (dewisol)',
  save: 'Cadw',
  expired: (days: number) =>
    `Mae dolenni hunanasesu yn gweithio am ${days} diwrnod. Mae'r hyn a gadwoch chi wedi'i gadw.`,
  newLink: 'Cael dolen newydd',
  newAssessmentLink: 'Cael dolen hunanasesu newydd',
  linkTitle: 'Cael dolen hunanasesu',
  linkDescription:
    "I gynghorau sydd wedi llofnodi neu addo: dolen breifat newydd i'ch hunanasesiad.",
  sent: (council: string | undefined, days: number, perDay: number) =>
    `Os caiff y cyfeiriad hwnnw asesu ${council ?? 'y cyngor'}, mae dolen newydd ar ei ffordd ato. Mae'n gweithio am ${days} diwrnod. Rydyn ni'n anfon ${perDay} o'r rhain ar y mwyaf i un cyfeiriad bob dydd.`,
  linkLead:
    "I gynghorau sydd wedi llofnodi'r siarter neu wedi dweud eu bod yn bwriadu gwneud hynny. Rydyn ni'n anfon dolen breifat mewn e-bost i gyfeiriad ar barth y cyngor ei hun, neu i'r person a lofnododd.",
  email: 'Eich cyfeiriad e-bost yn y cyngor',
  emailMe: 'Anfon dolen ataf i',
};
