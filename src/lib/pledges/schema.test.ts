import { describe, expect, it } from 'vitest';
import { PledgeFormSchema } from './schema.ts';

const valid = {
  firstName: 'Siân',
  lastName: "O'Brien-Smith",
  email: 'sian@example.org',
  postcode: 'sw1a1aa',
  campaignEmails: 'on',
  from: '/councils/kent',
  website: '',
  shownAt: '1',
};

describe('the pledge form', () => {
  it('normalises what it accepts', () => {
    expect(PledgeFormSchema.parse({ ...valid, firstName: '  Siân  ' })).toMatchObject({
      firstName: 'Siân',
      postcode: 'SW1A 1AA',
      campaignEmails: true,
      from: '/councils/kent',
    });
  });

  it('treats a missing tick box as no, and an empty postcode as none', () => {
    const { campaignEmails: _, ...unticked } = valid;
    expect(PledgeFormSchema.parse({ ...unticked, postcode: '' })).toMatchObject({
      campaignEmails: false,
      postcode: null,
    });
  });

  it('keeps the consent record to pages on this site', () => {
    expect(PledgeFormSchema.parse({ ...valid, from: 'https://evil.example/' }).from).toBe('/join');
  });

  it.each([
    ['abcd2345', 'whatsapp', 'ABCD2345', 'whatsapp'],
    [' ABCD2345 ', 'copy', 'ABCD2345', 'copy'],
    ['ABCD2345', 'carrier-pigeon', 'ABCD2345', null],
    // 0, 1, I and O are never in a code; a link mangled on its way is no code, and no problem.
    ['ABCD0123', 'email', null, 'email'],
    ['ABCD23456', undefined, null, null],
    ['<script>', undefined, null, null],
    [undefined, undefined, null, null],
  ])('reads the share code %o and channel %o as %o and %o', (ref, via, code, channel) => {
    expect(PledgeFormSchema.parse({ ...valid, ref, via })).toMatchObject({
      ref: code,
      via: channel,
    });
  });

  it.each([
    [{ firstName: '' }, 'firstName', 'Enter your first name'],
    [{ firstName: 'x'.repeat(51) }, 'firstName', '50 characters or fewer'],
    [{ lastName: '<script>alert(1)</script>' }, 'lastName', 'only use letters'],
    [{ firstName: 'Jo\u0000' }, 'firstName', 'only use letters'],
    [{ email: '' }, 'email', 'Enter your email address'],
    [{ email: 'jo@' }, 'email', 'in the right format'],
    [{ email: `${'a'.repeat(250)}@example.org` }, 'email', '254 characters or fewer'],
    [{ postcode: 'KENT' }, 'postcode', 'Enter a full UK postcode'],
    [{ firstName: undefined }, 'firstName', 'Enter your first name'],
  ])('explains what is wrong with %o', (change, field, message) => {
    const result = PledgeFormSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toContain(message);
  });
});
