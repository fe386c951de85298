import { ConfigurationError } from '../src/lib/env.ts';
import { DatabaseUnavailableError } from '../src/lib/db.ts';
import { ReplicationError } from '../src/lib/replication/binary.ts';

/**
 * Ends a script after an error. Problems an operator can fix (a bad setting, an unusable database
 * path) get one plain line; anything else is a bug and keeps its stack trace.
 */
export function fail(error: unknown): never {
  if (
    error instanceof ConfigurationError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof ReplicationError
  ) {
    console.error(`Error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
