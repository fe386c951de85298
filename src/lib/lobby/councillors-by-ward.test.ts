import { describe, expect, it } from 'vitest';
import { councillorsInDocument } from './councillors-by-ward.ts';
import { readXml } from './xml.ts';

/**
 * Samples shaped like real answers (made up; the shapes as 46 councils' saved answers have them):
 * the address in `workaddress` or `homeaddress`, empty elements holding whitespace, entities,
 * "Councillor" before some names, a vacant seat, a note after an address.
 */
const SAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<councillorsbyward>
  <wards>
    <ward>
      <wardtitle>Barton &amp; Hales Place Ward</wardtitle>
      <councillors>
        <councillorcount> 3</councillorcount>
        <councillor>
          <councillorid>4158</councillorid>
          <fullusername>Councillor Alex  Example</fullusername>
          <photosmallurl>http://democracy.example/UserData/8/5/1/Info00004158/smallpic.jpg</photosmallurl>
          <politicalpartytitle>Conservative</politicalpartytitle>
          <districttitle>
          </districttitle>
          <keyposts>
          </keyposts>
          <workaddress>
          </workaddress>
          <homeaddress>
            <line1>9 Example Close</line1>
            <postcode>CT1 1XE</postcode>
            <mobile>07700 900000</mobile>
            <email>Alex.Example@councillor.example.gov.uk</email>
          </homeaddress>
          <termsofoffice>
            <termofoffice><startdate>08/05/2015</startdate><enddate>08/05/2019</enddate></termofoffice>
          </termsofoffice>
        </councillor>
        <councillor>
          <councillorid>4159</councillorid>
          <fullusername>Sam O&apos;Brien</fullusername>
          <politicalpartytitle>Labour &amp; Co-operative</politicalpartytitle>
          <workaddress>
            <line1>c/o Group Office</line1>
            <email>sam.obrien@example.gov.uk (for ward matters)</email>
          </workaddress>
          <homeaddress>
            <email>sam.home@example.com</email>
          </homeaddress>
        </councillor>
        <councillor>
          <councillorid>714</councillorid>
          <fullusername>Vacant seat</fullusername>
          <politicalpartytitle>
          </politicalpartytitle>
        </councillor>
      </councillors>
    </ward>
    <ward>
      <wardtitle>Cannock Chase - Hednesford North</wardtitle>
      <councillors>
        <councillorcount> 1</councillorcount>
        <councillor>
          <councillorid>50000524</councillorid>
          <fullusername>County Councillor Jo Bloggs MBE</fullusername>
          <politicalpartytitle>
          </politicalpartytitle>
          <workaddress>
          </workaddress>
          <homeaddress>
            <email>07733 080861</email>
          </homeaddress>
        </councillor>
      </councillors>
    </ward>
    <ward>
      <wardtitle>
      </wardtitle>
      <councillors>
        <councillor>
          <councillorid>1</councillorid>
          <fullusername>Placeholder Person</fullusername>
        </councillor>
      </councillors>
    </ward>
  </wards>
</councillorsbyward>`;

function councillorsIn(document: string) {
  const reading = readXml(document);
  if (!reading.ok) throw new Error(reading.reason);
  return councillorsInDocument(reading.root);
}

describe('councillorsInDocument', () => {
  it('reads each councillor’s id, name, party, ward and published address', () => {
    expect(councillorsIn(SAMPLE)).toEqual([
      {
        externalId: '4158',
        name: 'Alex Example',
        party: 'Conservative',
        wardName: 'Barton & Hales Place Ward',
        email: 'alex.example@councillor.example.gov.uk',
      },
      {
        externalId: '4159',
        name: "Sam O'Brien",
        party: 'Labour & Co-operative',
        wardName: 'Barton & Hales Place Ward',
        // The work address comes first, and the note after it is not part of it.
        email: 'sam.obrien@example.gov.uk',
      },
      {
        externalId: '50000524',
        name: 'Jo Bloggs MBE',
        party: null,
        wardName: 'Cannock Chase - Hednesford North',
        // A phone number where the address should be is no address.
        email: null,
      },
    ]);
  });

  it('keeps none of the home address, phones or photos', () => {
    const kept = JSON.stringify(councillorsIn(SAMPLE));
    for (const word of ['Example Close', 'CT1 1XE', '07700', 'smallpic', 'sam.home']) {
      expect(kept).not.toContain(word);
    }
  });

  it('reads an address placed directly under the councillor', () => {
    const document = `<councillorsbyward><wards><ward><wardtitle>Central</wardtitle><councillors>
      <councillor><councillorid>7</councillorid><fullusername>Cllr. Ann Lee</fullusername>
      <email>ann.lee@example.gov.uk</email></councillor></councillors></ward></wards></councillorsbyward>`;
    expect(councillorsIn(document)).toEqual([
      {
        externalId: '7',
        name: 'Ann Lee',
        party: null,
        wardName: 'Central',
        email: 'ann.lee@example.gov.uk',
      },
    ]);
  });

  it('takes a councillor listed in two wards once, where first listed', () => {
    const ward = (title: string) =>
      `<ward><wardtitle>${title}</wardtitle><councillors><councillor><councillorid>9</councillorid>
       <fullusername>Pat Doe</fullusername></councillor></councillors></ward>`;
    const document = `<councillorsbyward><wards>${ward('North')}${ward('South')}</wards></councillorsbyward>`;
    expect(councillorsIn(document).map((c) => c.wardName)).toEqual(['North']);
  });

  it('leaves out entries without an id or a name', () => {
    const document = `<councillorsbyward><wards><ward><wardtitle>East</wardtitle><councillors>
      <councillor><councillorid></councillorid><fullusername>No Id</fullusername></councillor>
      <councillor><councillorid>3</councillorid><fullusername> </fullusername></councillor>
      </councillors></ward></wards></councillorsbyward>`;
    expect(councillorsIn(document)).toEqual([]);
  });
});
