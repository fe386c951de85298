/**
 * Top-level names set aside for examples, tests and the machine itself (RFC 2606, RFC 6761): no
 * domain under them can ever be registered, so nobody can receive mail there.
 */
const RESERVED_TOP_LEVEL = ['example', 'test', 'invalid', 'localhost'];

/** Second-level names set aside for documentation (RFC 2606), with every name under them. */
const RESERVED_SECOND_LEVEL = ['example.com', 'example.org', 'example.net'];

/**
 * The domain of `address` (lower-cased, as written after its last @) when it is reserved, else
 * undefined: `kent.example` for `lead-member@kent.example`, `mail.example.org` for
 * `jo@mail.example.org`, nothing for `jo@example.org.uk` (a real, registrable domain). The seed's
 * unchecked targets and the tests' writers use such addresses precisely because they reach nobody.
 */
export function reservedDomainOf(address: string): string | undefined {
  const domain = address
    .slice(address.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  const isUnder = (reserved: string) => domain === reserved || domain.endsWith(`.${reserved}`);
  return RESERVED_TOP_LEVEL.some(isUnder) || RESERVED_SECOND_LEVEL.some(isUnder)
    ? domain
    : undefined;
}
