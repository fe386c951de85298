/*
 * A Welsh council is named in full, "Cyngor Caerdydd", and so mutates regularly wherever a
 * sentence puts it: "at Gyngor Caerdydd" (soft, after at, i, o, am), "yng Nghyngor Caerdydd"
 * (nasal, after yn). A name that is not a Welsh council's (Kent, on a Welsh page) is left as it is.
 */

/** After at, i, o, am, ar: "Gyngor Caerdydd". */
export const soft = (council: string) => council.replace(/^Cyngor /, 'Gyngor ');

/** "yng Nghyngor Caerdydd", or "yn Kent". */
export const inCouncil = (council: string) =>
  council.startsWith('Cyngor ') ? `yng Nghyngor ${council.slice(7)}` : `yn ${council}`;

/** The countries a postcode outside England and Wales can be in, as Welsh says "in" and "from". */
const COUNTRIES: Record<string, { in: string; from: string }> = {
  Scotland: { in: 'yn yr Alban', from: "o'r Alban" },
  'Northern Ireland': { in: 'yng Ngogledd Iwerddon', from: 'o Ogledd Iwerddon' },
};

export const inCountry = (country: string) => COUNTRIES[country]?.in ?? `yn ${country}`;
export const fromCountry = (country: string) => COUNTRIES[country]?.from ?? `o ${country}`;
