/**
 * Whether an email address is on a council's own domain or one of its subdomains
 * (`j.smith@kent.gov.uk` or `j.smith@education.kent.gov.uk` for `kent.gov.uk`), but not a domain
 * that merely ends the same way (`notkent.gov.uk`).
 */
export function isOnDomain(email: string, domain: string | null): boolean {
  if (!domain) return false;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const host = email
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  const own = domain.toLowerCase();
  return host === own || host.endsWith(`.${own}`);
}
