import { CHARITY_NAME } from '../../config.ts';

/**
 * The Gift Aid declaration, versioned like consent texts: each declaration records the version it
 * was made under, so changing these words never changes what someone declared. Change the words,
 * change the version. It covers what HMRC asks a declaration to say: who gives, to which charity,
 * which gifts, that the giver pays UK tax, and that any shortfall is theirs to pay.
 */
export const GIFT_AID_DECLARATION = {
  version: 'gift-aid-2026-11-25',
  paragraphs: [
    `I am a UK taxpayer. I want ${CHARITY_NAME} to claim Gift Aid on this gift and, if it is a monthly gift, on every payment of it until I stop it.`,
    'I understand that if I pay less Income Tax and Capital Gains Tax in a tax year than the Gift Aid claimed on all my donations in that year, I must pay the difference.',
    'I will tell you if I stop paying enough tax, change my name or move home.',
  ],
} as const;
