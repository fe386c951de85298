import { createServer, type Server } from 'node:http';
import { listen, type FakeService } from './listen.ts';

/**
 * A stand-in for postcodes.io that speaks its HTTP API for a few postcodes, including ones that
 * make it misbehave. Tests never reach the real service.
 */
export const FAKE_POSTCODES = {
  /** Canterbury, in Kent: two tiers, so the county is the council. */
  kent: 'CT1 1AA',
  /** Cardiff: a Welsh unitary authority. */
  cardiff: 'CF10 1AA',
  scotland: 'EH1 1AA',
  northernIreland: 'BT1 1AA',
  /** The right shape, but no such postcode. */
  unknown: 'ZZ9 9ZZ',
  /** The service never answers. */
  hangs: 'HA1 1AA',
  /** The service fails. */
  fails: 'SE1 1AA',
} as const;

const RESULTS: Record<string, object> = {
  [FAKE_POSTCODES.kent]: {
    country: 'England',
    codes: { admin_district: 'E07000106', admin_county: 'E10000016' },
  },
  [FAKE_POSTCODES.cardiff]: {
    country: 'Wales',
    codes: { admin_district: 'W06000015', admin_county: 'W99999999' },
  },
  [FAKE_POSTCODES.scotland]: {
    country: 'Scotland',
    codes: { admin_district: 'S12000036', admin_county: 'S99999999' },
  },
  [FAKE_POSTCODES.northernIreland]: {
    country: 'Northern Ireland',
    codes: { admin_district: 'N09000003', admin_county: 'N99999999' },
  },
};

export type { FakeService };

export function startFakePostcodesIo(): Promise<FakeService> {
  const server: Server = createServer((req, res) => {
    const match = /^\/postcodes\/([^/?]+)$/.exec(req.url ?? '');
    const postcode = decodeURIComponent(match?.[1] ?? '');
    if (postcode === FAKE_POSTCODES.hangs) return; // never answer
    res.setHeader('Content-Type', 'application/json');
    if (postcode === FAKE_POSTCODES.fails) {
      res.writeHead(500).end(JSON.stringify({ status: 500, error: 'Internal server error' }));
      return;
    }
    const result = RESULTS[postcode];
    if (!result) {
      res.writeHead(404).end(JSON.stringify({ status: 404, error: 'Postcode not found' }));
      return;
    }
    res.writeHead(200).end(JSON.stringify({ status: 200, result: { postcode, ...result } }));
  });
  return listen(server);
}
