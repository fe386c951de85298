import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, readEnv } from './env.ts';

/** Every setting as it reads with nothing set. */
const DEFAULTS = {
  DATABASE_PATH: 'data/campaign.db',
  HOST: 'localhost',
  SITE_URL: 'http://localhost:4321',
  CHARITY_NAME: "The Children's Society",
  CHARITY_NUMBER: '221124',
  POSTCODES_API_URL: 'https://api.postcodes.io',
  RESEND_API_URL: 'https://api.resend.com',
  EMAIL_FROM: 'Make Runaways Safe <campaign@makerunawayssafe.org.uk>',
  PLEDGES_PER_IP_PER_HOUR: 30,
  LETTERS_PER_IP_PER_HOUR: 10,
  LETTERS_PER_COUNCIL_PER_DAY: 500,
  LETTER_DIGEST_AFTER: 50,
  COUNCIL_EMAILS_PER_IP_PER_HOUR: 5,
  LOGINS_PER_IP_PER_15_MIN: 10,
  LOGINS_PER_ACCOUNT_PER_15_MIN: 10,
  MAILING_EMAILS_PER_SECOND: 100,
  RESEND_REQUESTS_PER_SECOND: 2,
  STRIPE_API_URL: 'https://api.stripe.com',
  STRIPE_PAGE_ORIGINS: 'https://checkout.stripe.com https://billing.stripe.com',
  DONATIONS_PER_IP_PER_HOUR: 10,
  LOG_LEVEL: 'info',
  COMMENTS_PER_IP_PER_HOUR: 5,
  TRUSTED_PROXIES: [],
  PORT: 4321,
  LITESTREAM_SYNC_INTERVAL: 0.25,
};

describe('readEnv', () => {
  it('needs no settings at all', () => {
    expect(readEnv({})).toEqual(DEFAULTS);
  });

  it('reads the settings it is given', () => {
    expect(
      readEnv({
        DATABASE_PATH: '/srv/campaign.db',
        HOST: '0.0.0.0',
        PORT: '8080',
        SITE_URL: 'https://www.example.org.uk/',
        LETTERS_PER_COUNCIL_PER_DAY: '120',
      }),
    ).toEqual({
      ...DEFAULTS,
      DATABASE_PATH: '/srv/campaign.db',
      HOST: '0.0.0.0',
      PORT: 8080,
      SITE_URL: 'https://www.example.org.uk',
      LETTERS_PER_COUNCIL_PER_DAY: 120,
      LETTER_DIGEST_AFTER: 50,
    });
  });

  it('reads trusted proxies as addresses and networks', () => {
    expect(readEnv({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8 fd00::/8' }).TRUSTED_PROXIES).toEqual([
      { address: '127.0.0.1', prefix: 32, family: 'ipv4' },
      { address: '10.0.0.0', prefix: 8, family: 'ipv4' },
      { address: 'fd00::', prefix: 8, family: 'ipv6' },
    ]);
  });

  it('reads the two-step key as base64 or as hex', () => {
    const key = Buffer.alloc(32, 7);
    expect(readEnv({ TWO_FACTOR_KEY: key.toString('base64') }).TWO_FACTOR_KEY).toEqual(key);
    expect(readEnv({ TWO_FACTOR_KEY: key.toString('hex') }).TWO_FACTOR_KEY).toEqual(key);
  });

  it.each([
    ['TWO_FACTOR_KEY', 'correct horse battery staple'],
    ['TWO_FACTOR_KEY', Buffer.alloc(16).toString('base64')],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LETTERS_PER_COUNCIL_PER_DAY', '0'],
    ['MAILING_EMAILS_PER_SECOND', '0'],
    ['RESEND_REQUESTS_PER_SECOND', '0'],
    ['STRIPE_PAGE_ORIGINS', "https://checkout.stripe.com 'unsafe-inline'"],
    ['DATABASE_PATH', '  '],
    ['SITE_URL', 'www.example.org.uk'],
    ['SITE_URL', 'ftp://example.org.uk'],
    ['CHARITY_NUMBER', 'SC012345'],
    ['TRUSTED_PROXIES', 'proxy.example.org'],
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
    ['TRUSTED_PROXIES', '10.0.0.1/8/8'],
    ['LITESTREAM_REPLICA_URL', 'gcs://bucket/campaign'],
    ['LITESTREAM_REPLICA_URL', 's3://My_Bucket/campaign'],
    ['LITESTREAM_ENDPOINT', 'minio:9000'],
    ['LITESTREAM_REGION', 'EU West 2'],
    ['LITESTREAM_SYNC_INTERVAL', '0'],
  ])('names the setting when %s=%j cannot be used', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(ConfigurationError);
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`^Setting ${name} is not valid`));
  });

  it.each([
    ['/srv/replica', { type: 'file', path: '/srv/replica' }],
    ['file:///srv/replica', { type: 'file', path: '/srv/replica' }],
    ['replica', { type: 'file', path: resolve('replica') }],
    ['s3://campaign-backups/db/', { type: 's3', url: 's3://campaign-backups/db' }],
  ])('reads the replica %s', (url, target) => {
    expect(readEnv({ LITESTREAM_REPLICA_URL: url }).LITESTREAM_REPLICA_URL).toEqual(target);
  });

  it('says what is wrong with a replica it cannot use, in one line', () => {
    expect(() => readEnv({ LITESTREAM_REPLICA_URL: 'sftp://host/db' })).toThrow(
      'Setting LITESTREAM_REPLICA_URL is not valid: must be a directory path, file:///… or s3://bucket/path (a bucket name in lower case)',
    );
  });

  it('refuses one half of the store key pair', () => {
    expect(() => readEnv({ LITESTREAM_ACCESS_KEY_ID: 'AKIA123' })).toThrow(
      'Setting LITESTREAM_SECRET_ACCESS_KEY is not valid: set both LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY, or neither',
    );
  });
});
