import { statement, type Db } from '../db.ts';
import { enqueueEmail } from '../email/outbox.ts';
import type { Locale } from '../i18n/locales.ts';
import { councilSignedEmail } from './emails.tsx';
import { mayEmail } from '../email/suppressions.ts';
import { councilNameIn } from './council-names.ts';
import type { SigningCouncil } from './council-step.ts';
import { signingEmailKeys } from '../email/keys.ts';

/**
 * Queues "your council has signed" for every confirmed supporter in the council who asked for
 * campaign emails (and has not bounced or complained), each in the language they joined in. The
 * outbox sends them at its own pace; the key makes a second approval (or a retry) queue nothing
 * more.
 */
export function tellSupporters(db: Db, council: SigningCouncil, siteUrl: string): number {
  const supporters = statement(
    db,
    `SELECT id, email, first_name AS firstName, unsubscribe_key AS unsubscribeKey, language
     FROM supporters
     WHERE council_id = ? AND ${mayEmail('supporters')}`,
  ).all(council.id) as {
    id: number;
    email: string;
    firstName: string;
    unsubscribeKey: string;
    language: Locale;
  }[];
  for (const supporter of supporters) {
    enqueueEmail(
      db,
      signingEmailKeys.councilSigned(council.id, supporter.id),
      councilSignedEmail(
        supporter,
        {
          councilName: councilNameIn(supporter.language, council),
          slug: council.slug,
          welshSlug: council.welshSlug,
        },
        siteUrl,
        supporter.language,
      ),
    );
  }
  return supporters.length;
}
