import { LANGUAGE_TAG, type Locale } from './locales.ts';

/**
 * The forms of a phrase for each plural category a language has: English has `one` and `other`;
 * Welsh has six (zero, one, two, few, many, other), and its nouns also mutate after numbers, so
 * each form is written out whole. `#` stands for the number, written as the language writes it.
 * Only `other` is required: a category left out takes it.
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

function cached<T>(map: Map<Locale, T>, locale: Locale, make: (tag: string) => T): T {
  let found = map.get(locale);
  if (!found) map.set(locale, (found = make(LANGUAGE_TAG[locale])));
  return found;
}

/** A number as the language writes it: "7,500", "1.5". */
export function formatNumber(locale: Locale, count: number): string {
  return cached(
    numbers,
    locale,
    (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
  ).format(count);
}

/** The form of `forms` that agrees with `count`, by the language's own plural rules. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const category = cached(rules, locale, (tag) => new Intl.PluralRules(tag)).select(count);
  return (forms[category] ?? forms.other).replaceAll('#', formatNumber(locale, count));
}
