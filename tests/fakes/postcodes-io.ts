import { createServer, type Server } from 'node:http';
import { listen, sendJson, type FakeService } from './listen.ts';

/**
 * A stand-in for postcodes.io that speaks its HTTP API for a few postcodes, including ones that
 * make it misbehave. Tests never reach the real service.
 */
export const FAKE_POSTCODES = {
  /** Canterbury, in Kent: two tiers, so the county is the council. */
  kent: 'CT1 1AA',
  /** Maidstone, in Kent: the county division Maidstone Central, the borough ward High Street. */
  maidstone: 'ME14 1XX',
  /** Near Maidstone, in Kent: the county division Maidstone Rural East. */
  maidstoneRural: 'ME17 2AA',
  /** Cardiff: a Welsh unitary authority. */
  cardiff: 'CF10 1AA',
  /** Cardiff city centre: where the supporter who joins in Welsh lives. */
  cardiffCentre: 'CF10 1EP',
  /** One postcode in each of a few unitary councils the letter tests write to. */
  barkingAndDagenham: 'IG11 7LU',
  barnet: 'EN5 1AA',
  barnsley: 'S70 1AA',
  bath: 'BA1 1AA',
  bedford: 'MK40 1AA',
  rutland: 'LE15 6AA',
  scotland: 'EH1 1AA',
  northernIreland: 'BT1 1AA',
  /** The right shape, but no such postcode. */
  unknown: 'ZZ9 9ZZ',
  /** The service never answers. */
  hangs: 'HA1 1AA',
  /** The service fails. */
  fails: 'SE1 1AA',
} as const;

/**
 * What postcodes.io says of a postcode in a unitary council: its ward, and no county or county
 * division (postcodes.io gives those the "no such area" codes E99999999 and W99999999).
 */
function unitary(country: 'England' | 'Wales', council: string, ward: string, wardCode: string) {
  const none = `${country[0]}99999999`;
  return {
    country,
    admin_ward: ward,
    ced: null,
    codes: { admin_district: council, admin_county: none, admin_ward: wardCode, ced: none },
  };
}

/** Fictional ward codes for real councils: the tests need the shapes, not the real numbers. */
const RESULTS: Record<string, object> = {
  [FAKE_POSTCODES.kent]: {
    country: 'England',
    admin_ward: 'Westgate',
    ced: 'Canterbury City South',
    codes: {
      admin_district: 'E07000106',
      admin_county: 'E10000016',
      admin_ward: 'E05010412',
      ced: 'E58000727',
    },
  },
  [FAKE_POSTCODES.maidstone]: {
    country: 'England',
    admin_ward: 'High Street',
    ced: 'Maidstone Central',
    codes: {
      admin_district: 'E07000110',
      admin_county: 'E10000016',
      admin_ward: 'E05005000',
      ced: 'E58000699',
    },
  },
  [FAKE_POSTCODES.maidstoneRural]: {
    country: 'England',
    admin_ward: 'Harrietsham and Lenham',
    ced: 'Maidstone Rural East',
    codes: {
      admin_district: 'E07000110',
      admin_county: 'E10000016',
      admin_ward: 'E05005001',
      ced: 'E58000701',
    },
  },
  [FAKE_POSTCODES.cardiff]: unitary('Wales', 'W06000015', 'Butetown', 'W05000873'),
  [FAKE_POSTCODES.cardiffCentre]: unitary('Wales', 'W06000015', 'Cathays', 'W05000866'),
  [FAKE_POSTCODES.barkingAndDagenham]: unitary('England', 'E09000002', 'Abbey', 'E05014053'),
  [FAKE_POSTCODES.barnet]: unitary('England', 'E09000003', 'High Barnet', 'E05013630'),
  [FAKE_POSTCODES.barnsley]: unitary('England', 'E08000016', 'Central', 'E05000984'),
  [FAKE_POSTCODES.bath]: unitary('England', 'E06000022', 'Kingsmead', 'E05001954'),
  [FAKE_POSTCODES.bedford]: unitary('England', 'E06000055', 'Castle and Newnham', 'E05015131'),
  [FAKE_POSTCODES.rutland]: unitary('England', 'E06000017', 'Oakham South', 'E05010854'),
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
    if (postcode === FAKE_POSTCODES.fails) {
      return sendJson(res, 500, { status: 500, error: 'Internal server error' });
    }
    const result = RESULTS[postcode];
    if (!result) return sendJson(res, 404, { status: 404, error: 'Postcode not found' });
    sendJson(res, 200, { status: 200, result: { postcode, ...result } });
  });
  return listen(server);
}
