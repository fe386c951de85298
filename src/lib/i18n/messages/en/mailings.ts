/** What supporters read in campaign emails (mailings), around the words a campaigner writes. */
export const mailings = {
  greeting: (firstName: string) => `Dear ${firstName},`,
  /** At the foot of every campaign email, before the link that stops them. */
  whyYouGetThis: 'You asked for campaign emails when you pledged.',
  stop: 'Stop campaign emails',
  /**
   * The source of the Welsh note that heads a mailing written only in English, for a supporter
   * who chose Welsh; no English email carries it.
   */
  noWelshVersion: 'There is no Welsh version of this message yet, so here it is in English.',
};
