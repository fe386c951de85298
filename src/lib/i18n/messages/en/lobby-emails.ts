/** The words of the emails a letter's writer gets, and of the frame around a letter. */
export const emails = {
  confirm: {
    subject: (council: string) => `Confirm your letter to ${council}`,
    ready: (council: string) =>
      `Your letter to ${council} is ready. It goes only when you confirm it:`,
    button: 'Send my letter',
    notYou: (days: number) =>
      `The link works for ${days} days. If you did not write this letter, ignore this email and nothing is sent.`,
  },
  tooSoon: {
    subject: (council: string) => `Your letter to ${council}`,
    already: (council: string, on: string) =>
      `Someone, probably you, has just written a letter to ${council} with this address. You already wrote to ${council} on ${on}, so this one has not been kept.`,
    onceAWeek: (from: string) =>
      `So that letters from the campaign stay welcome, each person writes to a council at most once a week. You can write again from ${from}:`,
    button: 'Write to your councillor',
    notYou: 'If you did not write it, ignore this email: nothing has been sent.',
  },
  heldExpired: {
    subject: (council: string) => `We could not send your letter to ${council}`,
    deleted: (council: string) =>
      `Thirty days ago you wrote to ${council}. We hold letters until we have checked who should receive them, and we have not yet been able to check anyone at ${council}, so your letter has not been sent, and we have now deleted it.`,
    sorry: (council: string) =>
      `We are sorry. You can still add your name, so that your support counts in ${council}:`,
    button: 'Add your name',
  },
  followUp: {
    subject: (council: string) => `Did ${council} reply to your letter?`,
    asked: (council: string) =>
      `Two weeks ago you wrote to ${council} about the Runaways' Charter. Has anyone replied? Knowing which councils answer helps us decide where to push next.`,
    once: 'We ask only this once. If a reply comes later, you can use the same links.',
  },
  frame: {
    onBehalf: (writer: string) =>
      `Sent on behalf of ${writer}, through the Make Runaways Safe campaign. Reply to this email to answer them directly.`,
    writer: (name: string, postcode: string, where: string) =>
      `${name}, whose postcode (${postcode}) we have checked is in ${where}`,
    wardOf: (ward: string, council: string) => `the ${ward} area of ${council}`,
    councilOnly: (council: string) => council,
    signed: (council: string, when: string) => `${council} signed the Runaways' Charter${when}`,
    pledged: (council: string) =>
      `${council} has said it will sign the Runaways' Charter, and has not yet signed`,
    notSigned: (council: string) => `${council} has not signed the Runaways' Charter`,
    record: 'Its record, with sources:',
    fourSteps: 'The charter asks each council to take four steps:',
    steps: [
      'Count every child who runs away from home or care.',
      'Think about why they ran.',
      'Act when they come back, with an independent return interview.',
      'Prevent it happening again, working with the police, schools and health services.',
    ],
    officer: (council: string) => `An officer can sign for ${council} here:`,
  },
  copy: (names: string) =>
    `This is a copy of the letter you sent to ${names} through Make Runaways Safe. Their replies come straight to you.`,
};
