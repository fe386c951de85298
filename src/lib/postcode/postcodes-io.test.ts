import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAKE_POSTCODES,
  startFakePostcodesIo,
  type FakeService,
} from '../../../tests/fakes/postcodes-io.ts';
import { lookUpPostcode } from './postcodes-io.ts';
import { CANTERBURY_POSTCODE } from './testing.ts';

describe('lookUpPostcode, against a local fake of postcodes.io', () => {
  let fake: FakeService;
  beforeAll(async () => {
    fake = await startFakePostcodesIo();
  });
  afterAll(() => fake.stop());

  it('returns the country and council codes', async () => {
    expect(await lookUpPostcode(FAKE_POSTCODES.kent, { baseUrl: fake.url })).toEqual(
      CANTERBURY_POSTCODE,
    );
  });

  it('says a postcode is unknown when the service does', async () => {
    expect(await lookUpPostcode(FAKE_POSTCODES.unknown, { baseUrl: fake.url })).toEqual({
      kind: 'unknown',
    });
  });

  it('treats a failure as unavailable', async () => {
    expect(await lookUpPostcode(FAKE_POSTCODES.fails, { baseUrl: fake.url })).toEqual({
      kind: 'unavailable',
      reason: 'status 500',
    });
  });

  it('gives up on a service that does not answer in time', async () => {
    const started = Date.now();
    const answer = await lookUpPostcode(FAKE_POSTCODES.hangs, {
      baseUrl: fake.url,
      timeoutMs: 200,
    });
    expect(answer).toEqual({ kind: 'unavailable', reason: 'timed out' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('treats a service that cannot be reached as unavailable', async () => {
    const answer = await lookUpPostcode(FAKE_POSTCODES.kent, { baseUrl: 'http://127.0.0.1:9' });
    expect(answer.kind).toBe('unavailable');
  });
});
