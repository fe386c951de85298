import { readEnv } from './env.ts';

const { CHARITY_NAME, CHARITY_NUMBER } = readEnv();

/**
 * The registered charity that runs the campaign, from the settings (read once; pages built in
 * advance read them when the site is built). A registered charity must say that it is one, with
 * its number, wherever it asks for money and on its receipts (Charities Act 2011, section 39), so
 * the footer, the donate page, the Gift Aid declaration and every receipt use `registered`.
 */
export const CHARITY = {
  /** "The Children's Society" */
  name: CHARITY_NAME,
  /** "The Children's Society, registered charity 221124 (England and Wales)" */
  registered: `${CHARITY_NAME}, registered charity ${CHARITY_NUMBER} (England and Wales)`,
  /** The same in Welsh: "The Children's Society, elusen gofrestredig 221124 (Cymru a Lloegr)" */
  registeredCy: `${CHARITY_NAME}, elusen gofrestredig ${CHARITY_NUMBER} (Cymru a Lloegr)`,
} as const;
