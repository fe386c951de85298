import { describe, expect, it } from 'vitest';
import { readEnv } from '../env.ts';
import { litestreamConfig, replicationFiles, replicationSettings } from './config.ts';

const SECRETS = {
  LITESTREAM_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  LITESTREAM_SECRET_ACCESS_KEY: 's3cr3t/key',
};

/** The configuration `npm start` writes for these settings. */
const configFor = (env: Record<string, string>) =>
  litestreamConfig(
    replicationSettings(readEnv({ DATABASE_PATH: '/data/campaign.db', ...env }))!,
    9911,
  );

describe('replicationSettings', () => {
  it('is off without a replica', () => {
    expect(replicationSettings(readEnv({}))).toBeUndefined();
  });
});

describe('litestreamConfig', () => {
  it('replicates to a directory, given as a path', () => {
    expect(configFor({ LITESTREAM_REPLICA_URL: '/backup/replica' })).toBe(
      [
        'addr: "127.0.0.1:9911"',
        'logging:',
        '  level: warn',
        '  type: json',
        'dbs:',
        '  - path: "/data/campaign.db"',
        '    monitor-interval: 250ms',
        '    replicas:',
        '      - type: file',
        '        path: "/backup/replica"',
        '        sync-interval: 250ms',
        '',
      ].join('\n'),
    );
  });

  it('replicates to a directory, given as a file:// address', () => {
    expect(configFor({ LITESTREAM_REPLICA_URL: 'file:///backup/replica' })).toContain(
      '      - type: file\n        path: "/backup/replica"\n',
    );
  });

  it('replicates to AWS S3 without an endpoint, its credentials left to the environment', () => {
    const config = configFor({
      LITESTREAM_REPLICA_URL: 's3://campaign-backups/db',
      LITESTREAM_SYNC_INTERVAL: '2',
      ...SECRETS,
    });
    expect(config).toContain(
      '      - url: "s3://campaign-backups/db"\n        sync-interval: 2000ms\n',
    );
    expect(config).not.toMatch(/endpoint|AKIAEXAMPLE|s3cr3t|access-key|secret/);
  });

  it('replicates to an S3-compatible store at its endpoint, in its region', () => {
    const config = configFor({
      LITESTREAM_REPLICA_URL: 's3://campaign-backups/db',
      LITESTREAM_ENDPOINT: 'https://s3.eu-central-003.backblazeb2.com',
      LITESTREAM_REGION: 'eu-central-003',
      ...SECRETS,
    });
    expect(config).toContain(
      [
        '      - url: "s3://campaign-backups/db"',
        '        endpoint: "https://s3.eu-central-003.backblazeb2.com"',
        '        region: "eu-central-003"',
        '        sync-interval: 250ms',
      ].join('\n'),
    );
    expect(config).not.toMatch(/AKIAEXAMPLE|s3cr3t|access-key|secret/);
  });

  it('quotes paths, so YAML cannot misread them', () => {
    expect(
      configFor({ DATABASE_PATH: '/data/a: b #1.db', LITESTREAM_REPLICA_URL: '/r' }),
    ).toContain('  - path: "/data/a: b #1.db"\n');
  });
});

describe('replicationFiles', () => {
  it('keeps the configuration and the pidfile beside the database, where the site may write', () => {
    expect(replicationFiles('/data/campaign.db')).toEqual({
      database: '/data/campaign.db',
      config: '/data/campaign.db.litestream.yml',
      pidfile: '/data/campaign.db.litestream.pid',
    });
  });
});
