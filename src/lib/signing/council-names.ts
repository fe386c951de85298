import type { Locale } from '../i18n/locales.ts';

/**
 * A council as a page or an email in `locale` names it: a council in Wales by its Welsh name in
 * Welsh, every other council (and every council in English) by its official name.
 */
export function councilNameIn(
  locale: Locale,
  council: { name: string; welshName?: string | null | undefined },
): string {
  return locale === 'cy' && council.welshName ? council.welshName : council.name;
}

/**
 * The council's page as a page in `locale` links to it: in Welsh, a council in Wales has its
 * Welsh page (/cy/cynghorau/caerdydd); any other council's page is in English only (`english`).
 */
export function councilPageIn(
  locale: Locale,
  council: { slug: string; welshSlug?: string | null | undefined },
): { path: string; english: boolean } {
  if (locale === 'cy' && council.welshSlug) {
    return { path: `/cy/cynghorau/${council.welshSlug}`, english: false };
  }
  return { path: `/councils/${council.slug}`, english: locale === 'cy' };
}
