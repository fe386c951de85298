import { describe, expect, it } from 'vitest';
import { changesAnything, diffCouncillors, type SavedTarget } from './councillor-diff.ts';
import type { SiteCouncillor } from './councillors-by-ward.ts';
import type { WardMatch } from './ward-names.ts';

const central: WardMatch = { code: 'E58000699', name: 'Maidstone Central', how: 'name' };
const wards = new Map<string, WardMatch | undefined>([
  ['Maidstone Central', central],
  ['Maidstone Rural East', undefined],
]);

const onSite = (externalId: string, changes: Partial<SiteCouncillor> = {}): SiteCouncillor => ({
  externalId,
  name: `Councillor ${externalId}`,
  party: 'Labour',
  wardName: 'Maidstone Central',
  email: `c${externalId}@kent.example`,
  ...changes,
});

let nextId = 1;
const saved = (externalId: string | null, changes: Partial<SavedTarget> = {}): SavedTarget => ({
  id: nextId++,
  role: 'ward_councillor',
  name: `Councillor ${externalId}`,
  email: `c${externalId}@kent.example`,
  party: 'Labour',
  wardName: 'Maidstone Central',
  wardCode: 'E58000699',
  state: 'verified',
  externalId,
  lastCheckedOn: '2026-06-01',
  retiredAt: null,
  ...changes,
});

describe('diffCouncillors', () => {
  it('sorts the site’s councillors into new, changed, unchanged and gone, by their id', () => {
    const preview = diffCouncillors(
      [
        onSite('1'),
        onSite('2', { email: 'new2@kent.example', party: 'Green Party' }),
        onSite('3', { wardName: 'Maidstone Rural East' }),
        onSite('4', { name: 'Renamed Person' }),
      ],
      wards,
      [
        saved('2'),
        saved('3'),
        saved('4'),
        saved('5'),
        saved('6', { state: 'retired', retiredAt: '2026-01-01' }),
      ],
    );
    expect(preview.added.map(({ councillor }) => councillor.externalId)).toEqual(['1']);
    expect(preview.added[0]!.councillor.ward).toEqual(central);
    expect(
      preview.changed.map(({ councillor, changes }) => [councillor.externalId, changes]),
    ).toEqual([
      [
        '2',
        [
          { field: 'email', from: 'c2@kent.example', to: 'new2@kent.example' },
          { field: 'party', from: 'Labour', to: 'Green Party' },
        ],
      ],
      [
        '3',
        [
          {
            field: 'ward',
            from: 'Maidstone Central (E58000699)',
            to: 'Maidstone Rural East (not paired)',
          },
        ],
      ],
      ['4', [{ field: 'name', from: 'Councillor 4', to: 'Renamed Person' }]],
    ]);
    // Gone: listed before, not now, and not already retired.
    expect(preview.gone.map((target) => target.externalId)).toEqual(['5']);
    expect(preview.unmatchedWards).toEqual(['Maidstone Rural East']);
    expect(changesAnything(preview)).toBe(true);
  });

  it('finds nothing to change when the site says what is saved', () => {
    const preview = diffCouncillors([onSite('1'), onSite('2')], wards, [saved('1'), saved('2')]);
    expect(preview.unchanged).toHaveLength(2);
    expect(changesAnything(preview)).toBe(false);
  });

  it('brings a retired councillor back with the same row', () => {
    const retired = saved('7', { state: 'retired', retiredAt: '2026-05-01T00:00:00Z' });
    const preview = diffCouncillors([onSite('7')], wards, [retired]);
    expect(preview.added).toEqual([
      { councillor: expect.objectContaining({ externalId: '7' }), returning: retired },
    ]);
    expect(preview.gone).toEqual([]);
  });

  it('verifies an unverified councillor, which counts as a change', () => {
    const preview = diffCouncillors([onSite('8')], wards, [saved('8', { state: 'unverified' })]);
    expect(preview.changed[0]!.changes).toEqual([
      { field: 'state', from: 'unverified', to: 'verified' },
    ]);
  });

  it('holds back an address another target has, or an earlier councillor on the list', () => {
    const lead = saved(null, {
      role: 'lead_member',
      name: 'Lead Member',
      email: 'c1@kent.example',
      wardName: null,
      wardCode: null,
    });
    const preview = diffCouncillors(
      [
        onSite('1'),
        onSite('2', { email: 'shared@kent.example' }),
        onSite('3', { email: 'shared@kent.example' }),
      ],
      wards,
      [lead],
    );
    expect(
      preview.heldBack.map(({ councillor, email, heldBy }) => [
        councillor.externalId,
        email,
        heldBy,
      ]),
    ).toEqual([
      ['1', 'c1@kent.example', 'Lead Member'],
      ['3', 'shared@kent.example', 'Councillor 2'],
    ]);
    expect(preview.added.map(({ councillor }) => councillor.email)).toEqual([
      null,
      'shared@kent.example',
      null,
    ]);
  });

  it('lets a gone councillor’s address go to whoever has it now', () => {
    const preview = diffCouncillors([onSite('2', { email: 'c1@kent.example' })], wards, [
      saved('1'),
    ]);
    expect(preview.heldBack).toEqual([]);
    expect(preview.gone.map((t) => t.externalId)).toEqual(['1']);
  });

  it('leaves out a councillor whose id is already a target of another role', () => {
    const director = saved('9', { role: 'director', wardName: null, wardCode: null });
    const preview = diffCouncillors([onSite('9')], wards, [director]);
    expect(preview.skipped).toEqual([{ councillor: onSite('9'), heldBy: 'Councillor 9' }]);
    expect(preview.added).toEqual([]);
    expect(preview.gone).toEqual([]);
  });
});
