import { z } from 'zod';
import { INVISIBLE } from '../form-fields.ts';
import { childNamed, childrenNamed, childText, type XmlElement } from './xml.ts';

/**
 * What a Modern.gov democracy site's web service says about its councillors. Its method
 * `GetCouncillorsByWard` is a plain GET that answers with XML like this (every element name in
 * lower case, no namespace):
 *
 *   <councillorsbyward><wards>
 *     <ward>
 *       <wardtitle>Maidstone Central</wardtitle>
 *       <councillors>
 *         <councillorcount> 2</councillorcount>
 *         <councillor>
 *           <councillorid>4158</councillorid>
 *           <fullusername>Councillor Sam Example</fullusername>
 *           <photosmallurl>…</photosmallurl> <politicalpartytitle>Labour</politicalpartytitle>
 *           <districttitle/> <representing/> <keyposts/>
 *           <workaddress><line1>…</line1><email>…</email></workaddress>
 *           <homeaddress><line1>…</line1><phone>…</phone><email>…</email></homeaddress>
 *           <termsofoffice>…</termsofoffice>
 *         </councillor>
 *       </councillors>
 *     </ward>
 *   </wards></councillorsbyward>
 *
 * The shape was checked against public code that reads it: DemocracyClub's LGSF
 * (lgsf/councillors/scrapers.py, ModGovCouncillorScraper), vcc-LG/welsh-councillor-search
 * (lambdas/consumeAPIs/index.js) and the saved answers of 46 councils in symroe/CouncillorData
 * (data/<council>/CouncillorsByWard.xml).
 *
 * What is read, and why:
 * - `wardtitle`: the ward (or county division) as the council names it, to match to a GSS code.
 *   A ward with no title is a placeholder and is skipped.
 * - `councillorid`: the councillor's id on the site, which ties a later import to the same target.
 * - `fullusername`: the name. Some councils put "Councillor" in front and some do not; it is taken
 *   off, so names read alike whichever council they come from. "Vacant seat" entries are skipped.
 * - `politicalpartytitle`: the party, shown to supporters choosing whom to write to.
 * - `email`, in `workaddress` first, then `homeaddress` (many councils put the council address
 *   there), then directly under `councillor`: the address letters go to. Only the first thing
 *   shaped like an email address is taken: real feeds have "x@council.gov.uk (for ward issues)"
 *   and phone numbers in that element.
 * Nothing else is kept: home addresses, phone numbers and photos are not this campaign's business.
 */

/** One councillor as the democracy site lists them. */
export interface SiteCouncillor {
  /** The councillor's id on the democracy site (`councillorid`). */
  externalId: string;
  name: string;
  party: string | null;
  /** The ward or county division, as the site names it (`wardtitle`). */
  wardName: string;
  email: string | null;
}

const EMAIL = /[A-Z0-9._%+'-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/i;
const TITLE = /^(?:(?:county|city|borough|district)\s+)?(?:councillor|cllr\.?)\s+/i;
const VACANT = /^vacan(?:t|cy)\b/i;

/** A line of text from the feed: invisible and control characters gone, spaces tidied. */
const tidy = (text: string) =>
  text
    .replace(INVISIBLE, '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function firstEmail(councillor: XmlElement): string | null {
  const places = [
    childNamed(councillor, 'workaddress'),
    childNamed(councillor, 'homeaddress'),
    councillor,
  ];
  for (const place of places) {
    const found = EMAIL.exec(childText(place, 'email'))?.[0].toLowerCase();
    if (found && found.length <= 254 && z.email().safeParse(found).success) return found;
  }
  return null;
}

/**
 * The councillors in a `councillorsbyward` document, ward by ward. Entries the campaign cannot
 * use are left out: vacant seats, and entries without an id or a name, or with one far too long
 * to be real. A councillor listed twice (in two wards) is taken once, where first listed.
 */
export function councillorsInDocument(root: XmlElement): SiteCouncillor[] {
  const councillors: SiteCouncillor[] = [];
  const seen = new Set<string>();
  for (const ward of childrenNamed(root, 'wards').flatMap((w) => childrenNamed(w, 'ward'))) {
    const wardName = tidy(childText(ward, 'wardtitle'));
    if (!wardName || wardName.length > 120) continue;
    const entries = childrenNamed(ward, 'councillors').flatMap((c) =>
      childrenNamed(c, 'councillor'),
    );
    for (const entry of entries) {
      const externalId = tidy(childText(entry, 'councillorid'));
      const name = tidy(childText(entry, 'fullusername')).replace(TITLE, '');
      if (!externalId || externalId.length > 100 || seen.has(externalId)) continue;
      if (name.length < 2 || name.length > 120 || VACANT.test(name)) continue;
      seen.add(externalId);
      const party = tidy(childText(entry, 'politicalpartytitle')).slice(0, 100) || null;
      councillors.push({ externalId, name, party, wardName, email: firstEmail(entry) });
    }
  }
  return councillors;
}
