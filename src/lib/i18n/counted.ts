import type { PluralForms } from './plural.ts';

/**
 * The form of `forms` that agrees with `count`, split around the number, so a page can set the
 * number apart (`<strong>`) wherever the language puts it: English "# people have joined", Welsh
 * "Mae # o bobl wedi ymuno". Takes the rules and the number format rather than a locale, so the
 * home page's live count can use it in the browser without the catalogue.
 */
export function countedParts(
  rules: Intl.PluralRules,
  numbers: Intl.NumberFormat,
  count: number,
  forms: PluralForms,
): [before: string, number: string, after: string] {
  const [before = '', after = ''] = (forms[rules.select(count)] ?? forms.other).split('#');
  return [before, numbers.format(count), after];
}
