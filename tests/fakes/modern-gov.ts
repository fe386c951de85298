import { createServer, type Server } from 'node:http';
import { listen, type FakeService } from './listen.ts';

/**
 * A stand-in for councils' Modern.gov democracy sites: it answers the web service method
 * `GetCouncillorsByWard` as real sites do, for a made-up Kent, and under other paths misbehaves
 * the ways real sites do. Tests never reach a real council.
 */

interface FakeCouncillor {
  id: string;
  /** As the site writes it, "Councillor" and all. */
  fullName: string;
  party: string;
  /** Where the site puts the address, if anywhere; its text as written. */
  email?: { in: 'workaddress' | 'homeaddress'; text: string };
}

/**
 * Kent's wards, as its site names them. Maidstone Central is the county division postcodes.io
 * names for ME14 1XX (E58000699); Canterbury South is the site's own name for the division
 * postcodes.io calls Canterbury City South (CT1 1AA); Maidstone Rural East is the division of
 * ME17 2AA; Sevenoaks North & Darent Valley is in no postcode the fakes know.
 */
const KENT: Record<string, FakeCouncillor[]> = {
  'Maidstone Central': [
    {
      id: '4101',
      fullName: 'Councillor Priya Shah',
      party: 'Labour',
      email: { in: 'workaddress', text: 'priya.shah@kent.example' },
    },
    {
      id: '4102',
      fullName: 'Tom Okafor',
      party: 'Liberal Democrats',
      email: { in: 'homeaddress', text: 'Tom.Okafor@kent.example' },
    },
  ],
  'Maidstone Rural East': [
    {
      id: '4103',
      fullName: 'Councillor Anne Marsh',
      party: 'Conservative',
      email: { in: 'workaddress', text: 'anne.marsh@kent.example (for ward matters)' },
    },
  ],
  'Canterbury South': [
    {
      id: '4104',
      fullName: 'Dan Hughes',
      party: 'Green Party',
      email: { in: 'workaddress', text: 'dan.hughes@kent.example' },
    },
  ],
  'Sevenoaks North & Darent Valley': [
    // No address published: imported, but nobody can write to them.
    { id: '4105', fullName: 'Councillor Ruth O’Neill', party: 'Conservative' },
    { id: '4106', fullName: 'Vacant seat', party: '' },
  ],
};

/** The ids of Kent's councillors the fake lists at first (the vacant seat is not one). */
export const FAKE_KENT_COUNCILLORS = {
  priyaShah: '4101',
  tomOkafor: '4102',
  anneMarsh: '4103',
  danHughes: '4104',
  ruthONeill: '4105',
} as const;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function address(councillor: FakeCouncillor, where: 'workaddress' | 'homeaddress') {
  const email = councillor.email?.in === where ? councillor.email.text : undefined;
  // Home addresses come with lines and phones, which the import must not keep.
  const lines =
    where === 'homeaddress'
      ? '\n            <line1>1 Example Street</line1>\n            <phone>01632 960000</phone>'
      : '';
  const emailLine = email ? `\n            <email>${escape(email)}</email>` : '';
  return `<${where}>${lines}${emailLine}\n          </${where}>`;
}

function councillorsByWard(wards: Record<string, FakeCouncillor[]>): string {
  const body = Object.entries(wards)
    .map(
      ([ward, councillors]) => `
    <ward>
      <wardtitle>${escape(ward)}</wardtitle>
      <councillors>
        <councillorcount> ${councillors.length}</councillorcount>${councillors
          .map(
            (c) => `
        <councillor>
          <councillorid>${c.id}</councillorid>
          <fullusername>${escape(c.fullName)}</fullusername>
          <photosmallurl>https://democracy.kent.example/UserData/${c.id}/smallpic.jpg</photosmallurl>
          <politicalpartytitle>${escape(c.party)}</politicalpartytitle>
          <districttitle>
          </districttitle>
          <keyposts>
          </keyposts>
          ${address(c, 'workaddress')}
          ${address(c, 'homeaddress')}
          <termsofoffice>
            <termofoffice>
              <startdate>06/05/2025</startdate>
              <enddate>unspecified</enddate>
            </termofoffice>
          </termsofoffice>
        </councillor>`,
          )
          .join('')}
      </councillors>
    </ward>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<councillorsbyward>\n  <wards>${body}\n  </wards>\n</councillorsbyward>\n`;
}

export interface FakeModernGov extends FakeService {
  /** Democracy site addresses on the fake, each as a campaigner would type it. */
  sites: {
    kent: string;
    /** Never answers. */
    hangs: string;
    /** Answers with a web page, as a council's ordinary website does. */
    webPage: string;
    /** Answers with XML cut off halfway. */
    brokenXml: string;
    /** Answers with XML of another kind. */
    otherXml: string;
    /** Has no web service: every path is "not found". */
    missing: string;
  };
  /** Takes a councillor off Kent's list, as after a resignation. */
  removeCouncillor(id: string): void;
  /** Kent's list as it was at the start. */
  reset(): void;
}

const SERVICE = '/mgWebService.asmx/GetCouncillorsByWard';

export async function startFakeModernGov(): Promise<FakeModernGov> {
  let removed = new Set<string>();
  const kentNow = () =>
    Object.fromEntries(
      Object.entries(KENT).map(([ward, list]) => [ward, list.filter((c) => !removed.has(c.id))]),
    );
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === `/hangs${SERVICE}`) return; // never answer
    if (path === `/kent${SERVICE}`) {
      res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
      res.end(councillorsByWard(kentNow()));
    } else if (path === `/web-page${SERVICE}`) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html>\n<html lang="en"><head><title>Kent</title></head><body><p>Hello');
    } else if (path === `/broken-xml${SERVICE}`) {
      res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
      res.end(councillorsByWard(KENT).slice(0, 900));
    } else if (path === `/other-xml${SERVICE}`) {
      res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
      res.end('<?xml version="1.0"?>\n<getmeetings><committee/></getmeetings>');
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  const service = await listen(server);
  return {
    ...service,
    sites: {
      kent: `${service.url}/kent`,
      hangs: `${service.url}/hangs`,
      webPage: `${service.url}/web-page`,
      brokenXml: `${service.url}/broken-xml`,
      otherXml: `${service.url}/other-xml`,
      missing: `${service.url}/missing`,
    },
    removeCouncillor: (id) => removed.add(id),
    reset: () => {
      removed = new Set();
    },
  };
}
