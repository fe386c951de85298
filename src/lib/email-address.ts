const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/**
 * The form of an email address that identifies the person: lower case, without a `+tag`, and for
 * Gmail without dots (Gmail ignores them), so `Jo.Smith+news@GoogleMail.com` and
 * `josmith@gmail.com` are one supporter. Mail is still sent to the address as typed.
 */
export function emailKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 1) return address;
  let local = address.slice(0, at).split('+')[0]!;
  let domain = address.slice(at + 1);
  if (GMAIL.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
