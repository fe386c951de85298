import { countOf } from '../../../format.ts';

/** The charter page's interface strings. */
export const charter = {
  title: "The Runaways' Charter",
  description:
    'Four steps every council can take to keep children who run away safe: count, think, act and prevent. Written with young people who ran away.',
  lead: "Four steps that every council responsible for children's services can take, so that a child who runs away is noticed, listened to and kept safe.",
  launched: (charity: string) =>
    `The charter was launched in July 2012 by ${charity}. It was written with young people who had run away themselves: they told us what would have helped them, and the four steps are built from what they said.`,
  jadeIntro: 'A year after the launch, Jade, one of the young people who helped write it, said:',
  /** A rendering of Jade's words in the page's language, where they were said in another. */
  jadeTranslated: '',
  asksHeading: 'What it asks of a council',
  whyHeading: 'Why it matters',
  signatoriesHeading: 'Councils that have signed',
  signatoriesCount: (count: number) =>
    `${countOf(count, 'council has', 'councils have')} signed the charter, earliest first.`,
  /** Before the link to the timeline, where the sentence starts with a verb. */
  timelineBefore: '',
  timelineLink: 'The campaign so far',
  timelineAfter: 'tells the story from the launch, with sources.',
  /** Before the date a council signed, which follows as "on 6 June 2013", "by September 2013". */
  signed: 'signed',
  signatoriesUnavailable:
    'The list of councils that have signed cannot be shown just now. Please try again shortly.',
  publicHeading: 'What you can do',
  publicText:
    'Councils listen to the people who live in their area. Tell your friends about the charter, and read what young people say about why it matters.',
  readStories: "Read young people's stories",
  readReport: 'Read our report',
  shareTitle: "The Runaways' Charter: four steps to keep children who run away safe",
  shareHeading: 'Share this',
  councilHeading: 'Are you from a council?',
  councilText:
    "If you lead or work in children's services and your council has not yet signed, you can sign here, or tell us when your council intends to. Our planning guide turns the four steps into a checklist you can work through with your partners.",
  signLink: 'Sign the charter for your council',
  guideLink: 'Read the planning guide',
  /** The small link after a figure, to where /sources names its source. */
  factSource: 'source',
  factSourceFor: (figure: string) => `Source for ${figure}`,
};
