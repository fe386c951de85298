import { LANGUAGE_TAG, type Locale } from './i18n/locales.ts';

const dateFormat = (options: Intl.DateTimeFormatOptions) => ({
  en: new Intl.DateTimeFormat(LANGUAGE_TAG.en, { ...options, timeZone: 'UTC' }),
  cy: new Intl.DateTimeFormat(LANGUAGE_TAG.cy, { ...options, timeZone: 'UTC' }),
});
const longDate = dateFormat({ day: 'numeric', month: 'long', year: 'numeric' });

/**
 * "16 July 2012" (in Welsh "16 Gorffennaf 2012"): dates as people in the UK write them. Dates are
 * calendar days, kept in UTC.
 */
export function formatDate(date: Date | string, locale: Locale = 'en'): string {
  return longDate[locale].format(
    typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date,
  );
}

/**
 * Names as a sentence lists them: "A", "A and B", "A, B and C". In Welsh "A, B a C": "ac" before
 * a vowel ("Caerdydd ac Abertawe"), and "a" mutates c, p and t ("Gwynedd a Phowys").
 */
export function listInWords(names: readonly string[], locale: Locale = 'en'): string {
  if (names.length <= 1) return names[0] ?? '';
  const head = names.slice(0, -1).join(', ');
  const last = names.at(-1)!;
  if (locale === 'en') return `${head} and ${last}`;
  if (/^[aeiouwyâêîôûŵŷ]/i.test(last)) return `${head} ac ${last}`;
  return `${head} a ${last.replace(/^([CcPpTt])(?!h)/, '$1h')}`;
}

const pluralRules = new Intl.PluralRules('en-GB');
const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * The form of a word or phrase that agrees with a count, by the language's own rules:
 * `agreeing(1, 'council has', 'councils have')` is "council has"; 0, 2 and 1.5 take the other.
 */
export function agreeing(count: number, one: string, other: string): string {
  return pluralRules.select(count) === 'one' ? one : other;
}

/** A count with its noun, as a sentence says it: "1 second", "1.5 seconds", "7,500 supporters". */
export function countOf(count: number, one: string, other: string): string {
  return `${countFormat.format(count)} ${agreeing(count, one, other)}`;
}

/**
 * The parts of a name that are on record, joined by commas: "Sam Hammond, Director", or just
 * "Sam Hammond" when no role was given (never "Sam Hammond , Director" or a comma left hanging).
 */
export function joinPresent(...parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}

/** The machine-readable form for `<time datetime>`. */
export function isoDay(date: Date | string): string {
  return (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);
}

/**
 * How precisely a date is known. `by`: only that it had happened by then (the 32 councils named
 * in the September 2013 report signed on days nobody published). A date is shown no more
 * precisely than it is known, so a reader never sees a day that nobody recorded.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'by'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const monthYear = dateFormat({ month: 'long', year: 'numeric' });

/** The words before a date: "by" (and "erbyn"), and after a verb "on", "in" (Welsh: below). */
const DATE_WORDS = {
  en: { by: 'by', day: 'on', month: 'in', year: 'in' },
  // "ar 6 Mehefin 2013", "ym mis Mehefin 2013", "yn 2013", "erbyn mis Medi 2013".
  cy: { by: 'erbyn', day: 'ar', month: 'ym mis', year: 'yn' },
} as const;

/**
 * A date as precisely as it is known: "6 June 2013", "June 2013", "2013", "by September 2013"
 * (in Welsh "6 Mehefin 2013", "Mehefin 2013", "2013", "erbyn Medi 2013").
 */
export function formatKnownDate(
  date: string,
  precision: DatePrecision,
  locale: Locale = 'en',
): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  switch (precision) {
    case 'day':
      return formatDate(date, locale);
    case 'month':
      return monthYear[locale].format(day);
    case 'year':
      return date.slice(0, 4);
    case 'by':
      return `${DATE_WORDS[locale].by} ${monthYear[locale].format(day)}`;
  }
}

/**
 * The same, after a verb: "on 6 June 2013", "in June 2013", "in 2013", "by September 2013" (in
 * Welsh "ar 6 Mehefin 2013", "ym mis Mehefin 2013", "yn 2013", "erbyn Medi 2013").
 */
export function whenKnown(date: string, precision: DatePrecision, locale: Locale = 'en'): string {
  if (precision === 'by') return formatKnownDate(date, precision, locale);
  return `${DATE_WORDS[locale][precision]} ${formatKnownDate(date, precision, locale)}`;
}

/** The machine-readable form of a date as precisely as it is known, for `<time datetime>`. */
export function knownDateTime(date: string, precision: DatePrecision): string {
  if (precision === 'day') return isoDay(date);
  return precision === 'year' ? date.slice(0, 4) : date.slice(0, 7);
}

/**
 * A date as precisely as it is known, as HTML with `<time>` for machines: "by <time
 * datetime="2013-09">September 2013</time>". After a verb (`afterVerb`), "on …" or "in …". The
 * words are ours and the date is ISO, so nothing needs escaping.
 */
export function knownDateHtml(
  date: string,
  precision: DatePrecision,
  afterVerb = false,
  locale: Locale = 'en',
): string {
  const words = DATE_WORDS[locale];
  const word = precision === 'by' || afterVerb ? `${words[precision]} ` : '';
  // "by September 2013": the word stands outside the <time>, which holds the month.
  const text = formatKnownDate(date, precision === 'by' ? 'month' : precision, locale);
  return `${word}<time datetime="${knownDateTime(date, precision)}">${text}</time>`;
}
