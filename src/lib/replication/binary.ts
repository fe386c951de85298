import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Raised when Litestream cannot be run or fails; the message is one line for operators. */
export class ReplicationError extends Error {}

/**
 * The Litestream binary that the pinned @flydotio/litestream package installs for this platform.
 * Its own `litestream` command is a Node wrapper that runs the binary with spawnSync: signals sent
 * to the wrapper would not reach Litestream, so the site runs the binary itself.
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
    `Litestream has no binary for ${process.platform}-${process.arch} here (${pkg} is not installed); unset LITESTREAM_REPLICA_URL or run on Linux or macOS`,
  );
}
