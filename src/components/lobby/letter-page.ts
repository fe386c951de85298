import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { formProblems } from '../../actions/form-problems.ts';
import { findCouncil, listCouncils, type CouncilSummary } from '../../lib/councils/queries.ts';
import { getDb } from '../../lib/db.ts';
import { postedForm } from '../../lib/http/posted-form.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { letterTooLong } from '../../lib/i18n/messages/cy/lobby.ts';
import { letterProblemMessage, residenceMessage } from '../../lib/lobby/messages.ts';
import { suggestLetter } from '../../lib/lobby/suggested-letter.ts';
import type { LetterForm } from '../../lib/lobby/letters.ts';
import type { Residence } from '../../lib/lobby/residence.ts';
import { normalisePostcode } from '../../lib/postcode/postcode.ts';
import type { LetterField } from './LetterForm.astro';

export const LETTER_FIELDS: LetterField[] = [
  'subject',
  'opening',
  'ownWords',
  'writerName',
  'email',
  'postcode',
];

/** A council as the letter pages name it: in Welsh on a Welsh page. */
export interface LetterCouncil extends CouncilSummary {
  /** Its name in the page's language: Cyngor Caerdydd, Cardiff. */
  name: string;
  /** This council's letter page in the page's language. */
  path: string;
}

export interface LetterPageProps {
  council: LetterCouncil;
  locale: Locale;
  kind: 'ask' | 'thank';
  values: Record<LetterField, string>;
  fieldErrors: Partial<Record<LetterField, string | undefined>>;
  error: string | undefined;
  checking: { form: LetterForm; residence: Residence; problem: string | undefined } | undefined;
  /** Where the writer's postcode says they live, when it is not here. */
  elsewhere: { path: string; name: string } | undefined;
  hasProblem: boolean;
}

/** The letter page of a council in `locale`: by its Welsh slug on a Welsh page, Wales only. */
export function letterCouncil(slug: string, locale: Locale): LetterCouncil | undefined {
  const db = getDb();
  const found = findCouncil(db, slug, locale === 'cy' ? 'welsh_slug' : 'slug');
  if (!found) return undefined;
  return {
    ...found,
    name: locale === 'cy' ? (found.welshName ?? found.shortName) : found.shortName,
    path: letterPath(found, locale),
  };
}

/** A council's letter page: Welsh for a Welsh council on a Welsh page, English otherwise. */
export function letterPath(
  council: { slug: string; welshSlug: string | null },
  locale: Locale,
): string {
  return locale === 'cy' && council.welshSlug
    ? `/cy/lobio/${council.welshSlug}`
    : `/lobby/${council.slug}`;
}

/** A problem from the schema in the page's language, the letter's length with its figures. */
function say(message: string | undefined, locale: Locale): string | undefined {
  const tooLong = /^Your letter must be ([\d,]+) characters or fewer; it is ([\d,]+)\./.exec(
    message ?? '',
  );
  return locale === 'cy' && tooLong ? letterTooLong(tooLong[1]!, tooLong[2]!) : message;
}

/**
 * Everything the letter page shows after the writer's last step, and the status it answers with:
 * the boxes as they typed them (or the suggestion, in the page's language), the problems beside
 * them, or the check step.
 */
export async function letterPage(
  Astro: AstroGlobal,
  council: LetterCouncil,
  locale: Locale,
): Promise<LetterPageProps> {
  const suggested = suggestLetter(council, listCouncils(getDb()), locale);
  const preview = Astro.getActionResult(actions.previewLetter);
  const send = Astro.getActionResult(actions.sendLetter);
  const result = send ?? preview;
  const checking = result?.data?.kind === 'preview' ? result.data : undefined;

  const typed = await postedForm(Astro.request);
  const suggestions: Partial<Record<LetterField, string>> = {
    subject: suggested.subject,
    opening: suggested.opening,
    postcode: normalisePostcode(Astro.url.searchParams.get('postcode') ?? '') ?? '',
  };
  const values = Object.fromEntries(
    LETTER_FIELDS.map((name) => [name, typed(name, suggestions[name] ?? '')]),
  ) as Record<LetterField, string>;

  const problems = formProblems(result?.error, undefined, locale);
  const fieldErrors = Object.fromEntries(
    Object.entries(problems.fields).map(([name, message]) => [name, say(message, locale)]),
  ) as Partial<Record<LetterField, string | undefined>>;
  let error = problems.error;
  if (problems.status) Astro.response.status = problems.status;
  let elsewhere: LetterPageProps['elsewhere'];
  if (result?.data && result.data.kind !== 'preview' && result.data.kind !== 'emailed') {
    const data = result.data;
    if (data.kind === 'elsewhere' || data.kind === 'unknown-postcode' || data.kind === 'outside') {
      fieldErrors.postcode = residenceMessage(data, values.postcode, council.name, locale);
      if (data.kind === 'elsewhere') {
        // The other council's Welsh page only when it is in Wales; its English page otherwise.
        const other = findCouncil(getDb(), data.council.slug);
        elsewhere = {
          path: `${other ? letterPath(other, locale) : `/lobby/${data.council.slug}`}?postcode=${encodeURIComponent(values.postcode)}`,
          name: (locale === 'cy' && other?.welshName) || data.council.name,
        };
      }
      Astro.response.status = 400;
    } else {
      const message = letterProblemMessage(data.kind, council.name, locale);
      if (data.kind === 'near-duplicate') fieldErrors.ownWords = message;
      else if (data.kind === 'too-many-emails') fieldErrors.email = message;
      else error = message;
      Astro.response.status = data.kind === 'too-many-emails' ? 429 : 409;
    }
  }
  // Sent with nobody ticked: back to the check step, with the reason beside the boxes.
  if (checking?.problem) Astro.response.status = 409;
  const hasProblem =
    !!error || !!checking?.problem || LETTER_FIELDS.some((name) => fieldErrors[name]);
  return {
    council,
    locale,
    kind: suggested.kind,
    values,
    fieldErrors,
    error,
    checking,
    elsewhere,
    hasProblem,
  };
}
