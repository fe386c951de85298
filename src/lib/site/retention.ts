import type { Db } from '../db.ts';
import {
  deleteAbandonedCheckouts,
  deleteExpiredManageLinks,
  forgetOldDonors,
} from '../donations/retention.ts';
import { deleteUnappliedImports } from '../lobby/councillor-import.ts';
import { deleteStaleLetters, expireHeldLetters } from '../lobby/retention.ts';
import {
  deleteUnconfirmedPledges,
  forgetExpiredPrivacyRequests,
  forgetOldNetworks,
} from '../pledges/retention.ts';
import { deleteExpiredSigningRequests } from '../signing/retention.ts';

/**
 * Every retention rule the privacy page promises, run together: the server runs this hourly.
 * The rules over supporters, which grow with the campaign, run in chunks of bounded time; the
 * rest touch a few rows an hour (letters, signing requests, donors) and run in one go.
 * Returns how many records each rule removed or forgot, for the log.
 */
export async function runRetention(db: Db, now: Date) {
  return {
    unconfirmedPledges: await deleteUnconfirmedPledges(db, now),
    networksForgotten: await forgetOldNetworks(db, now),
    privacyRequestsForgotten: forgetExpiredPrivacyRequests(db, now),
    heldLettersExpired: expireHeldLetters(db, now),
    staleLetters: deleteStaleLetters(db, now),
    unconfirmedSigningRequests: deleteExpiredSigningRequests(db, now),
    unpaidCheckouts: deleteAbandonedCheckouts(db, now),
    donorsForgotten: forgetOldDonors(db, now),
    manageLinks: deleteExpiredManageLinks(db, now),
    unappliedCouncillorImports: deleteUnappliedImports(db, now),
  };
}
