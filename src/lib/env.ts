import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** A key or secret: unset and empty both mean "not configured". */
const optionalSecret = z
  .string()
  .trim()
  .optional()
  .transform((key) => key || undefined);

/** 32 bytes as hex, or as base64 (what `openssl rand -base64 32` prints). */
const KEY = /^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=?)$/;

/** A key for AES-256: unset means "not configured"; anything else must be 32 bytes. */
const aesKey = optionalSecret
  .refine(
    (key) => key === undefined || KEY.test(key),
    'must be 32 random bytes as base64 or hex: make one with openssl rand -base64 32',
  )
  .transform((key) =>
    key === undefined ? undefined : Buffer.from(key, key.length === 64 ? 'hex' : 'base64'),
  );

/** An http(s) address, written without a trailing slash so paths can be added to it. */
const webAddress = (fallback: string) =>
  z
    .url({ protocol: /^https?$/ })
    .default(fallback)
    .transform((url) => url.replace(/\/+$/, ''));

/** One address or network a trusted reverse proxy sends from. */
export interface ProxyNetwork {
  address: string;
  /** Bits of the network prefix: 32 or 128 for a single address. */
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/**
 * Addresses or networks (`127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`) separated by spaces or
 * commas. Anything else is refused, so a typing mistake stops start-up instead of quietly
 * trusting nobody (or everybody).
 */
const proxyNetworks = z
  .string()
  .default('')
  .transform((text, context) => {
    const networks: ProxyNetwork[] = [];
    for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
      const [address = '', bits, ...rest] = entry.split('/');
      const version = isIP(address);
      const maxBits = version === 6 ? 128 : 32;
      const prefix = bits === undefined ? maxBits : Number(bits);
      if (
        version === 0 ||
        rest.length > 0 ||
        !Number.isInteger(prefix) ||
        prefix < 0 ||
        prefix > maxBits
      ) {
        context.addIssue({
          code: 'custom',
          message: `"${entry}" is not an IP address or network, like 10.0.0.0/8`,
        });
        return z.NEVER;
      }
      networks.push({ address, prefix, family: version === 6 ? 'ipv6' : 'ipv4' });
    }
    return networks;
  });

/** Where Litestream copies the database: a directory on this machine, or an S3-style bucket. */
export type ReplicaTarget = { type: 'file'; path: string } | { type: 's3'; url: string };

/**
 * A replica address: a path (relative to the project root, where npm runs), `file:///…`, or
 * `s3://bucket/path`. Litestream 0.3 knows other schemes (gcs, abs, sftp), but only these two are
 * tested here, so anything else is refused rather than half-supported.
 */
const replicaTarget = optionalSecret.transform((text, context): ReplicaTarget | undefined => {
  if (text === undefined) return undefined;
  if (text.startsWith('file://')) return { type: 'file', path: resolve(fileURLToPath(text)) };
  const s3 = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/[^\s]*)?$/.exec(text);
  if (s3) return { type: 's3', url: text.replace(/\/+$/, '') };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    context.addIssue({
      code: 'custom',
      message:
        'must be a directory path, file:///… or s3://bucket/path (a bucket name in lower case)',
    });
    return z.NEVER;
  }
  return { type: 'file', path: resolve(text) };
});

/**
 * Every setting the site reads from its environment, parsed once.
 *
 * This is the only module that reads `process.env`: the Astro server and the command-line scripts
 * (`npm start`, `npm run db:migrate`, …) share it, which `astro:env` cannot do because it only
 * exists inside the Vite build. The README's configuration table mirrors this schema.
 */
const EnvSchema = z.object({
  /** Where the SQLite database lives; its directory is created when missing. */
  DATABASE_PATH: z.string().trim().min(1).default('data/campaign.db'),
  /** Interface the server listens on. `localhost` keeps a development machine private. */
  HOST: z.string().trim().min(1).default('localhost'),
  /**
   * The public address of the site, used for canonical links, the sitemap, the RSS feed and link
   * previews. Read when the site is built: `npm start` rebuilds when it changes.
   */
  SITE_URL: webAddress('http://localhost:4321'),
  /**
   * The registered charity that runs the campaign and receives its gifts, named in every footer,
   * on the donate page, in the Gift Aid declaration and on receipts. Read when the site is built,
   * like SITE_URL: `npm start` rebuilds when it changes.
   */
  CHARITY_NAME: z.string().trim().min(3).default("The Children's Society"),
  /** Its number in the register of charities for England and Wales; read at build time too. */
  CHARITY_NUMBER: z
    .string()
    .trim()
    .regex(/^\d{6,7}$/, "must be a number in the Charity Commission's register, like 221124")
    .default('221124'),
  /** postcodes.io, which turns a postcode into council codes. Tests point it at a local fake. */
  POSTCODES_API_URL: webAddress('https://api.postcodes.io'),
  /** Resend's API key. Without one, emails stay in the outbox and /dev/outbox shows them. */
  RESEND_API_KEY: optionalSecret,
  /** Resend's API address. Tests point it at a local fake. */
  RESEND_API_URL: webAddress('https://api.resend.com'),
  /**
   * The signing secret of the Resend webhook (`whsec_…`), which tells us of bounces and
   * complaints. Without it the webhook refuses every call.
   */
  RESEND_WEBHOOK_SECRET: optionalSecret,
  /**
   * How fast mobilisation emails go, on average. Sent 100 to a request (Resend's batch size), the
   * default is one request a second, within Resend's per-team request limit with room left for
   * the confirmation emails people are waiting for.
   */
  MAILING_EMAILS_PER_SECOND: z.coerce.number().min(1).max(10_000).default(100),
  /**
   * Requests a second Resend allows the team (its default is 2; it raises the limit on request,
   * and the README says to ask before a big moment). The outbox and the mailing sender share it,
   * confirmations first, and space their requests to stay under it.
   */
  RESEND_REQUESTS_PER_SECOND: z.coerce.number().min(0.1).max(1_000).default(2),
  /** Who campaign emails come from; the domain must be verified with Resend. */
  EMAIL_FROM: z
    .string()
    .trim()
    .min(3)
    .default('Make Runaways Safe <campaign@makerunawayssafe.org.uk>'),
  /**
   * Stripe's secret key (`sk_live_…` or `sk_test_…`). Without one the donate page says donations
   * are not set up, and takes none.
   */
  STRIPE_SECRET_KEY: optionalSecret,
  /** The signing secret of the Stripe webhook (`whsec_…`). Without it the webhook refuses every call. */
  STRIPE_WEBHOOK_SECRET: optionalSecret,
  /** Stripe's API address. Tests point it at a local fake. */
  STRIPE_API_URL: webAddress('https://api.stripe.com'),
  /**
   * Where Stripe's own pages live (Checkout and the customer portal), space-separated origins.
   * The donate pages' security policy lets their forms lead there and nowhere else.
   */
  STRIPE_PAGE_ORIGINS: z
    .string()
    .trim()
    .default('https://checkout.stripe.com https://billing.stripe.com')
    .pipe(
      z
        .string()
        .regex(
          /^https?:\/\/[a-z0-9.:-]+( https?:\/\/[a-z0-9.:-]+)*$/,
          'must be origins, like https://checkout.stripe.com, separated by spaces',
        ),
    ),
  /** Checkouts one address (IP) may start in an hour: card testers use donation forms. */
  DONATIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /**
   * The key that seals two-step login secrets in the database, so a copy of it (a backup, say)
   * cannot make login codes. Without it, production refuses to turn two-step login on; outside
   * production, secrets are stored unsealed and start-up says so. Keep it apart from backups.
   */
  TWO_FACTOR_KEY: aesKey,
  /** `production` turns off development helpers such as /dev/outbox. */
  NODE_ENV: z.string().optional(),
  /** Pledges one address (IP) may make in an hour; a household or an office shares one. */
  PLEDGES_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** Letters one address (IP) may send for confirmation in an hour. */
  LETTERS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /**
   * Letters one council receives in a day; later letters wait for the next day with room. Past
   * LETTER_DIGEST_AFTER, each person there gets the rest of a day's letters in one digest, so this
   * bounds the work of reading them, not the number of emails.
   */
  LETTERS_PER_COUNCIL_PER_DAY: z.coerce.number().int().min(1).default(500),
  /**
   * Letters one person (a councillor or officer) receives one by one in a day; the rest of the
   * day's go to them in a single digest the next morning, unless they asked for each letter.
   */
  LETTER_DIGEST_AFTER: z.coerce.number().int().min(1).default(50),
  /**
   * Emails one address (IP) may have sent in an hour through the council forms (signing requests
   * and self-assessment links): each goes to an address the sender typed.
   */
  COUNCIL_EMAILS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /**
   * Failed logins in 15 minutes, per network address and per account from one address, before
   * the login form refuses more: slow enough to stop password guessing, generous enough for
   * typing mistakes. Logins that succeed do not count. The account's count is per address, so
   * nobody elsewhere can lock its owner out.
   */
  LOGINS_PER_IP_PER_15_MIN: z.coerce.number().int().min(1).default(10),
  LOGINS_PER_ACCOUNT_PER_15_MIN: z.coerce.number().int().min(1).default(10),
  /** Comments one address (IP) may post in an hour; a person rarely posts more than one. */
  COMMENTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** How much the server logs (JSON lines on stdout): `info` logs every request. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /**
   * The reverse proxies in front of the site (see the README), whose X-Forwarded-For names the
   * visitor. Unset, nobody's is believed: each visitor is the address that connected.
   */
  TRUSTED_PROXIES: proxyNetworks,
  /**
   * Where Litestream replicates the database, continuously, while `npm start` runs: a directory
   * (another disk), `file:///…`, or `s3://bucket/path` on AWS or any S3-compatible store. Unset,
   * nothing replicates and the hourly backups are the only copies.
   */
  LITESTREAM_REPLICA_URL: replicaTarget,
  /**
   * The S3-compatible store's address (MinIO, Backblaze B2, …), like
   * `https://s3.eu-central-003.backblazeb2.com`. Unset means AWS S3.
   */
  LITESTREAM_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** The bucket's region, like `eu-west-2`; Litestream asks AWS for it when unset. */
  LITESTREAM_REGION: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, 'must be a region name, like eu-west-2')
    .optional(),
  /**
   * The store's access key pair. Litestream reads both from the environment itself, so neither is
   * ever written into its configuration file. Unset, Litestream uses AWS's usual sources (an
   * instance role, ~/.aws).
   */
  LITESTREAM_ACCESS_KEY_ID: optionalSecret,
  LITESTREAM_SECRET_ACCESS_KEY: optionalSecret,
  /**
   * Seconds between Litestream's uploads of new writes to the replica while the site is writing
   * (it uploads nothing while the site is idle). Smaller loses less in a disaster and costs more
   * requests to an S3 store; the default keeps the measured loss well under a second (see
   * src/lib/replication/config.ts and the README's replication section).
   */
  LITESTREAM_SYNC_INTERVAL: z.coerce.number().min(0.1).max(3600).default(0.25),
  /** Port the server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
});

const CheckedEnvSchema = EnvSchema.superRefine((env, context) => {
  // One key without the other fails at the first upload, long after start-up: say so now.
  if (!env.LITESTREAM_ACCESS_KEY_ID !== !env.LITESTREAM_SECRET_ACCESS_KEY) {
    context.addIssue({
      code: 'custom',
      path: [
        env.LITESTREAM_ACCESS_KEY_ID ? 'LITESTREAM_SECRET_ACCESS_KEY' : 'LITESTREAM_ACCESS_KEY_ID',
      ],
      message: 'set both LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY, or neither',
    });
  }
});

export type Env = z.infer<typeof EnvSchema>;

/** Thrown when a setting cannot be used; the message names the variable and what is wrong. */
export class ConfigurationError extends Error {}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = CheckedEnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigurationError(
      `Setting ${issue?.path.join('.') ?? '(unknown)'} is not valid: ${issue?.message ?? 'unknown problem'}`,
    );
  }
  return parsed.data;
}
