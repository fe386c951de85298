import { countOf } from '../../../format.ts';

/** The self-assessment pages, in English. */
export const signingAssess = {
  title: 'Self-assessment',
  description: "Rate your council's progress against the planning guide.",
  heading: (council: string) => `Self-assessment for ${council}`,
  nothingChanged: 'Nothing had changed since you last saved.',
  saved: (count: number) =>
    `Saved ${countOf(count, 'answer', 'answers')}. Come back by the same link to carry on.`,
  lead: (days: number) =>
    `Rate each action in the planning guide. Save whenever you like and come back by the same link (it works for ${days} days from when it was sent).`,
  lastChanged: (date: string) => `Last changed ${date}.`,
  nothingSaved: 'Nothing saved yet.',
  shown:
    'Your council’s page shows, for each step, how many actions are in place and in progress. Notes are read by the campaign, not published.',
  steps: { count: 'Count', think: 'Think', act: 'Act', prevent: 'Prevent' },
  ratings: { not_started: 'Not started', in_progress: 'In progress', in_place: 'In place' },
  evidence: 'Evidence or notes (optional)',
  save: 'Save',
  expired: (days: number) => `Self-assessment links work for ${days} days. What you saved is kept.`,
  newLink: 'Get a new link',
  newAssessmentLink: 'Get a new self-assessment link',
  linkTitle: 'Get a self-assessment link',
  linkDescription:
    'For councils that have signed or pledged: a new private link to your self-assessment.',
  sent: (council: string | undefined, days: number, perDay: number) =>
    `If that address may assess ${council ?? 'the council'}, a new link is on its way to it. It works for ${days} days. We send one address at most ${perDay} of these a day.`,
  linkLead:
    'For councils that have signed the charter or said they intend to. We email a private link to an address on the council’s own domain, or to the person who signed.',
  email: 'Your council email address',
  emailMe: 'Email me a link',
};
