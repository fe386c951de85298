import type { Translation } from './catalogue-types.ts';
import type { Locale } from './locales.ts';
import { cy } from './messages/cy/index.ts';
import { en } from './messages/en/index.ts';

export type Catalogue = Translation<typeof en>;

const CATALOGUES: Record<Locale, Catalogue> = { en, cy };

/** The interface strings of a page in `locale`: `messages('cy').site.skipLink`. */
export function messages(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/**
 * Keys of `reference` that `translation` lacks (or has as the wrong kind of thing), as dotted
 * paths. The types already forbid it; this holds for a catalogue typed loosely (a cast, a JSON
 * import), and the build stops on it below, so no page can ever show a key instead of words.
 */
export function missingKeys(reference: object, translation: object, path = ''): string[] {
  return Object.entries(reference).flatMap(([key, value]) => {
    const other = (translation as Record<string, unknown>)[key];
    const at = `${path}${key}`;
    if (typeof value === 'object' && value !== null) {
      return typeof other === 'object' && other !== null
        ? missingKeys(value, other, `${at}.`)
        : [at];
    }
    return typeof other === typeof value ? [] : [at];
  });
}

const missing = missingKeys(en, cy);
if (missing.length > 0) throw new Error(`The Welsh catalogue lacks: ${missing.join(', ')}`);
