/** The emails a council's signatory (and its supporters) get, in English. */
export const signingEmails = {
  verify: {
    subject: (council: string) => `Please confirm: ${council} and the Runaways' Charter`,
    sign: (council: string) => `sign the Runaways' Charter for ${council}`,
    pledge: (council: string) => `record that ${council} intends to sign the Runaways' Charter`,
    asked: (what: string) => `Someone, probably you, asked to ${what} with this address.`,
    confirm: (days: number) =>
      `Please confirm that this is your address by opening the link and pressing Confirm. The link works for ${days} days.`,
    button: 'Confirm my address',
    after:
      'Once you have confirmed, someone from the campaign checks the request before anything is published. If you did not ask, ignore this email and nothing will happen.',
  },
  approved: {
    signedSubject: (council: string) => `${council} has signed the Runaways' Charter`,
    pledgedSubject: (council: string) => `${council} is recorded as intending to sign`,
    signedOpening: (council: string) =>
      `Thank you. ${council}'s signature is now on the Runaways' Charter, and its page shows it.`,
    pledgedOpening: (council: string) =>
      `Thank you. ${council}'s page now shows that it intends to sign the Runaways' Charter.`,
    certificate: 'Your certificate, ready to print',
    badgeBefore: ', and a badge for your website on',
    councilPage: "your council's page",
    seeIt: 'See it on',
    assess: (days: number) =>
      `The planning guide turns the four steps into a checklist. Rate your progress on each action with your private link (it works for ${days} days; ask for a new one from your council page at any time):`,
    button: 'Start the self-assessment',
  },
  rejected: {
    subject: (council: string) => `Your request for ${council} and the Runaways' Charter`,
    opening: (council: string) =>
      `Thank you for your request about ${council} and the Runaways' Charter. We have not been able to approve it, for this reason:`,
    after: (url: string) =>
      `If you can put this right, you are welcome to ask again from ${url}, or reply to this email.`,
  },
  councilSigned: {
    subject: (council: string) => `${council} has signed the Runaways' Charter`,
    news: (council: string) =>
      `Good news: ${council} has signed the Runaways' Charter. It has committed to count every child who runs away, to think about why, to act when they come back, and to prevent it happening again.`,
    helped: 'Your support helped. Councils sign when they hear from the people they serve.',
    button: (council: string) => `See ${council}'s page`,
  },
  assessmentLink: {
    subject: (council: string) => `Your self-assessment link for ${council}`,
    body: (days: number) =>
      `Here is a private link to your council’s self-assessment against the planning guide. It works for ${days} days. Anyone with the link can change the assessment, so do not forward it outside your team.`,
    button: 'Open the self-assessment',
    ignore: 'If you did not ask for it, you can ignore this email.',
  },
};
