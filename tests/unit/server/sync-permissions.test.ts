// The pure rules of the sync server: which partner a created row belongs to, and who may write it.
import { describe, expect, it } from 'vitest';
import { refusalMessage, refusalOf, type Writer } from '../../../src/server/sync/permissions';
import { fixedScope, pointedPartner, scopeOfCreation } from '../../../src/server/sync/scope';

const manager: Writer = { role: 'regional_manager', regions: ['North', 'East'], ownerId: 'me' };
const owner: Writer = { role: 'account_owner', regions: ['North'], ownerId: 'me' };
const north = { region: 'North', ownerId: 'me' };

describe('scopes', () => {
  it('places rows by their table’s rule', () => {
    expect(scopeOfCreation('contacts', 'c', { partnerId: 'p' })).toEqual({ scope: 'p' });
    expect(scopeOfCreation('contacts', 'c', { partnerId: null })).toEqual({ scope: '' });
    expect(scopeOfCreation('disputes', 'd', { partnerIds: ['p2', 'p3'] })).toEqual({ scope: 'p2' });
    expect(scopeOfCreation('disputeEntries', 'e', { disputeId: 'd' })).toEqual({ parentRowId: 'd' });
    expect(scopeOfCreation('partners', 'p', {})).toEqual({ scope: 'p' });
    expect(fixedScope({ table: 'products', rowId: 'x' })).toBe('');
    expect(fixedScope({ table: 'contacts', rowId: 'x' })).toBeNull();
    expect(pointedPartner({ table: 'contacts', rowId: 'c', field: 'partnerId', value: 'p9' })).toBe('p9');
    expect(pointedPartner({ table: 'contacts', rowId: 'c', field: 'name', value: 'p9' })).toBeNull();
  });
});

describe('write permissions', () => {
  it('lets an admin write anything, even an unknown partner', () => {
    expect(
      refusalOf(
        { ...manager, role: 'admin' },
        { kind: 'partner', partnerId: 'x', before: null, after: null },
      ),
    ).toBeNull();
  });

  it('holds a regional manager to their regions before and after the change', () => {
    expect(
      refusalOf(manager, {
        kind: 'partner',
        partnerId: 'p',
        before: north,
        after: { region: 'East', ownerId: null },
      }),
    ).toBeNull();
    expect(
      refusalOf(manager, {
        kind: 'partner',
        partnerId: 'p',
        before: { region: 'West', ownerId: null },
        after: north,
      }),
    ).toMatchObject({ kind: 'region', region: 'West', moving: false });
    expect(
      refusalOf(manager, {
        kind: 'partner',
        partnerId: 'p',
        before: north,
        after: { region: 'West', ownerId: null },
      }),
    ).toMatchObject({ kind: 'region', moving: true });
    expect(refusalOf(manager, { kind: 'workspace', table: 'products', rowId: 'x' })).toBeNull();
  });

  it('holds an account owner to partners they own, and workspace rows to their own owner row', () => {
    expect(refusalOf(owner, { kind: 'partner', partnerId: 'p', before: north, after: north })).toBeNull();
    expect(
      refusalOf(owner, {
        kind: 'partner',
        partnerId: 'p',
        before: { region: 'North', ownerId: 'you' },
        after: north,
      }),
    ).toMatchObject({ kind: 'owner', moving: false });
    expect(
      refusalOf(owner, {
        kind: 'partner',
        partnerId: 'p',
        before: north,
        after: { region: 'North', ownerId: null },
      }),
    ).toMatchObject({ kind: 'owner', moving: true });
    expect(refusalOf(owner, { kind: 'workspace', table: 'owners', rowId: 'me' })).toBeNull();
    expect(refusalOf(owner, { kind: 'workspace', table: 'owners', rowId: 'you' })).toMatchObject({
      kind: 'workspace',
    });
  });

  it('explains a refusal by the partner’s name and region', () => {
    const refusal = refusalOf(manager, {
      kind: 'partner',
      partnerId: 'p',
      before: { region: 'West', ownerId: null },
      after: null,
    })!;
    expect(refusalMessage(manager, refusal, 'Maju Jaya')).toBe(
      "You can only change partners in your regions (North, East): 'Maju Jaya' is in West.",
    );
    expect(refusalMessage({ ...manager, regions: [] }, refusal, 'Maju Jaya')).toContain('(none assigned)');
  });
});
