import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Raised when Litestream cannot be run or fails; the message is one line for operators. */
export class ReplicationError extends Error {}

/**
 * The Litestream binary (v0.3.13) from the pinned optional package @flydotio/litestream-linux-x64.
 * The project depends on that platform package directly, not on its @flydotio/litestream parent:
 * the parent lists packages for other platforms that the registry does not have, which breaks
 * `npm ci`. The package declares its os and cpu, so npm skips it elsewhere, and replication is
 * then refused at start with the line below.
 */
export function litestreamBinary(): string {
  const pkg = `@flydotio/litestream-${process.platform}-${process.arch}`;
  try {
    const binary = join(
      dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)),
      'litestream',
    );
    if (existsSync(binary)) return binary;
  } catch {
    // Not installed: npm skips optional packages for other platforms.
  }
  throw new ReplicationError(
    `Litestream has no binary for ${process.platform}-${process.arch} here (${pkg} is not installed); unset LITESTREAM_REPLICA_URL, or replicate on Linux x64 (the container image is)`,
  );
}
