import { CONTACT_EMAIL } from '../../config.ts';
import { CHARITY } from '../charity.ts';
import { formatPounds, giftAidOn, type Frequency } from './amount.ts';
import { formatDate } from '../format.ts';
import type { EmailMessage } from '../email/outbox.ts';
import { button, composeEmail } from '../email/layout.tsx';

export interface Receipt {
  to: string;
  amountPence: number;
  frequency: Frequency;
  paidAt: string;
  /** When the giver made a Gift Aid declaration for this gift. */
  giftAidDeclaredAt: string | null;
  /** For a monthly gift: a link to change or stop it. */
  manageUrl?: string | undefined;
}

/**
 * The receipt for one payment, sent once Stripe has told us (by a verified webhook) the money
 * arrived. It states the Gift Aid position, since the giver must know what was declared.
 */
export function donationReceiptEmail(receipt: Receipt): EmailMessage {
  const amount = formatPounds(receipt.amountPence);
  const subject =
    receipt.frequency === 'monthly'
      ? `Your receipt: ${amount} monthly gift`
      : `Your receipt: ${amount} gift`;
  const lines = [
    `Thank you. We received your ${receipt.frequency === 'monthly' ? 'monthly gift' : 'gift'} of ${amount} on ${formatDate(receipt.paidAt)}. It goes to ${CHARITY.registered}, to make young runaways safe.`,
    receipt.giftAidDeclaredAt
      ? `Gift Aid: you declared on ${formatDate(receipt.giftAidDeclaredAt)} that you are a UK taxpayer, so we will claim ${formatPounds(giftAidOn(receipt.amountPence))} from HMRC on this payment. If you stop paying enough tax, change your name or move home, please tell us.`
      : 'Gift Aid: you did not make a Gift Aid declaration, so we will not claim Gift Aid on this payment. If you are a UK taxpayer and would like us to, reply to this email.',
    `Keep this email as your receipt. Questions about your gift: ${CONTACT_EMAIL}.`,
  ];

  return composeEmail(
    { template: 'donation-receipt', to: receipt.to, subject },
    <>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {receipt.manageUrl && (
        <>
          <p>You can change your monthly gift or stop it at any time:</p>
          {button(receipt.manageUrl, 'Change or stop my monthly gift')}
        </>
      )}
    </>,
  );
}

/** The kind of email below, named so the per-address limit can be asked before a link is made. */
export const MANAGE_GIFT_TEMPLATE = 'donation-manage-link';

/** A fresh link to manage a monthly gift, for someone who asked for one. */
export function manageGiftEmail(to: string, manageUrl: string, days: number): EmailMessage {
  const subject = 'Change or stop your monthly gift';
  return composeEmail(
    { template: MANAGE_GIFT_TEMPLATE, to, subject },
    <>
      <p>You asked for a link to change or stop your monthly gift.</p>
      {button(manageUrl, 'Change or stop my monthly gift')}
      <p>
        The link works for {days} days. If you did not ask, ignore this email and nothing will
        happen.
      </p>
    </>,
  );
}
