import { CONTACT_EMAIL } from '../../config.ts';

/** The smallest and largest gifts taken online, in pence: below £2 the fees take too much. */
const MINIMUM_PENCE = 200;
const MAXIMUM_PENCE = 1_000_000;

/** The amounts offered as buttons, in pounds. */
export const PRESET_POUNDS = [5, 10, 25, 50] as const;

export const FREQUENCIES = ['one-off', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

// Pounds as people type them: "25", "£25", "12.50", "1,000" or "1000.5"; at most two decimals.
const POUNDS = /^£?\s*(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{1,2}))?$/;

export type AmountCheck = { ok: true; pence: number } | { ok: false; message: string };

/** Reads an amount in pounds as typed into the form, and checks it is one we can take. */
export function parseAmount(typed: string): AmountCheck {
  const match = POUNDS.exec(typed.trim());
  if (!match) {
    return { ok: false, message: 'Enter an amount in pounds, like 25 or 12.50' };
  }
  const pounds = Number(match[1]!.replaceAll(',', ''));
  const pence = pounds * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (pence < MINIMUM_PENCE) {
    return { ok: false, message: 'The smallest gift we can take online is £2' };
  }
  if (pence > MAXIMUM_PENCE) {
    return {
      ok: false,
      message: `We can take up to £10,000 online. For a larger gift, please email ${CONTACT_EMAIL}`,
    };
  }
  return { ok: true, pence };
}

/** £25 or £12.50: whole pounds without pence, as people write them. */
export function formatPounds(pence: number): string {
  const pounds = pence / 100;
  return `£${pounds.toLocaleString('en-GB', {
    minimumFractionDigits: pence % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  })}`;
}

/** What Gift Aid adds to a gift: 25p for every £1, as basic-rate tax at 20% is reclaimed. */
export function giftAidOn(pence: number): number {
  return Math.floor(pence / 4);
}
