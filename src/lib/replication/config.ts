import { dirname, join, resolve } from 'node:path';
import type { Env, ReplicaTarget } from '../env.ts';

/** What Litestream needs to know, from the settings (src/lib/env.ts). */
export interface ReplicationSettings {
  databasePath: string;
  replica: ReplicaTarget;
  /** The S3-compatible store's address; unset means AWS. */
  endpoint?: string;
  region?: string;
  /** Seconds between uploads to the replica while the site writes. */
  syncInterval: number;
}

/** The replication settings, or undefined when LITESTREAM_REPLICA_URL is unset. */
export function replicationSettings(env: Env): ReplicationSettings | undefined {
  if (!env.LITESTREAM_REPLICA_URL) return undefined;
  return {
    databasePath: env.DATABASE_PATH,
    replica: env.LITESTREAM_REPLICA_URL,
    endpoint: env.LITESTREAM_ENDPOINT,
    region: env.LITESTREAM_REGION,
    syncInterval: env.LITESTREAM_SYNC_INTERVAL,
  };
}

/**
 * How often Litestream copies new WAL frames into its shadow WAL beside the database: local work
 * (a stat and a copy). A write waits up to this long, then up to the sync interval
 * (LITESTREAM_SYNC_INTERVAL), before it reaches the replica. Measured with
 * tests/harnesses/replication.ts (SIGKILL under load, oldest acknowledged pledge missing after
 * the restore): Litestream's defaults of 1 s and 1 s lost pledges acknowledged 0.15 to 1.08 s
 * before the kill in three runs (one over the 1 s the campaign accepts); 250 ms and 500 ms lost
 * 0.16 to 0.54 s in five; 250 ms and 250 ms (the default) 0.01 to 0.30 s in nine.
 */
const MONITOR_INTERVAL_MS = 250;

/** Litestream's own files sit beside the database, where the site may write (a volume in Docker). */
export function replicationFiles(databasePath: string) {
  const database = resolve(databasePath);
  const base = join(dirname(database), `${database.split('/').pop()}.litestream`);
  return { database, config: `${base}.yml`, pidfile: `${base}.pid` };
}

/** A YAML string: JSON's quoting is valid YAML and escapes whatever a path holds. */
const quoted = (value: string) => JSON.stringify(value);

/**
 * Litestream's configuration for the site's database. Credentials are never written here:
 * Litestream reads LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY from its environment
 * (cmd/litestream/main.go, applyLitestreamEnv), and the file is read with -no-expand-env, so a
 * `$` in a path stays a `$`. `metricsPort` serves Prometheus metrics on 127.0.0.1 only, which the
 * site reads to report replication lag.
 */
export function litestreamConfig(settings: ReplicationSettings, metricsPort?: number): string {
  const { replica } = settings;
  const lines = [
    ...(metricsPort === undefined ? [] : [`addr: ${quoted(`127.0.0.1:${metricsPort}`)}`]),
    // Warnings and errors only, as JSON lines like the site's own log.
    'logging:',
    '  level: warn',
    '  type: json',
    'dbs:',
    `  - path: ${quoted(replicationFiles(settings.databasePath).database)}`,
    `    monitor-interval: ${MONITOR_INTERVAL_MS}ms`,
    '    replicas:',
  ];
  if (replica.type === 'file') {
    lines.push('      - type: file', `        path: ${quoted(replica.path)}`);
  } else {
    lines.push(`      - url: ${quoted(replica.url)}`);
    // With an endpoint Litestream 0.3 uses path-style addressing, which MinIO and B2 need.
    if (settings.endpoint) lines.push(`        endpoint: ${quoted(settings.endpoint)}`);
    if (settings.region) lines.push(`        region: ${quoted(settings.region)}`);
  }
  lines.push(`        sync-interval: ${Math.round(settings.syncInterval * 1000)}ms`);
  return lines.join('\n') + '\n';
}
