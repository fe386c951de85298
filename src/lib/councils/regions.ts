/**
 * The regions councils are grouped by: England's nine and Wales as one. Stories name only one of
 * these, never a smaller place, so that no child can be identified from where they lived.
 */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
] as const;

export type Region = (typeof REGIONS)[number];

const TAKES_THE = new Set<Region>([
  'North East',
  'North West',
  'East Midlands',
  'West Midlands',
  'East of England',
  'South East',
  'South West',
]);

/** The region as it reads after "in": "the North West", "London", "Yorkshire and The Humber". */
export function regionInSentence(region: Region): string {
  return TAKES_THE.has(region) ? `the ${region}` : region;
}
