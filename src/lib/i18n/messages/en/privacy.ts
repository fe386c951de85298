/**
 * The privacy pages' interface strings: the privacy notice (a legal text: its Welsh is a full
 * translation, kept in step), the pages to download or delete one's data, unsubscribing, and the
 * email with the link to one's data.
 */
export const privacy = {
  /** The link at the foot of every form that takes personal details. */
  howWeUse: 'How we use your data',
  notice: {
    title: 'Privacy',
    description:
      'What this site collects, why, how long we keep it and your rights. Reading the site collects nothing about you.',
    lead: 'Reading this site collects nothing about you. This page says what each part of the site collects, why, how long we keep it, and what you can ask us to do with it.',
    lastUpdated: 'Last updated',
    updatedOn: '2 December 2026',
    whoHeading: 'Who we are',
    who: (charity: string) =>
      `The campaign is run by ${charity}, which is the data controller for anything collected here. You can reach the campaign team, and through them the charity's data protection lead, at`,
    tableHeading: 'What each part of the site collects',
    caption: 'Personal data collected by each part of the site',
    columns: {
      part: 'Part of the site',
      what: 'What we collect',
      why: 'Why',
      kept: 'How long we keep it',
    },
    rows: {
      reading: {
        part: 'Reading any page, including stories and get help',
        what: "Nothing about you. No cookies, no analytics, no advertising tags, and nothing is loaded from other websites. Our server keeps a log of the requests it answers: the time, the page's address (without anything after a question mark), whether it worked and how long it took. The log never holds your IP address, your email address or anything you type into a form, so it cannot say who read a page.",
        why: 'Young people at risk must be able to read this site without leaving a trace with us. The log lets us see faults and attacks, and put them right.',
        kept: (days: number) => `The log is deleted after ${days} days.`,
      },
      pledging: {
        part: 'Joining the campaign (pledging)',
        what: 'Your first and last name, email address and, if you give it, your postcode. We also record which words you agreed to, on which page and when, and when you confirmed; and the network your pledge came from, coarsely (the first three parts of an IP address, never the whole address). We record the language you joined in, English or Welsh, because the form tells you we will write to you in it: every email we send you is in that language.',
        why: 'To count you as a supporter, in total and in your council area, and to email you the link that confirms your pledge. The network lets us spot and remove floods of fake pledges sent from one place.',
        kept: 'An unconfirmed pledge is deleted after 30 days. A confirmed one is kept while the campaign runs, or until you ask us to delete it. The network is forgotten after 30 days.',
      },
      sharing: {
        part: 'Sharing your link',
        what: 'Once you confirm your pledge, a share code of 8 random letters and numbers, which says nothing about you. The share links on the thank-you page end with it (and with the way you shared them, such as WhatsApp). If someone pledges through one of them, we note that their pledge came through your code and which way it was shared.',
        why: "To tell you, on the thank-you page and your data page, how many people joined through your links, and to see which ways of sharing work. You see only a number, never who they are. The code travels only in the link and the pledge form: no cookie, nothing stored in anyone's browser, no tracking. A pledge through your own link does not count.",
        kept: "As long as your pledge. If either of you asks us to delete your details, or either pledge is removed as fake, the tie between the two pledges goes, and so does that person's own code.",
      },
      campaignEmails: {
        part: 'Campaign emails (only if you tick the box)',
        what: 'Your choice, and when you made or withdrew it.',
        why: 'To tell you about the campaign, including when your council signs.',
        kept: 'Until you unsubscribe, using the link in any campaign email.',
      },
      letters: {
        part: 'Writing to your councillor',
        what: "Your name, email address and postcode, and your letter. When you confirm it, the letter goes to the council's contacts with your name and postcode under it and your email address as the one to reply to. Two weeks later we ask once whether anyone replied, and keep your answer.",
        why: 'To send your letter as yours, so councillors can see you live in the area and answer you; to stop anyone writing in your name; to limit each person to one letter a week per council; and to count letters and replies per council.',
        kept: 'A letter never confirmed is deleted after 7 days. A sent letter is deleted after a year, or sooner if you ask; the count of letters per council is kept, with no names.',
      },
      comments: {
        part: 'Commenting on a news post',
        what: 'Your name, which is shown with your comment once a moderator approves it; your email address, which is never shown; and your comment.',
        why: 'To show your comment under the post, and to let the campaign reply to you privately.',
        kept: 'While the campaign runs, or until you ask us to delete it; a comment not approved is never shown.',
      },
      signing: {
        part: 'Signing the charter for a council',
        what: "Your name, job title and work email address, the name of your lead member for children's services, and which version of the charter you committed to. Your name, job title and the date are published on the council's page and certificate; your email address never is.",
        why: 'To check the signature is genuine before it is published, to send you the certificate and the self-assessment link, and to show who signed.',
        kept: "A request never confirmed is deleted a week after its link expires. A published signature is part of the council's public record and is kept.",
      },
      giving: {
        part: 'Giving (donating)',
        what: 'Your email address, the amount, and whether it is once or monthly. If you add Gift Aid: your title, name, house name or number and postcode, the words of the declaration you agreed to and when. Stripe, who take the payment, keep your card details; they never reach us. From Stripe we keep only its references for the payment, and whether it was refunded or failed.',
        why: 'To send your receipt, to let you change or stop a monthly gift, and to claim Gift Aid from HMRC, which needs these details.',
        kept: "A gift not completed on Stripe's page: 7 days. A gift received: 7 years after your last payment, as HMRC asks charities to keep Gift Aid records for 6 years; then your details are deleted and only the amount is kept. Asking us to delete your data does not delete these records before then, because the law requires them.",
      },
      accounts: {
        part: 'Campaign team accounts',
        what: 'The email address and role of each member of the campaign team, a hash of their password (never the password itself), their sessions (a hash of the cookie), and, if they turn on two-step login, its secret, encrypted. Links to set a new password are emailed to their own address when they ask.',
        why: "To let only the campaign team see the campaign's figures, approve signatures, moderate comments and email supporters, and to record in an audit log what each of them did.",
        kept: 'Sessions end after 2 hours unused, or 12 hours at most.',
      },
      finding: {
        part: 'Finding your council by postcode',
        what: 'Your postcode is sent to postcodes.io, a free public service, to find your council. We do not store it from this search.',
        why: "To show you your council's page.",
        kept: 'Not kept.',
      },
      reports: {
        part: "Telling us a council's record is wrong",
        what: 'What you write and any link you give. Nothing about you.',
        why: 'So a campaigner can check and correct the record.',
        kept: 'Until a campaigner has dealt with it.',
      },
      requests: {
        part: 'Asking for your data, or for it to be deleted',
        what: 'Which address asked, and when the link was used.',
        why: 'To send the link only to you, and to show we did what you asked.',
        kept: 'The address is removed when the link expires, a day after you asked, or as soon as your data is deleted; we keep only that a request was made and what was done.',
      },
      contact: {
        part: 'Emailing the campaign team',
        what: 'Your email address and what you write.',
        why: 'To reply to you.',
        kept: 'Two years from our last reply, then deleted.',
      },
    },
    emailsKept:
      "Of each email we send you we keep who it went to, its subject and when it went, for as long as we keep what it was about: it is deleted with your unconfirmed pledge, your letter, your request to sign or your donor record, or when you ask us to delete your data. An email that carries nothing but a link (to manage a monthly gift, or to your data) is deleted when the link expires. We never keep an email's text, or the links in it, once it has been sent.",
    offline:
      'If you signed up on paper, at an event say, or joined before this site opened, the site holds only how many people signed, when, and which petition or list the figure comes from: never your name or anything else about you.',
    providers:
      'Emails are sent through Resend, our email provider, which handles them only to deliver them. Card payments are taken by Stripe on its own pages, under its own privacy policy.',
    sharingHeading: 'Sharing links',
    sharingLinks:
      'The share links on stories and news posts are ordinary links. Nothing is sent to those services unless you choose to follow a link, and then their own privacy policies apply.',
    rightsHeading: 'Your rights',
    rightsIntro: 'Under UK data protection law you can ask us:',
    rights: {
      copy: 'for a copy of the personal data we hold about you;',
      correct: 'to correct anything that is wrong;',
      erase: 'to delete your data;',
      restrict: 'to stop using your data, or to limit how we use it;',
      port: 'for your data in a form you can take elsewhere.',
    },
    youCan: 'You can',
    selfService: 'download or delete your data yourself',
    selfServiceDetail:
      ': we email a link to the address you pledged or wrote to your councillor with. Or email',
    complain:
      "; we answer within one month. If you are unhappy with how we have handled your data, you can complain to the Information Commissioner's Office (ico.org.uk), though we would like the chance to put it right first.",
  },
  request: {
    title: 'Download or delete your data',
    description: 'Get a copy of the data we hold about you, or have it deleted.',
    sent: (perDay: number) =>
      `If that address has pledged or written to a councillor, we have sent it a link to download or delete your data. The link works for 24 hours. We send one address at most ${perDay} of these a day.`,
    lead: 'Enter the email address you pledged or wrote to your councillor with. We will send it a link where you can download everything we hold about you, or delete it.',
    email: 'Email address',
    button: 'Send me the link',
  },
  manage: {
    title: 'Your data',
    description: 'Download or delete the data we hold about you.',
    erased:
      "Your details have been deleted. We kept only an anonymous count that someone pledged, so the campaign's totals stay true.",
    expired: 'This link has expired or has already been used.',
    askAgain: 'Ask for a new one',
    choose: 'Choose what to do. Each link works once.',
    shareHeading: 'Your share links',
    shareDetail:
      'We count the people who pledge through the links you share, by the code at the end of them. You see only the number, never who they are, and nobody is tracked.',
    downloadHeading: 'Download my data',
    downloadDetail:
      'A file with your details, what you agreed to and when, and the emails we sent you.',
    download: 'Download my data',
    deleteHeading: 'Delete me',
    deleteDetail:
      'We delete your name, email address and postcode, and the emails we sent you. Your pledge stays in our totals as an anonymous number. This cannot be undone.',
    delete: 'Delete my data',
  },
  unsubscribe: {
    title: 'Stop campaign emails',
    description: 'Stop emails from the Make Runaways Safe campaign.',
    ask: 'Press the button and we will stop sending you emails about the campaign.',
    done: 'Done: we will not send you campaign emails again. Your pledge still counts.',
    unknown:
      'This link is not right. Use the link at the foot of one of our emails, or contact us.',
    button: 'Stop campaign emails',
  },
  email: {
    subject: 'Your data: download or delete it',
    asked: 'You asked to see or delete the data we hold about this email address.',
    button: 'Download or delete my data',
    ignore:
      'The link works for 24 hours. If you did not ask, ignore this email and nothing will happen.',
  },
};
