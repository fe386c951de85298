import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOG_RETENTION_DAYS } from '../src/config.ts';

/** A `Key=value` setting from a systemd file. */
const setting = (file: string, key: string) =>
  new RegExp(`^${key}=(.*)$`, 'm').exec(readFileSync(`deploy/${file}`, 'utf8'))?.[1];

describe('the files that run the site in production', () => {
  it('keep the server log no longer than the privacy page says', () => {
    expect(setting('make-runaways-safe.service', 'LogNamespace')).toBe('make-runaways-safe');
    expect(setting('journald@make-runaways-safe.conf', 'MaxRetentionSec')).toBe(
      `${LOG_RETENTION_DAYS}day`,
    );
    // Files begin daily, so deleting the file with the oldest entry loses at most a day more.
    expect(setting('journald@make-runaways-safe.conf', 'MaxFileSec')).toBe('1day');
  });
});
