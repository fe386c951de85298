import type { CouncilSummary } from '../councils/queries.ts';
import { regionInSentence } from '../councils/regions.ts';
import { FACTS } from '../facts/facts.ts';
import { agreeing, whenKnown } from '../format.ts';

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
): SuggestedLetter {
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
