import { emails } from './lobby-emails.ts';

/** The lobby pages' interface strings, and the words of the emails a letter's writer gets. */
export const lobby = {
  roles: {
    ward_councillor: 'Ward councillor',
    lead_member: "Lead member for children's services",
    director: "Director of children's services",
  },
  reasons: {
    ward_councillor:
      'elected by your ward to speak for you: the councillor most likely to take up what a resident asks',
    lead_member:
      "the councillor in charge of children's services, who can take the charter to the council's leaders",
    director:
      "the officer who runs children's services and would make the charter's four steps happen",
  },
  start: {
    title: 'Write to your councillor',
    description:
      "Ask the councillor responsible for children's services where you live to sign the Runaways' Charter.",
    lead: "Councils sign the Runaways' Charter when their councillors hear that local people care. Write to your own ward councillors and the councillor who leads on children's services where you live: we suggest how to start, and you say why it matters to you.",
    steps: [
      'Find your council.',
      'Write your letter, starting from ours, and check it.',
      'Press the link we email you, and it goes. Replies come straight to you.',
    ],
    label: 'Your postcode or the name of your council',
    hint: 'For example, CT1 1AA or Kent.',
    button: 'Find my council',
    choose: (count: number, text: string) => `${count} councils match "${text}": which is yours?`,
    results: 'How many letters have gone, and who replied',
    empty: 'Enter your postcode or the name of your council',
    tooManyLookups:
      'You have searched a lot in the last minute. Please wait a moment and try again.',
    noMatch: (text: string) =>
      `No council in England or Wales is called "${text}". Check the spelling, or enter your full postcode, like SW1A 1AA.`,
    unknownPostcode: (postcode: string) =>
      `We could not find the postcode ${postcode}. Check it, or enter the name of your council.`,
    outside: (postcode: string, country: string) =>
      `${postcode} is in ${country}. The charter asks councils in England and Wales to act, so we cannot send letters to councils in ${country}.`,
    unavailable: 'We cannot look up postcodes just now. Enter the name of your council instead.',
  },
  write: {
    other: 'Write to a different council',
    check: 'Check your letter',
    thank: (council: string) => `Thank ${council} for signing`,
    ask: (council: string) => `Write to ${council}`,
    description: (council: string) =>
      `Write to the councillors responsible for children's services in ${council} about the Runaways' Charter.`,
    steps: 'Steps',
    stepNames: ['Write', 'Check', 'Confirm by email'],
    thanking:
      ' Councillors hear far more complaints than thanks: a letter saying you noticed helps keep the promise alive.',
    pledged: ' It has said it will sign; letters from residents help make sure it does.',
    asking: ' Councillors listen to the people they represent: a letter from you counts.',
    status: { not_signed: 'Not signed', pledged: 'Pledged to sign', signed: 'Signed' },
    instead: (council: string) => `Write to ${council} instead`,
  },
  form: {
    subject: 'Subject',
    opening: 'Your letter',
    openingHint: 'We started it for you from what we know about the council. Change any of it.',
    ownWords: 'In your own words: why this matters to you',
    ownWordsHint: (min: number, max: string) =>
      `At least ${min} characters. A few sentences of your own count for more than any number of copied letters. Plain text; up to ${max} characters for the whole letter.`,
    writerName: 'Your name',
    email: 'Your email address',
    emailHint: 'Replies from councillors come here.',
    postcode: 'Your postcode',
    postcodeHint: (council: string) =>
      `It goes under your name. We check it is in ${council}, and tell the councillor which part.`,
    letterTo: (council: string) => `Your letter to ${council}`,
    aboutYou: 'About you',
    preview: 'Preview my letter',
    privacy:
      'We use your details to send this letter and one follow-up two weeks later, and keep the letter for a year.',
  },
  targets: {
    heading: 'Who it goes to',
    stillChecking: (council: string) => `We are still checking who to write to at ${council}.`,
    onlyChecked: (council: string) =>
      `We send letters only to people whose details we have checked against what the council publishes, and we have not finished checking ${council}'s.`,
    writeNow: (days: number) =>
      `You can write now. We will hold your letter and send it to your own ward councillors and the lead member for children's services as soon as we have checked who they are. If we have not within ${days} days, we will email you and the letter will not be sent.`,
    wardFromPostcode: 'Your own ward councillors: we find them from your postcode.',
    wardNotYet: (council: string) =>
      `Your own ward councillors, once we have checked who they are (we have not yet for ${council}).`,
    howSent:
      "You choose who gets it when you check your letter. It is sent from the campaign's address with yours as the reply address, so answers come straight to you. You get a copy.",
  },
  check: {
    heading: 'Your letter',
    checkedWard: (ward: string, council: string) =>
      `Above your letter we tell them we have checked that your postcode is in the ${ward} area of ${council}.`,
    checkedCouncil: (council: string) =>
      `Above your letter we tell them we have checked that your postcode is in ${council}.`,
    unchecked:
      'We cannot check your postcode just now. Your letter will wait until we can: press the link we email you later today, and we check it again before anything is sent.',
    holding: (days: number) =>
      `We will hold your letter and send it to your ward councillors and the lead member for children's services once we have checked who they are, within ${days} days, or tell you we could not.`,
    next: 'Next we email',
    nextAfter:
      ' a link. Your letter goes only when you open it and press Send: that way nobody can write in your name.',
    send: 'Email me the link to send it',
    change: 'Change my letter',
    choose: 'Who to send it to',
    eachCopy: 'Each person you tick gets their own copy, addressed to them.',
    yourCouncillor: (ward: string) => `your councillor for ${ward}`,
    why: (reason: string) => `Why: ${reason}.`,
  },
  letter: {
    subject: 'Subject:',
    dear: (name: string) => `Dear ${name},`,
    councillor: 'Councillor',
    signOff: 'Yours sincerely,',
  },
  problems: {
    elsewhere: (postcode: string, there: string, council: string) =>
      `${postcode} is in ${there}, not ${council}. Councillors answer the people they represent, so you can write only to the council where you live.`,
    unknownPostcode: (postcode: string, council: string) =>
      `We could not find the postcode ${postcode}. Check it: councillors answer the people they represent, so we check that you live in ${council}.`,
    outside: (postcode: string, country: string) =>
      `${postcode} is in ${country}. The charter asks councils in England and Wales to act, so we cannot send letters from ${country}.`,
    tooManyEmails: (count: number) =>
      `We have already sent ${count} emails about letters to this address today. Look for them in its inbox (and spam folder), or try again tomorrow; your letter is still here.`,
    nearDuplicate: (council: string) =>
      `Your letter is almost the same as one already sent to ${council}. Councillors give little weight to copied letters: change the suggested text, or say more about why this matters to you.`,
    noRecipients: 'Choose at least one person to send your letter to.',
    unknownCouncil: 'Choose your council again: we could not find that one.',
    tooSoon: (council: string, last: string, next: string) =>
      `Your letter to ${council} of ${last} has already gone. So that letters from the campaign stay welcome, each person writes to a council at most once a week: you can send this one from ${next}, while its link still works.`,
  },
  checkInbox: {
    title: 'Check your email',
    description: 'Confirm your letter from the link we emailed you.',
    lead: (council: string | undefined) =>
      `We have emailed you. Your letter${council ? ` to ${council}` : ''} goes only when you open the link in that email and press Send.`,
    more: (days: number) =>
      `The link works for ${days} days. If you cannot see the email, look in your spam or junk folder. Nothing is sent until you confirm, and letters never confirmed are deleted.`,
  },
  confirm: {
    title: 'Send your letter',
    description: 'Confirm the letter you wrote to your councillors.',
    unchecked:
      'We still cannot check your postcode: the service we use is not answering. Your letter is saved; try this link again later.',
    cannotGo: (council: string) => `Your letter cannot go to ${council}`,
    writeTo: (council: string) => `Write to ${council}`,
    send: (council: string) => `Send your letter to ${council}`,
    goesTo: 'Press Send and your letter goes to:',
    heldLead: (council: string) =>
      `Press Send and we hold your letter until we have checked who to write to at ${council}: your ward councillors and the lead member for children's services. It goes as soon as we have.`,
    notSent: 'Your letter has not been sent',
    button: 'Send my letter',
    changedMind:
      'Changed your mind? Close this page: nothing is sent, and the letter is deleted in a week.',
    confirmed: 'Your letter is confirmed',
    holding: (council: string, until: string | undefined) =>
      `We are holding your letter to ${council} until we have checked who to write to there${until ? `, until ${until} at most` : ''}. It goes once, however many times the link is used.`,
    gone: 'Your letter has already gone',
    wentOn: (council: string, on: string | undefined) =>
      `Your letter to ${council}${on ? ` went on ${on}` : ''}. Each letter is sent once, however many times the link is used.`,
    councilPage: (council: string) => `See ${council}'s page`,
    expired:
      'Letters must be confirmed within a week, and this one was not, so it has not been sent.',
    again: 'Write your letter again',
    writeToYours: 'Write to your councillor',
  },
  sent: {
    title: 'Your letter is on its way',
    description: 'Thank you for writing to your councillor.',
    confirmed: 'Your letter is confirmed',
    yourCouncil: 'your council',
    held: (council: string, days: number) =>
      `We are holding your letter until we have checked who to write to at ${council}. It goes to your ward councillors and the lead member for children's services as soon as we have, and you will get a copy then. If we have not within ${days} days, we will email you, and it will not be sent.`,
    busy: (council: string, on: string) =>
      `So many people have written to ${council} today that we are holding the rest until tomorrow, so that councillors can read each one. Yours goes on ${on}, and you will get your copy then.`,
    gone: (council: string) =>
      `Thank you. Your letter has gone to ${council}, and a copy is in your inbox. Replies come straight to you.`,
    followUp: (days: number) =>
      `${days} days after it goes, we will email you once to ask whether anyone replied. Your answer tells campaigners which councils are listening.`,
    next: 'What next',
    askFriends: (council: string) => `Ask friends who live in ${council} to write too: share `,
    councilPage: (council: string) => `the page for writing to ${council}`,
    join: 'Add your name to the campaign',
    joinAfter: ', if you have not already.',
    results: 'See how many letters have gone, and who replied',
    share: "I've written to my council about making young runaways safe",
    shareHeading: 'Share this',
  },
  reply: {
    title: 'Did your councillor reply?',
    description: 'Tell us whether your councillor replied to your letter.',
    answers: { yes: 'Yes, I had a reply', no: 'No reply', not_yet: 'Not yet' },
    thanks: {
      yes: 'Thank you. A reply means your councillor is listening: if they said something useful about the charter, tell us by replying to our email.',
      no: 'Thank you. Councils that do not answer their residents are where we need to push hardest.',
      not_yet:
        'Thank you. Replies can take a while; if one comes, use the link in our email again to tell us.',
    },
    saved: 'Your answer is saved',
    seeResults: 'See which councils reply',
    did: (council: string) => `Did ${council} reply?`,
    wrote: (subject: string, on: string) =>
      `You wrote "${subject}" on ${on}. Has anyone from the council answered?`,
    told: (answer: string) => `You told us: ${answer}. You can change your answer.`,
  },
  results: {
    title: 'Letters to councillors',
    description:
      'How many letters supporters have sent to their councillors, and how many had a reply.',
    lead: (total: number) =>
      `${total.toLocaleString('en-GB')} ${total === 1 ? 'letter has' : 'letters have'} gone to councillors through this site in the last 12 months. Two weeks after each one, we ask its writer whether anyone replied.`,
    write: 'Write to your councillor',
    byCouncil: 'Replies by council',
    rate: (min: number) =>
      `The reply rate is the share of writers who told us they had a reply. We show it once at least ${min} writers have answered, because fewer answers say more about chance than about the council. Writers answer for themselves; we do not see the replies.`,
    none: 'No letters have been sent yet.',
    tableLabel: 'Letters and replies per council',
    caption: 'Letters and replies per council, last 12 months',
    tooFew: 'Too few answers',
    columns: ['Council', 'Letters', 'Replied', 'No reply', 'Not yet', 'Reply rate'],
    chartInEnglish: '',
    perWeek: 'Letters per week',
    noneEver: 'No letters have been sent through this site yet.',
    noneThisYear: 'No letters have been sent through this site in the last 12 months.',
    progressBefore: 'See ',
    progress: "the campaign's progress",
    progressAfter: ' for supporters and councils over time too.',
  },
  emails,
};
