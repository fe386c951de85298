import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { formProblems } from '../../actions/form-problems.ts';
import { getDb } from '../../lib/db.ts';
import { isTokenShaped } from '../../lib/http/emailed-link.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { findFollowUp, REPLY_ANSWERS, type ReplyAnswer } from '../../lib/lobby/letter-replies.ts';

export interface ReplyPageProps {
  token: string;
  /** Set once the writer has answered (the page after the press). */
  answered: ReplyAnswer | undefined;
  letter: ReturnType<typeof findFollowUp>;
  /** The answer the emailed link suggests, shown as the main button. */
  chosen: ReplyAnswer | undefined;
  problem: string | undefined;
}

const isAnswer = (value: string | null): value is ReplyAnswer =>
  (REPLY_ANSWERS as readonly string[]).includes(value ?? '');

/**
 * The follow-up page: did anyone reply? Opening the link from the email records nothing (mail
 * scanners follow links): pressing does. A link that matches no letter answers 404.
 */
export async function replyPage(Astro: AstroGlobal, locale: Locale): Promise<ReplyPageProps> {
  const result = Astro.getActionResult(actions.answerFollowUp);
  const answered = Astro.url.searchParams.get('answered');
  // After a failed press the token comes back in the form, not the address.
  const posted = result?.error ? await Astro.request.formData().catch(() => undefined) : undefined;
  const token = String(posted?.get('token') ?? Astro.url.searchParams.get('token') ?? '');
  const suggested = Astro.url.searchParams.get('answer');
  const letter =
    !isAnswer(answered) && isTokenShaped(token) ? findFollowUp(getDb(), token) : undefined;
  // With no link at all (opened from the language link, say) the page is there; a wrong link is not.
  if (!isAnswer(answered) && !letter && token) Astro.response.status = 404;
  return {
    token,
    answered: isAnswer(answered) ? answered : undefined,
    letter,
    chosen: isAnswer(suggested) ? suggested : undefined,
    problem: formProblems(result?.error, undefined, locale).summary,
  };
}
