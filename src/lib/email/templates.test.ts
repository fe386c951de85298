import { createElement as h, Fragment } from 'react';
import { describe, expect, it } from 'vitest';
import { HELPLINES } from '../../config.ts';
import type { EmailMessage } from './outbox.ts';
import { setPasswordLinkEmail } from '../admin/emails.tsx';
import { donationReceiptEmail, manageGiftEmail } from '../donations/emails.tsx';
import { campaignEmailParts, helplineLine, renderEmail } from './layout.tsx';
import { letterEmail } from '../lobby/letter-emails.tsx';
import { confirmLetterEmail, followUpEmail, letterTooSoonEmail } from '../lobby/writer-emails.tsx';
import { renderMailing } from '../mailings/email.tsx';
import { alreadyPledgedEmail, confirmPledgeEmail, privacyLinkEmail } from '../pledges/emails.tsx';
import {
  assessmentLinkEmail,
  councilSignedEmail,
  signingApprovedEmail,
  signingRejectedEmail,
  verifySigningEmail,
} from '../signing/emails.tsx';

const SITE = 'https://example.org';
const HELPLINE = `Runaway Helpline: ${HELPLINES[0]!.number}`;

describe('the plain-text part, read from the same elements as the HTML', () => {
  it('gives a paragraph per block, a button as its words and address, and a link inline', () => {
    const { text } = renderEmail(
      'Subject',
      h(
        Fragment,
        null,
        h('p', null, 'Dear ', 'Ada', ','),
        h('p', null, h('a', { href: `${SITE}/go`, style: {} }, 'Go there')),
        h('p', null, 'Read ', h('a', { href: `${SITE}/more` }, 'more'), ', or not.'),
        h('p', null, 'See ', h('a', { href: `${SITE}/bare` }, `${SITE}/bare`)),
        h('p', null, 'One', h('br'), 'Two'),
        [false, null, undefined].map((nothing) => nothing),
      ),
    );
    expect(text).toBe(
      [
        'Dear Ada,',
        `Go there: ${SITE}/go`,
        `Read more (${SITE}/more), or not.`,
        `See ${SITE}/bare`,
        'One\nTwo',
        `--\n${helplineLine('en')}`,
      ].join('\n\n') + '\n',
    );
  });

  it('puts a row of links on a line each, and a footer after the helplines', () => {
    const { text, html } = renderEmail(
      'Subject',
      h(
        'p',
        null,
        h('a', { href: `${SITE}/yes` }, 'Yes'),
        ' ',
        h('a', { href: `${SITE}/no` }, 'No'),
      ),
      { footer: campaignEmailParts(`${SITE}/stop`).footer },
    );
    expect(text).toMatch(new RegExp(`^Yes: ${SITE}/yes\nNo: ${SITE}/no\n\n--\n`));
    expect(text).toMatch(
      new RegExp(
        `You asked for campaign emails when you pledged. Stop campaign emails \\(${SITE}/stop\\)\n$`,
      ),
    );
    expect(html).toContain(`href="${SITE}/stop"`);
  });

  it('refuses what it cannot read faithfully, rather than leave words or links out', () => {
    const list = h('ul', null, h('li', null, 'One'));
    const nested = h('div', null, h('p', null, 'Inside'));
    const component = h(() => h('a', { href: `${SITE}/x` }, 'X'));
    const raw = h('div', { dangerouslySetInnerHTML: { __html: '<p>Hi</p>' } });
    for (const body of [list, nested, component, raw]) {
      expect(() => renderEmail('Subject', body)).toThrow(/An email's text cannot be read from/);
    }
  });

  it('leaves the helplines off when asked, in both parts', () => {
    const { text, html } = renderEmail('Subject', h('p', null, 'Words'), { helplines: false });
    expect(text).toBe('Words\n');
    expect(html).not.toContain(HELPLINE);
  });

  it('escapes markup in the HTML and keeps it as typed in the text', () => {
    const { text, html } = renderEmail('Subject', h('p', null, '<b>Jo</b> & co'));
    expect(html).toContain('&lt;b&gt;Jo&lt;/b&gt; &amp; co');
    expect(text).toMatch(/^<b>Jo<\/b> & co\n/);
  });
});

/** One of every email the site sends, filled in as it would be. */
const EVERY_EMAIL: Record<string, EmailMessage | { html: string; text: string }> = {
  confirmPledge: confirmPledgeEmail('a@example.org', `${SITE}/c?t=1`),
  alreadyPledged: alreadyPledgedEmail('a@example.org', SITE),
  privacyLink: privacyLinkEmail('a@example.org', `${SITE}/privacy/manage?t=2`),
  confirmLetter: confirmLetterEmail('a@example.org', 'Kent', `${SITE}/l?t=3`),
  letterTooSoon: letterTooSoonEmail(
    'a@example.org',
    'Kent',
    { lastSentOn: '2026-11-24', nextFrom: '2026-12-01' },
    SITE,
  ),
  letter: letterEmail(
    'cllr@example.org',
    {
      subject: 'Runaways',
      body: 'First.\n\nSecond.',
      writerName: 'Ada',
      writerEmail: 'a@example.org',
      postcode: 'CT1 1AA',
      wardName: 'Canterbury City South',
      councilName: 'Kent',
    },
    {
      kind: 'letter',
      greeting: 'Cllr Jones',
      footer: {
        councilName: 'Kent',
        standing: "Kent has not signed the Runaways' Charter",
        pageUrl: `${SITE}/councils/kent`,
        signUrl: `${SITE}/sign?council=kent`,
      },
    },
  ),
  followUp: followUpEmail({ email: 'a@example.org', name: 'Ada' }, 'Kent', `${SITE}/r?t=4`),
  verifySigning: verifySigningEmail(
    'o@kent.gov.uk',
    { councilName: 'Kent County Council', intent: 'sign' },
    `${SITE}/sign/verify?token=5`,
  ),
  approvedSigned: signingApprovedEmail(
    { email: 'o@kent.gov.uk', name: 'Morgan' },
    { councilName: 'Kent County Council', slug: 'kent', status: 'signed' },
    { siteUrl: SITE, assessUrl: `${SITE}/assess?token=6` },
  ),
  approvedPledged: signingApprovedEmail(
    { email: 'o@kent.gov.uk', name: 'Morgan' },
    { councilName: 'Kent County Council', slug: 'kent', status: 'pledged' },
    { siteUrl: SITE, assessUrl: `${SITE}/assess?token=7` },
  ),
  rejected: signingRejectedEmail(
    { email: 'o@kent.gov.uk', name: 'Morgan' },
    { councilName: 'Kent County Council', slug: 'kent' },
    'Not yet decided.',
    SITE,
  ),
  councilSigned: councilSignedEmail(
    { email: 'a@example.org', firstName: 'Ada', unsubscribeKey: 'k8' },
    { councilName: 'Kent County Council', slug: 'kent' },
    SITE,
  ),
  assessmentLink: assessmentLinkEmail('o@kent.gov.uk', 'Kent County Council', `${SITE}/a?t=9`),
  receipt: donationReceiptEmail({
    to: 'a@example.org',
    amountPence: 2500,
    frequency: 'monthly',
    paidAt: '2026-11-25T10:00:00Z',
    giftAidDeclaredAt: '2026-11-25T09:59:00Z',
    manageUrl: `${SITE}/donate/manage?token=10`,
  }),
  manageGift: manageGiftEmail('a@example.org', `${SITE}/donate/manage?token=11`, 7),
  setPasswordLink: setPasswordLinkEmail('a@example.org', `${SITE}/admin/set-password?token=12`),
  mailing: renderMailing({ subject: 'Write now', body: 'Please [write](https://example.org/w).' }),
};

describe('every email', () => {
  it.each(Object.entries(EVERY_EMAIL))(
    '%s: its text has every link its HTML has, and no markup',
    (_name, email) => {
      const links = [...email.html.matchAll(/href="([^"]+)"/g)].map((m) =>
        m[1]!.replaceAll('&amp;', '&'),
      );
      for (const link of links) expect(email.text).toContain(link);
      expect(email.text).not.toMatch(/<\/?(p|a|div|br)\b/);
      expect(email.text).not.toContain('undefined');
      expect(email.text.includes(HELPLINE)).toBe(email.html.includes(HELPLINE));
    },
  );

  it('has the helplines, but for a letter to a councillor, which is a person’s own words', () => {
    for (const [name, email] of Object.entries(EVERY_EMAIL)) {
      expect(email.text.includes(HELPLINE), name).toBe(name !== 'letter');
    }
  });
});

describe('a donation receipt', () => {
  it.each([
    ['a one-off gift without Gift Aid', 'one-off', null],
    ['a monthly gift with Gift Aid', 'monthly', '2026-11-25T09:59:00Z'],
  ] as const)('for %s names the charity it went to and its number', (_, frequency, declared) => {
    const { text, html } = donationReceiptEmail({
      to: 'a@example.org',
      amountPence: 1000,
      frequency,
      paidAt: '2026-11-25T10:00:00Z',
      giftAidDeclaredAt: declared,
    });
    const charity = "The Children's Society, registered charity 221124 (England and Wales)";
    expect(text).toContain(`It goes to ${charity}, to make young runaways safe.`);
    expect(html).toContain(charity.replace("'", '&#x27;'));
  });
});
