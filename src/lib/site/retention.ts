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
 * Returns how many records each rule removed or forgot, for the log.
 */
export function runRetention(db: Db, now: Date) {
  return {
    unconfirmedPledges: deleteUnconfirmedPledges(db, now),
    networksForgotten: forgetOldNetworks(db, now),
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
