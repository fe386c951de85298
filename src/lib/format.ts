const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "16 July 2012": dates as people in the UK write them. Dates are calendar days, kept in UTC. */
export function formatDate(date: Date | string): string {
  return longDate.format(
    typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date,
  );
}

/** The machine-readable form for `<time datetime>`. */
export function isoDay(date: Date | string): string {
  return (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);
}
