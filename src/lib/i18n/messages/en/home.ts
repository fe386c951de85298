import { agreeing } from '../../../format.ts';
import type { PluralForms } from '../../plural.ts';

/** The home pages' interface strings. */
export const home = {
  description:
    "Children who run away from home or care need to be found, heard and kept safe. We are asking every council in England and Wales to sign the Runaways' Charter.",
  heading: 'Every child who runs away deserves to be found, heard and kept safe',
  /** The lead, around its three figures: runaways each year, harmed, not reported missing. */
  lead: {
    start: 'About',
    afterRunaways: 'children in the UK run away from home or care each year, and',
    afterHarmed: 'of them are harmed or abused while they are missing. Most,',
    end: ', are never reported missing to the police.',
  },
  /** The figures as the Welsh lead words them; the English lead shows each fact's own figure. */
  figures: { runaways: '', harmed: '', notReported: '' },
  join: 'Join the campaign',
  youngPerson: {
    heading: 'Have you run away, or are you thinking about it?',
    text: 'You are not in trouble. Call or text the Runaway Helpline free on',
    anyTime: ', any time.',
    /** Meic, on the Welsh home page (the English page sends readers in Wales to get help). */
    meic: '',
    meicEnd: '',
    moreHelp: 'More ways to get help',
  },
  councils: {
    heading: 'Councils that have signed',
    signedBefore: '',
    signed: (signed: number, total: number) => `${signed} of ${total}`,
    signedAfter: 'councils in England and Wales have signed the charter.',
    pledged: (count: number) =>
      `${count} more ${agreeing(count, 'has', 'have')} said they intend to sign.`,
    toPersuade: (count: number) => `That leaves ${count} still to persuade.`,
    unavailable:
      'The number of councils that have signed cannot be shown just now. Please try again shortly.',
    map: 'See the map of councils, and find yours',
    lobby: 'Councillors listen to the people who elect them.',
    lobbyLink: 'Write to your councillor',
    lobbyEnd: 'and ask your council to sign.',
  },
  supporters: {
    heading: 'People who have joined',
    unavailable: 'The number of supporters cannot be shown just now. Please try again shortly.',
    progress: 'See how the campaign has grown',
    progressEnd: ': supporters, councils and letters over time.',
  },
  /** The goal bar, kept current in the browser by Welsh and English plural rules: `#` is the number. */
  goal: {
    /** The count's sentence, around the number: only the words after it vary with the count. */
    figureBefore: '',
    figure: {
      one: 'person has joined the campaign.',
      other: 'people have joined the campaign.',
    } as PluralForms,
    partsStart: 'That is',
    counted:
      'counted by the campaign team from sign-ups elsewhere (on paper, or on lists from before this site;',
    howWeCount: 'how we count',
    joined: '), and',
    joinedEnd: 'who joined here.',
    next: 'Next goal:',
    supporters: { one: '# supporter,', other: '# supporters,' } as PluralForms,
    toGo: 'to go',
    of: 'of',
    passed: {
      one: 'The campaign has passed # supporter.',
      other: 'The campaign has passed # supporters.',
    } as PluralForms,
  },
  charter: {
    heading: 'Four steps to keep runaways safe',
    intro:
      "The Runaways' Charter was written with young people who once ran away. It asks each council to take four steps:",
    read: 'Read the charter',
  },
  stories: {
    heading: "Young people's stories",
    all: 'Read all the stories',
  },
  pledge: 'Add your name',
  news: 'Latest news',
};
