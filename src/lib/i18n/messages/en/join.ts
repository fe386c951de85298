import { plural } from '../../plural.ts';

/** The join pages' interface strings: the pledge form, its next pages, and the emails it sends. */
export const join = {
  page: {
    title: 'Join the campaign',
    description:
      "Add your name to the campaign for every council in England and Wales to sign the Runaways' Charter.",
    lead: "Add your name to ask every council in England and Wales to sign the Runaways' Charter. The more people in an area who pledge, the harder it is for a council to look away.",
  },
  form: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email address',
    emailHint: 'We will send you a link to confirm your pledge.',
    postcode: 'Postcode (optional)',
    postcodeHint: 'So we can count you in your council area.',
    /** Said before the button on the pages of a language a supporter could mistake; none here. */
    inYourLanguage: '',
    button: 'Add my name',
    privacyNote:
      'We use your details only for this campaign, never sell them, and you can download or delete them at any time.',
  },
  checkInbox: {
    title: 'Check your inbox',
    description: 'We have sent you an email with a link to confirm your pledge.',
    lead: 'We have sent an email to the address you gave. Open the link in it and press Confirm to count your pledge.',
    detail:
      'The link works for 7 days. If nothing arrives in a few minutes, look in your spam or junk folder. If you already pledged with this address, the email says so.',
    stories: "Read young people's stories while you wait",
  },
  confirm: {
    title: 'Confirm your pledge',
    description: 'Confirm your pledge to make young runaways safe.',
    lead: 'Press the button to add your name to the campaign.',
    expired:
      'This link has expired. Links work for 7 days: pledge again and we will send a new one.',
    invalid:
      'This link is not right. Check you copied the whole link from the email, or pledge again.',
    again: 'Pledge again',
    button: 'Confirm my pledge',
  },
  thanks: {
    title: 'Thank you',
    description: 'Thank you for joining the campaign to make runaways safe.',
    heading: 'Thank you: your pledge is confirmed',
    lead: 'Your name now counts towards the campaign. Every supporter makes it harder for a council to say nobody cares.',
    yourCouncil: 'Your council:',
    signed: 'Your council has signed the charter.',
    seePromise: 'See what it promised',
    and: ', and',
    thank: 'write to thank your councillor',
    notSigned: 'Your council has not signed yet. Councillors listen to the people they represent:',
    writeToYours: 'write to yours',
    toSign: 'to ask it to sign, and share',
    councilPage: "your council's page",
    peopleThere: 'with people who live there.',
    next: 'Next,',
    writeToCouncillor: 'write to your councillor',
    letterCounts:
      ': a letter from someone who lives in the area counts for more than anything we can say.',
    ifYouCan: 'And if you can,',
    give: 'give to the campaign',
    onceOrMonthly: ', once or every month.',
    joinedThrough: (count: number) =>
      count === 0
        ? 'Nobody has joined through your links yet'
        : plural('en', count, {
            one: '# person joined through your links',
            other: '# people joined through your links',
          }),
    shareTitle: "I've joined the campaign to make young runaways safe",
    shareHeading: 'Share your link',
    shareCode: (code: string) =>
      `Ask friends and family to join too. Your links end in your own code, ${code}, so we can count who joins through them. The code says nothing about you, and nothing is tracked: no cookies, only the link.`,
  },
  share: {
    heading: 'Share this',
    email: 'Email',
    copyLabel: 'Or copy your link',
    copyButton: 'Copy link',
    copied: 'Link copied. Paste it wherever you like.',
    notCopied: 'Your browser would not copy it: the link is selected to copy.',
  },
  emails: {
    confirmSubject: 'Please confirm your pledge to make runaways safe',
    confirmAsk: 'Thank you for pledging to make young runaways safe. Please confirm it is you:',
    confirmButton: 'Confirm my pledge',
    confirmIgnore:
      'The link works for 7 days. If you did not pledge, ignore this email and nothing will happen.',
    alreadySubject: "You're already in",
    alreadyIn:
      'Someone, probably you, pledged again with this address. You are already a confirmed supporter, so there is nothing more to do. Thank you.',
    /** After a pledge from the other language's page: the newest choice of language wins. */
    languageNow:
      'We will write to you in English from now on. To change back, pledge again from the Welsh page.',
    seeCouncil: 'See where your council stands',
  },
};
