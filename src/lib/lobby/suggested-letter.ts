import type { CouncilSummary } from '../councils/queries.ts';
import { regionInSentence } from '../councils/regions.ts';
import { FACTS } from '../facts/facts.ts';
import { agreeing, whenKnown } from '../format.ts';
import type { Locale } from '../i18n/locales.ts';
import { plural } from '../i18n/plural.ts';

export interface SuggestedLetter {
  /** `ask` a council to sign, or `thank` one that has. */
  kind: 'ask' | 'thank';
  subject: string;
  /** The opening paragraphs; the writer may change or delete any of it. */
  opening: string;
}

const FOUR_STEPS =
  'count every child who runs away, think about why they ran, act when they come back by ' +
  'offering an independent return interview, and work with the police, schools and health ' +
  'services to prevent it happening again';

/** The national picture, in the figures the site's pages show (src/content/facts/facts.json). */
const NATIONAL =
  `About ${FACTS['runaways-each-year'].figure} children run away from home or care in the UK ` +
  `every year, and ${FACTS['harmed-while-missing'].figure} of them are harmed or abused while ` +
  'they are missing.';

/**
 * A starting letter built from the council's own facts: where it stands, how its region is
 * doing, and the charter's four steps. Kept short on purpose, so that the writer's own paragraph
 * is most of what the councillor reads.
 */
export function suggestLetter(
  council: CouncilSummary,
  all: readonly CouncilSummary[],
  locale: Locale = 'en',
): SuggestedLetter {
  if (locale === 'cy') return suggestWelshLetter(council, all);
  const region = all.filter((other) => other.region === council.region);
  const signedInRegion = region.filter((other) => other.status === 'signed').length;
  const signed = all.filter((other) => other.status === 'signed').length;
  const where = regionInSentence(council.region);

  if (council.status === 'signed') {
    return {
      kind: 'thank',
      subject: `Thank you for signing the Runaways' Charter`,
      opening:
        `I live in ${council.shortName} and I want to thank the council for signing the ` +
        `Runaways' Charter${council.statusSince ? ` ${whenKnown(council.statusSince, council.statusPrecision ?? 'day')}` : ''}. ${NATIONAL}\n\n` +
        `By signing, the council promised to ${FOUR_STEPS}. I would like to hear how that is ` +
        `going: how many children who came back were offered a return interview this year, and ` +
        `what has changed for them.`,
    };
  }

  const regionLine =
    signedInRegion === 0
      ? `None of the ${region.length} councils in ${where} has signed yet; ${council.shortName} could be the first.`
      : `${signedInRegion} of the ${region.length} councils in ${where} ${agreeing(signedInRegion, 'has', 'have')} signed, and ${signed} across England and Wales.`;
  return {
    kind: 'ask',
    subject:
      council.status === 'pledged'
        ? `Please complete ${council.shortName}'s signature of the Runaways' Charter`
        : `Please sign the Runaways' Charter for children in ${council.shortName}`,
    opening:
      (council.status === 'pledged'
        ? `I live in ${council.shortName}. The council has said it will sign the Runaways' ` +
          `Charter, and I am writing to ask you to make sure it does, soon. `
        : `I live in ${council.shortName} and I am writing to ask the council to sign the ` +
          `Runaways' Charter. `) +
      `${NATIONAL}\n\nThe charter asks councils to ${FOUR_STEPS}. ${regionLine}`,
  };
}

/**
 * The national figures in Welsh, translated from the English of the facts they come from: the
 * unit test fails when a fact's English figure changes and its Welsh here has not.
 */
export const WELSH_FIGURES = {
  'runaways-each-year': { en: '100,000', cy: '100,000' },
  'harmed-while-missing': { en: 'a quarter (about 25,000)', cy: 'chwarter (tua 25,000)' },
} as const;

const WELSH_NATIONAL =
  `Mae tua ${WELSH_FIGURES['runaways-each-year'].cy} o blant yn rhedeg i ffwrdd o'u cartref neu ` +
  `o ofal yn y DU bob blwyddyn, ac mae ${WELSH_FIGURES['harmed-while-missing'].cy} ohonyn nhw'n ` +
  'cael eu niweidio neu eu cam-drin tra maen nhw ar goll.';

// Soft-mutated after "gofyn i gynghorau" and "addawodd y cyngor": gyfrif, not cyfrif.
const WELSH_FOUR_STEPS =
  "gyfrif pob plentyn sy'n rhedeg i ffwrdd, meddwl pam y rhedodd, gweithredu pan fydd yn dod " +
  "yn ôl drwy gynnig cyfweliad dychwelyd annibynnol, a gweithio gyda'r heddlu, ysgolion a " +
  "gwasanaethau iechyd i'w atal rhag digwydd eto";

/**
 * The same letter in Welsh, for a Welsh council, written afresh rather than word for word. The
 * council is "ardal Cyngor Caerdydd", which needs no mutation after "yn".
 */
function suggestWelshLetter(council: CouncilSummary, all: readonly CouncilSummary[]) {
  const name = council.welshShortName ?? council.shortName;
  const area = `ardal ${council.welshName ?? council.officialName}`;
  if (council.status === 'signed') {
    const when = council.statusSince
      ? ` ${whenKnown(council.statusSince, council.statusPrecision ?? 'day', 'cy')}`
      : '';
    return {
      kind: 'thank' as const,
      subject: "Diolch am lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd",
      opening:
        `Rwy'n byw yn ${area} ac rwyf am ddiolch i'r cyngor am lofnodi Siarter y Plant sy'n ` +
        `Rhedeg i Ffwrdd${when}. ${WELSH_NATIONAL}\n\nDrwy lofnodi, addawodd y cyngor ` +
        `${WELSH_FOUR_STEPS}. Hoffwn glywed sut mae hynny'n mynd: faint o'r plant a ddaeth yn ôl ` +
        'gafodd gynnig cyfweliad dychwelyd eleni, a beth sydd wedi newid iddyn nhw.',
    };
  }
  const region = all.filter((other) => other.region === council.region);
  const signedInRegion = region.filter((other) => other.status === 'signed').length;
  const signed = all.filter((other) => other.status === 'signed').length;
  // Only Welsh councils have a Welsh letter page, so the region is Wales.
  const councils = (count: number) =>
    plural('cy', count, {
      two: '# gyngor',
      few: '# chyngor',
      many: '# chyngor',
      other: '# cyngor',
    });
  const regionLine =
    signedInRegion === 0
      ? `Does dim un o'r ${councils(region.length)} yng Nghymru wedi llofnodi eto; gallai ${name} fod y cyntaf.`
      : `Mae ${signedInRegion} o'r ${councils(region.length)} yng Nghymru wedi llofnodi, a ${signed} ar draws Cymru a Lloegr.`;
  return {
    kind: 'ask' as const,
    subject:
      council.status === 'pledged'
        ? `${name}: cwblhewch eich llofnod ar Siarter y Plant sy'n Rhedeg i Ffwrdd`
        : `${name}: llofnodwch Siarter y Plant sy'n Rhedeg i Ffwrdd, os gwelwch yn dda`,
    opening:
      (council.status === 'pledged'
        ? `Rwy'n byw yn ${area}. Mae'r cyngor wedi dweud y bydd yn llofnodi Siarter y Plant sy'n ` +
          "Rhedeg i Ffwrdd, ac rwy'n ysgrifennu i ofyn i chi wneud yn siŵr ei fod yn gwneud " +
          'hynny, a hynny cyn bo hir. '
        : `Rwy'n byw yn ${area} ac rwy'n ysgrifennu i ofyn i'r cyngor lofnodi Siarter y Plant ` +
          "sy'n Rhedeg i Ffwrdd. ") +
      `${WELSH_NATIONAL}\n\nMae'r siarter yn gofyn i gynghorau ${WELSH_FOUR_STEPS}. ${regionLine}`,
  };
}
