import type { STATUS_LABELS } from '../councils/status.ts';
import { statement, type Db } from '../db.ts';
import { whenKnown } from '../format.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';
import type { CampaignFooter } from './letter-emails.tsx';

/** What a councillor can act on, at the foot of every letter to them (and in Welsh, in Wales). */
export function campaignFooter(db: Db, councilId: number, siteUrl: string): CampaignFooter {
  const council = statement(
    db,
    `SELECT c.slug, c.short_name AS name, c.welsh_name AS welshName,
            c.welsh_slug AS welshSlug, s.status, s.status_since AS since,
            s.status_precision AS precision
     FROM councils AS c JOIN council_status AS s ON s.council_id = c.id WHERE c.id = ?`,
  ).get(councilId) as {
    slug: string;
    name: string;
    welshName: string | null;
    welshSlug: string | null;
    status: keyof typeof STATUS_LABELS;
    since: string | null;
    precision: 'day' | 'month' | 'year' | 'by' | null;
  };
  const footerIn = (locale: Locale, name: string, page: string) => {
    const t = messages(locale).lobby.emails.frame;
    const when = council.since
      ? ` ${whenKnown(council.since, council.precision ?? 'day', locale)}`
      : '';
    const sign = `${siteUrl}${localisedPath('/sign', locale)}?council=${council.slug}`;
    return {
      councilName: name,
      standing:
        council.status === 'signed'
          ? t.signed(name, when)
          : council.status === 'pledged'
            ? t.pledged(name)
            : t.notSigned(name),
      pageUrl: `${siteUrl}${page}`,
      signUrl: council.status === 'signed' ? null : sign,
    };
  };
  return {
    ...footerIn('en', council.name, `/councils/${council.slug}`),
    ...(council.welshName &&
      council.welshSlug && {
        welsh: footerIn('cy', council.welshName, `/cy/cynghorau/${council.welshSlug}`),
      }),
  };
}
