import { statement, type Db } from '../db.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import { SET_PASSWORD_LINK_TEMPLATE, setPasswordLinkEmail } from './emails.tsx';
import { hashToken } from '../tokens.ts';
import { recordAudit } from '../audit/audit.ts';
import { issueSetPasswordLink } from './users.ts';

export type LinkRequest = 'sent' | 'no-account' | 'limit-reached';

/**
 * Emails the owner of an account a one-time link to set a new password: for a forgotten
 * password, an expired first link, or a login limit in force. The page answers the same whatever
 * happened, so it tells nobody who has an account. An account whose access was removed (no
 * password and no link) gets nothing, so removing access holds though its owner still reads
 * their email. Nothing else changes until the link is used.
 */
export function emailSetPasswordLink(
  db: Db,
  email: string,
  siteUrl: string,
  now: Date,
): LinkRequest {
  return db
    .transaction((): LinkRequest => {
      const account = statement(
        db,
        `SELECT id, email FROM admin_users WHERE email = ?
           AND (password_hash IS NOT NULL OR set_password_token_hash IS NOT NULL)`,
      ).get(email.trim()) as { id: number; email: string } | undefined;
      if (!account) return 'no-account';
      // However many times its address is typed, an account gets a few links a day at most.
      if (!withinRecipientLimit(db, account.email, [SET_PASSWORD_LINK_TEMPLATE])) {
        return 'limit-reached';
      }
      const token = issueSetPasswordLink(db, account.id, now);
      enqueueEmail(
        db,
        `set-password:${hashToken(token).slice(0, 16)}`,
        setPasswordLinkEmail(account.email, `${siteUrl}/admin/set-password?token=${token}`),
      );
      recordAudit(db, account.id, 'account.link-emailed', {}, now);
      return 'sent';
    })
    .immediate();
}
