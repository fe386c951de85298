import { CHARITY } from '../charity.ts';

/**
 * The Gift Aid declaration, versioned like consent texts: each declaration records the version it
 * was made under, so changing these words never changes what someone declared. Change the words,
 * change the version. It covers what HMRC asks a declaration to say: who gives, to which charity,
 * which gifts, that the giver pays UK tax, and that any shortfall is theirs to pay. The charity is
 * named from the settings (CHARITY_NAME, CHARITY_NUMBER), so it is part of the version too: a
 * declaration always records the charity it was made to.
 */
export const GIFT_AID_DECLARATION = {
  version: `gift-aid-2026-12-01 to ${CHARITY.registered}`,
  paragraphs: [
    `I am a UK taxpayer. I want ${CHARITY.registered}, to claim Gift Aid on this gift and, if it is a monthly gift, on every payment of it until I stop it.`,
    'I understand that if I pay less Income Tax and Capital Gains Tax in a tax year than the Gift Aid claimed on all my donations in that year, I must pay the difference.',
    'I will tell you if I stop paying enough tax, change my name or move home.',
  ],
} as const;

/**
 * The words of earlier versions, which declarations already stored name (their `text_version`):
 * kept so that what each of those givers agreed to can still be read.
 */
export const EARLIER_GIFT_AID_DECLARATIONS = {
  'gift-aid-2026-11-25': [
    'I am a UK taxpayer. I want the national children’s charity that runs Make Runaways Safe to claim Gift Aid on this gift and, if it is a monthly gift, on every payment of it until I stop it.',
    'I understand that if I pay less Income Tax and Capital Gains Tax in a tax year than the Gift Aid claimed on all my donations in that year, I must pay the difference.',
    'I will tell you if I stop paying enough tax, change my name or move home.',
  ],
} as const;
