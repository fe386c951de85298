/** The help pages' interface strings: get help, and cover your tracks. */
export const help = {
  getHelp: {
    title: 'Get help',
    description:
      'If you have run away or are thinking about it, you are not in trouble and you are not alone. Free, confidential helplines, any time.',
    lead: 'If you have run away, or you are thinking about it, you are not in trouble and you are not on your own. There are people you can talk to right now, for free, without giving your name.',
    danger: {
      heading: 'If you are in danger now',
      call: 'Call',
      rest: 'and ask for the police or an ambulance. If you are on a mobile and cannot speak, stay on the line and press 55 when you are asked: the call is passed to the police.',
    },
    runaway: {
      heading: 'Runaway Helpline: 116 000',
      call: 'Call 116 000',
      forWhom:
        'For anyone who has run away or is thinking about it, and for the people worried about them.',
      whatHappens: 'What happens when you call or text',
      points: [
        'It is free from any phone, and it is open all day and all night.',
        'You can call, or text the same number if you would rather not talk.',
        'You do not have to give your name or say where you are. The person you speak to will not judge you or tell you off.',
        'They will ask whether you are safe right now, and help you think through what to do next: somewhere safe to stay tonight, or how to get in touch with someone.',
        'If you want, they can pass a message to your family or carers for you, without saying where you are.',
        'What you say stays between you and them, unless they believe your life is in danger. If they ever need to share something, they will try to talk to you first.',
      ],
    },
    childline: {
      heading: 'Childline: 0800 1111',
      call: 'Call 0800 1111',
      about:
        'For anyone under 19, about anything that is worrying you. Calls are free and do not show up on a phone bill. Childline also has online chat and message boards on its website.',
    },
    meic: {
      heading: 'In Wales: Meic',
      call: 'Call 080880 23456',
      text: 'Text 84001',
      /** The English page's one passage, around the two numbers. */
      passage: {
        start:
          'In Wales, you can also talk to Meic, the helpline for children and young people. Call free on',
        or: 'or text',
        end: 'for free, 8am to midnight every day, in Welsh or English.',
      },
      /** The Welsh page gives Meic a section of its own, beside the Runaway Helpline. */
      about:
        'Meic is the helpline for children and young people in Wales. It is free, and open from 8am to midnight every day, in Welsh or English.',
      points: [
        'You can call, or send a text if you would rather not talk.',
        'You do not have to give your name. They will listen, and help you work out what to do next.',
      ],
    },
    online: {
      heading: 'Staying safe online',
      points: [
        'Be careful about anyone online who offers you a place to stay, money, gifts or a lift, especially if they ask you to keep it secret. People who want to exploit young people often start like this.',
        'Turn off location sharing on your phone and in apps if you do not want someone to know where you are, and check which friends can see it.',
        'If someone is threatening you or pressuring you to send pictures, you are not the one in trouble. Tell the Runaway Helpline, Childline or the police.',
        'If you share a phone or computer, use a private or incognito window, so the pages you visit are not kept in its history.',
      ],
    },
    exit: {
      heading: 'How quick exit works',
      button: (host: string) =>
        `There is a red “Leave this site quickly” button at the top of every page on this site. If someone comes in and you do not want them to see what you are reading, press it. An ordinary weather page (${host}) opens in a new tab, with no way back to this site, and the tab you were in changes to the weather page too.`,
      keys: 'On a computer you can also press the Shift key three times, or Esc. Some browsers, such as Chrome, do not let a key open a new tab. Then only this tab changes, and its back button may still lead here.',
      history:
        'No website can wipe what your browser has already kept. The pages you visited stay in its history until you delete them. That is how every browser works, and you can fix it yourself in a minute or two:',
      coverTracks: 'cover your tracks',
      historyEnd: 'shows you how, and how to use a private window next time.',
      noCookies:
        'This site sets no cookies, and it does not use any analytics or advertising services, so nothing about your visit is passed to anyone else.',
    },
    adults: {
      heading: 'If you are worried about a child',
      text: 'If a child you know has gone missing, report it to the police on 999 straight away. You do not have to wait 24 hours. The Runaway Helpline on 116 000 can also support parents and carers.',
    },
  },
  tracks: {
    title: 'Cover your tracks',
    description:
      'How to keep your visit to this site private: private browsing, deleting your history on phones and computers, and clearing your calls and texts after ringing a helpline.',
    lead: 'If someone checks your phone or computer, you can make it much harder for them to find out you were here. It takes a minute or two. You are not doing anything wrong by keeping this private.',
    privateWindow: {
      heading: 'Next time, use a private window',
      intro:
        'A private window does not keep the pages you visit. When you close it, they are gone from the browser. Close every private tab when you have finished.',
      browsers: [
        'Chrome: open the menu (three dots) and choose New Incognito tab or window.',
        'Samsung Internet: open the tabs button and turn on Secret mode.',
        'Safari on iPhone: open the tabs button and switch to Private.',
        'Edge: open the menu (three dots) and choose New InPrivate tab or window.',
        'Firefox: open the menu and choose New private window.',
      ],
      limits:
        "A private window does not hide you from everyone. Whoever runs the wifi, such as a school or a parent's router, may still see which sites were visited. Anything you download stays on the device.",
    },
    history: {
      heading: 'Delete this site from your history',
      intro:
        'No website can delete the history in your browser. Not even quick exit can do it. You can do it yourself. Menus change from one phone to another, so look for words like History, Delete or Clear.',
      devices: [
        {
          heading: 'Chrome on an Android phone',
          text: "Tap the three dots, then History. Delete this site's pages one by one, or choose Delete browsing data to remove more.",
        },
        {
          heading: 'Samsung Internet',
          text: "Tap the menu (three lines), then History. Delete this site's pages, or all of your history.",
        },
        {
          heading: 'Safari on an iPhone',
          text: 'Open your bookmarks (the book button, which may be under the More button), then the clock for History. Swipe left on a page to delete it, or tap Clear to delete more. Or open the Settings app, find Safari and choose Clear History and Website Data: this deletes all of it.',
        },
        {
          heading: 'Chrome, Edge or Firefox on a computer',
          text: "Press Ctrl and H together to open your history, and delete this site's pages. Ctrl, Shift and Delete together opens the box to delete more. On a Mac, use the History menu at the top of the screen.",
        },
      ],
      worthKnowing: 'Worth knowing',
      notes: [
        "A history that is suddenly empty can make someone curious. Deleting only this site's pages can be less noticeable.",
        'If you searched for help while signed in to Google or another account, your searches may be saved in that account too.',
      ],
    },
    calls: {
      heading: 'After you call or text a helpline',
      intro:
        'The call or text will show on your phone, even when it is free. If you do not want anyone to see it:',
      points: [
        "Open your phone's calls list and find the call. On an iPhone, swipe left on it and delete it. On Android, press and hold it, then delete it.",
        'Delete the conversation in your messages app in the same way.',
        'Some phones keep deleted texts in a bin or a Recently Deleted folder for a while. Empty that too.',
      ],
    },
    shared: {
      heading: 'If you share a phone or computer',
      points: [
        'Use a private window, so nothing is kept.',
        'Do not let the browser save passwords or what you type into forms.',
        'Sign out of any account you used, such as email, before you hand the device back.',
        'If your phone shares an account (Apple, Google or Samsung) with someone else, your history, calls and messages may show up on their devices too.',
        'If you can, use a device nobody checks: a friend you trust, or a computer at a library or school.',
      ],
    },
    exit: {
      heading: 'Quick exit',
      text: (host: string) =>
        `The red “Leave this site quickly” button is at the top of every page. It takes you straight to an ordinary weather page (${host}) and hides this site at once.`,
    },
    talk: 'Talk to someone',
  },
};
