import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { formProblems } from '../../actions/form-problems.ts';
import { getDb } from '../../lib/db.ts';
import { openLink, statusForLink } from '../../lib/http/emailed-link.ts';
import { postedForm } from '../../lib/http/posted-form.ts';
import { messages } from '../../lib/i18n/catalogue.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { findLetterForLink, type LetterForLink } from '../../lib/lobby/letter-confirmation.ts';
import { residenceMessage, tooSoonMessage } from '../../lib/lobby/messages.ts';
import type { Residence } from '../../lib/lobby/residence.ts';

export interface ConfirmPageProps {
  token: string;
  found: LetterForLink;
  /** Why the letter has not gone, when Send was pressed and it could not. */
  error: string | undefined;
  /** The postcode, checked at last, is not in the council: the letter never goes. */
  notHere: { message: string; elsewhere: { slug: string; name: string } | undefined } | undefined;
}

type NotHere = Extract<Residence, { kind: 'elsewhere' | 'unknown-postcode' | 'outside' }>;

/**
 * What the confirm page shows for its link and the Send press, and the status it answers with.
 * Opening the link changes nothing (mail scanners follow links); only pressing Send does.
 */
export async function confirmPage(Astro: AstroGlobal, locale: Locale): Promise<ConfirmPageProps> {
  const result = Astro.getActionResult(actions.confirmLetter);
  // After a refused Send (the letters are paused, say) the token comes back in the form.
  const token = Astro.url.searchParams.get('token') ?? (await postedForm(Astro.request))('token');
  const found: LetterForLink =
    result?.data?.kind === 'expired' || result?.data?.kind === 'invalid'
      ? result.data
      : openLink(token, (opened) => findLetterForLink(getDb(), opened, new Date()));
  // With no link at all (the page opened from the language link, say) nothing is missing: the
  // page says what its link is for. A link that is wrong or out of date is not found or gone.
  if (token) Astro.response.status = statusForLink(found.kind);
  const outcome = result?.data;
  const refused = formProblems(result?.error, undefined, locale);
  const council =
    found.kind === 'pending' && locale === 'cy'
      ? (found.letter.councilWelshName ?? found.letter.councilName)
      : found.kind === 'pending'
        ? found.letter.councilName
        : '';
  const error =
    refused.summary ??
    (outcome?.kind === 'too-soon' && found.kind === 'pending'
      ? tooSoonMessage(council, outcome, locale)
      : outcome?.kind === 'unchecked'
        ? messages(locale).lobby.confirm.unchecked
        : undefined);
  const residence =
    outcome?.kind === 'elsewhere' ||
    outcome?.kind === 'unknown-postcode' ||
    outcome?.kind === 'outside'
      ? (outcome as NotHere)
      : undefined;
  if (outcome?.kind === 'unchecked') Astro.response.status = 503;
  if (residence) Astro.response.status = 409;
  if (refused.status && found.kind === 'pending') Astro.response.status = refused.status;
  if (outcome?.kind === 'too-soon') Astro.response.status = 409;
  return {
    token,
    found,
    error,
    notHere:
      residence && found.kind === 'pending'
        ? {
            message: residenceMessage(residence, found.letter.postcode, council, locale),
            elsewhere: residence.kind === 'elsewhere' ? residence.council : undefined,
          }
        : undefined,
  };
}
