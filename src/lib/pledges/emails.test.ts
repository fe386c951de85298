import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { campaignEmailParts, renderEmail } from '../email/layout.tsx';
import { unsubscribeUrl } from '../email/unsubscribe.ts';
import { messages } from '../i18n/catalogue.ts';
import { alreadyPledgedEmail, confirmPledgeEmail, privacyLinkEmail } from './emails.tsx';

const SITE = 'https://example.org.uk';

/** English words that never appear in a Welsh email (the campaign's name aside; "help" is Welsh too). */
const ENGLISH = /\b(the|and|your|you|this|please|confirm|pledge|link|email|now)\b/i;
const withoutName = (text: string) => text.replaceAll('Make Runaways Safe', '');

describe('the emails of a supporter who chose Welsh', () => {
  const welsh = {
    confirmation: confirmPledgeEmail('a@example.org', `${SITE}/cy/addewid/cadarnhau?token=t`, 'cy'),
    alreadyIn: alreadyPledgedEmail('a@example.org', SITE, 'cy', true),
    privacyLink: privacyLinkEmail('a@example.org', `${SITE}/cy/preifatrwydd/rheoli?token=t`, 'cy'),
  };

  it.each(Object.entries(welsh))('%s is in Welsh, subject and body, with lang="cy"', (_, email) => {
    expect(email.subject).not.toMatch(ENGLISH);
    expect(withoutName(email.text)).not.toMatch(ENGLISH);
    expect(email.html).toContain('<html lang="cy">');
    expect(email.text).toContain('Angen help nawr?');
  });

  it('says so when the language changed, and links to the Welsh pages', () => {
    expect(welsh.alreadyIn.text).toContain('Byddwn yn ysgrifennu atoch yn Gymraeg o hyn ymlaen.');
    expect(welsh.alreadyIn.text).toContain(`${SITE}/cy/cynghorau`);
    expect(welsh.confirmation.text).toContain(`${SITE}/cy/addewid/cadarnhau?token=t`);
  });

  it('ends campaign emails with a Welsh way to stop, to the Welsh unsubscribe page', () => {
    const url = unsubscribeUrl(SITE, 'k-1', 'cy');
    expect(url).toBe(`${SITE}/cy/dad-danysgrifio?key=k-1`);
    const { footer, headers } = campaignEmailParts(url, 'cy');
    const { text } = renderEmail('Pwnc', h('p', null, 'Helo'), { footer, locale: 'cy' });
    expect(text).toContain(`${messages('cy').mailings.stop} (${url})`);
    expect(withoutName(text)).not.toMatch(ENGLISH);
    expect(headers['List-Unsubscribe']).toBe(`<${url}>`);
  });

  it('keeps English emails as they were', () => {
    expect(confirmPledgeEmail('a@example.org', `${SITE}/c`).subject).toBe(
      'Please confirm your pledge to make runaways safe',
    );
    expect(alreadyPledgedEmail('a@example.org', SITE).text).not.toContain('from now on');
    expect(unsubscribeUrl(SITE, 'k-1')).toBe(`${SITE}/unsubscribe?key=k-1`);
  });
});
