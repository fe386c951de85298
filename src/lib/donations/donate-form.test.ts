import { describe, expect, it } from 'vitest';
import { formatPounds, giftAidOn, parseAmount } from './amount.ts';
import { DonateFormSchema } from './schema.ts';
import { GIFT_AID_DECLARATION } from './gift-aid.ts';

describe('parseAmount', () => {
  it.each([
    ['25', 2500],
    ['£25', 2500],
    [' £ 12.50 ', 1250],
    ['2', 200],
    ['12.5', 1250],
    ['1,000', 100_000],
    ['10000', 1_000_000],
    ['10,000.00', 1_000_000],
  ])('reads %j as %i pence', (typed, pence) => {
    expect(parseAmount(typed)).toEqual({ ok: true, pence });
  });

  it.each([
    ['1.99', 'The smallest gift we can take online is £2'],
    ['0', 'The smallest gift we can take online is £2'],
    ['10000.01', 'We can take up to £10,000 online'],
    ['99999999', 'We can take up to £10,000 online'],
    ['', 'Enter an amount in pounds, like 25 or 12.50'],
    ['twenty', 'Enter an amount in pounds, like 25 or 12.50'],
    ['-5', 'Enter an amount in pounds, like 25 or 12.50'],
    ['12.345', 'Enter an amount in pounds, like 25 or 12.50'],
    ['1e3', 'Enter an amount in pounds, like 25 or 12.50'],
    ['25 pounds', 'Enter an amount in pounds, like 25 or 12.50'],
    ['NaN', 'Enter an amount in pounds, like 25 or 12.50'],
    ['1,00', 'Enter an amount in pounds, like 25 or 12.50'],
  ])('refuses %j with a clear message', (typed, message) => {
    const check = parseAmount(typed);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain(message);
  });

  it('writes amounts as people do, and Gift Aid as a quarter', () => {
    expect([formatPounds(2500), formatPounds(1250), formatPounds(100_000)]).toEqual([
      '£25',
      '£12.50',
      '£1,000',
    ]);
    expect([giftAidOn(2500), giftAidOn(1001)]).toEqual([625, 250]);
  });
});

const form = (fields: Record<string, string>) =>
  DonateFormSchema.safeParse({
    frequency: 'monthly',
    amount: '25',
    otherAmount: '',
    email: 'giver@example.org',
    ...fields,
  });
const errorsOf = (result: ReturnType<typeof form>) =>
  result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));

describe('the donate form', () => {
  it('takes a preset amount, or a typed one over it', () => {
    expect(form({}).data).toEqual({
      frequency: 'monthly',
      amountPence: 2500,
      email: 'giver@example.org',
      giftAid: null,
    });
    expect(form({ otherAmount: '£7.50' }).data?.amountPence).toBe(750);
  });

  it('puts an amount problem beside the box it came from', () => {
    expect(errorsOf(form({ amount: '' }))).toEqual({
      amount: 'Choose an amount, or type your own',
    });
    expect(errorsOf(form({ otherAmount: '1' }))).toEqual({
      otherAmount: 'The smallest gift we can take online is £2',
    });
    expect(errorsOf(form({ amount: '5000000' }))).toHaveProperty('amount');
    expect(errorsOf(form({ frequency: 'weekly' }))).toEqual({
      frequency: 'Choose a one-off or a monthly gift',
    });
  });

  it('asks for name and home address only when Gift Aid is ticked', () => {
    const ticked = { giftAid: 'yes', giftAidVersion: GIFT_AID_DECLARATION.version };
    expect(Object.keys(errorsOf(form(ticked))).sort()).toEqual([
      'firstName',
      'house',
      'lastName',
      'postcode',
    ]);
    const details = {
      ...ticked,
      title: 'Dr.',
      firstName: ' Ada ',
      lastName: 'Lovelace-King',
      house: '12',
      postcode: 'sw1a1aa',
    };
    expect(form(details).data?.giftAid).toEqual({
      title: 'Dr',
      firstName: 'Ada',
      lastName: 'Lovelace-King',
      house: '12',
      postcode: 'SW1A 1AA',
    });
    expect(errorsOf(form({ ...details, postcode: 'nowhere', title: 'Professor' }))).toEqual({
      postcode: 'Enter your home postcode, like SW1A 1AA',
      title: 'Your title must be 4 letters or fewer, like Mr, Ms, Dr or Prof',
    });
    expect(errorsOf(form({ ...details, giftAidVersion: 'gift-aid-1999-01-01' }))).toHaveProperty(
      'giftAid',
    );
    // Unticked, whatever is in the boxes is neither checked nor kept.
    expect(form({ firstName: '<script>', postcode: 'x' }).data?.giftAid).toBeNull();
  });
});

it('reports every problem at once, not one after another', () => {
  const result = DonateFormSchema.safeParse({
    frequency: 'one-off',
    amount: '',
    otherAmount: '1',
    email: '',
    giftAid: 'yes',
    giftAidVersion: GIFT_AID_DECLARATION.version,
  });
  expect(result.success).toBe(false);
  expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
    'email',
    'firstName',
    'house',
    'lastName',
    'otherAmount',
    'postcode',
  ]);
});
