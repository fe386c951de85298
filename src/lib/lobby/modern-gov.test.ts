import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../../tests/fakes/listen.ts';
import {
  FAKE_KENT_COUNCILLORS,
  startFakeModernGov,
  type FakeModernGov,
} from '../../../tests/fakes/modern-gov.ts';
import { councillorsByWardUrl, democracySiteAddress, readSiteCouncillors } from './modern-gov.ts';

describe('democracySiteAddress', () => {
  it.each([
    ['democracy.kent.gov.uk', 'https://democracy.kent.gov.uk'],
    ['https://democracy.kent.gov.uk/', 'https://democracy.kent.gov.uk'],
    ['HTTPS://Democracy.Kent.gov.uk', 'https://democracy.kent.gov.uk'],
    ['http://moderngov.example.gov.uk', 'http://moderngov.example.gov.uk'],
    [
      'https://democracy.kent.gov.uk/mgMemberIndex.aspx?FN=ALPHA&VW=LIST',
      'https://democracy.kent.gov.uk',
    ],
    ['https://www.example.gov.uk/moderngov/', 'https://www.example.gov.uk/moderngov'],
    [
      'https://www.example.gov.uk/moderngov/mgWebService.asmx/GetCouncillorsByWard',
      'https://www.example.gov.uk/moderngov',
    ],
    ['  http://127.0.0.1:4010/kent  ', 'http://127.0.0.1:4010/kent'],
  ])('reads %j as %s', (typed, site) => {
    expect(democracySiteAddress(typed)).toEqual({ ok: true, site });
  });

  it.each([
    ['', 'Enter the address of the council’s democracy site, like https://democracy.kent.gov.uk'],
    [
      'not an address',
      'Enter the address of the council’s democracy site, like https://democracy.kent.gov.uk',
    ],
    ['ftp://democracy.kent.gov.uk', 'The address must start with https:// (or http://)'],
    [
      'javascript:alert(1)',
      'Enter the address of the council’s democracy site, like https://democracy.kent.gov.uk',
    ],
    [
      'https://user:secret@democracy.kent.gov.uk',
      'Enter the address of the council’s democracy site, like https://democracy.kent.gov.uk',
    ],
    [
      `https://${'a'.repeat(300)}.gov.uk`,
      'Enter the address of the council’s democracy site, like https://democracy.kent.gov.uk',
    ],
  ])('refuses %j', (typed, message) => {
    expect(democracySiteAddress(typed)).toEqual({ ok: false, message });
  });

  it('derives the web service’s address from the site’s', () => {
    expect(councillorsByWardUrl('https://www.example.gov.uk/moderngov')).toBe(
      'https://www.example.gov.uk/moderngov/mgWebService.asmx/GetCouncillorsByWard',
    );
  });
});

describe('readSiteCouncillors, against a local fake of a Modern.gov site', () => {
  let fake: FakeModernGov;
  beforeAll(async () => {
    fake = await startFakeModernGov();
  });
  afterAll(() => fake.stop());

  it('reads every councillor, ward by ward, leaving out the vacant seat', async () => {
    const reading = await readSiteCouncillors(fake.sites.kent);
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.councillors.map((c) => c.externalId)).toEqual(
      Object.values(FAKE_KENT_COUNCILLORS),
    );
    expect(reading.councillors[1]).toEqual({
      externalId: FAKE_KENT_COUNCILLORS.tomOkafor,
      name: 'Tom Okafor',
      party: 'Liberal Democrats',
      wardName: 'Maidstone Central',
      email: 'tom.okafor@kent.example',
    });
    expect(reading.councillors.at(-1)).toMatchObject({
      name: 'Ruth O’Neill',
      wardName: 'Sevenoaks North & Darent Valley',
      email: null,
    });
  });

  it('reads the list as it is now', async () => {
    fake.removeCouncillor(FAKE_KENT_COUNCILLORS.danHughes);
    try {
      const reading = await readSiteCouncillors(fake.sites.kent);
      expect(reading.kind === 'read' && reading.councillors.map((c) => c.name)).not.toContain(
        'Dan Hughes',
      );
    } finally {
      fake.reset();
    }
  });

  it('gives up on a site that does not answer in time', async () => {
    const started = Date.now();
    expect(await readSiteCouncillors(fake.sites.hangs, { timeoutMs: 200 })).toEqual({
      kind: 'problem',
      problem: 'timeout',
      message: 'The site did not answer within 0.2 seconds. Check the address, or try again later.',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each([
    [
      'a web page',
      () => fake.sites.webPage,
      'not-modern-gov',
      'That address is not a Modern.gov democracy site: it answered with a web page, not a list of councillors.',
    ],
    [
      'XML of another kind',
      () => fake.sites.otherXml,
      'not-modern-gov',
      'That address is not a Modern.gov democracy site: it answered with XML, but not a list of councillors by ward.',
    ],
    [
      'no web service',
      () => fake.sites.missing,
      'not-modern-gov',
      'That address is not a Modern.gov democracy site: it has no councillors’ web service (it answered “not found”).',
    ],
  ])('says a site with %s is not Modern.gov', async (_, site, problem, message) => {
    expect(await readSiteCouncillors(site())).toEqual({ kind: 'problem', problem, message });
  });

  it('says broken XML is broken, and why', async () => {
    const reading = await readSiteCouncillors(fake.sites.brokenXml);
    expect(reading).toMatchObject({ kind: 'problem', problem: 'bad-xml' });
    expect(reading.kind === 'problem' && reading.message).toMatch(
      /^The site’s list of councillors is broken XML \(.+\), so nothing was read\. Try again later\.$/,
    );
  });

  it('stops reading an answer larger than the limit', async () => {
    expect(await readSiteCouncillors(fake.sites.kent, { maxBytes: 1024 })).toMatchObject({
      kind: 'problem',
      problem: 'too-large',
    });
  });

  it('treats a site that cannot be reached as unreachable', async () => {
    const gone = await listen(createServer());
    await gone.stop();
    expect(await readSiteCouncillors(gone.url)).toEqual({
      kind: 'problem',
      problem: 'unreachable',
      message: 'The site could not be reached: it refused the connection.',
    });
  });

  it.each([
    [500, 'status', 'The site answered with an error (status 500). Try again later.'],
    [
      200,
      'empty',
      'The site lists no councillors, so nothing was read. Check the address, or try again later.',
    ],
  ])('explains an answer of status %i', async (status, problem, message) => {
    const site = await listen(
      createServer((_req, res) =>
        res
          .writeHead(status, { 'Content-Type': 'text/xml' })
          .end('<councillorsbyward><wards/></councillorsbyward>'),
      ),
    );
    try {
      expect(await readSiteCouncillors(site.url)).toEqual({ kind: 'problem', problem, message });
    } finally {
      await site.stop();
    }
  });

  it('stops a slow answer part way through at the time limit', async () => {
    const site = await listen(
      createServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/xml' });
        res.write('<councillorsbyward><wards>'); // and nothing more
      }),
    );
    try {
      expect(await readSiteCouncillors(site.url, { timeoutMs: 300 })).toMatchObject({
        kind: 'problem',
        problem: 'timeout',
      });
    } finally {
      await site.stop();
    }
  });
});
