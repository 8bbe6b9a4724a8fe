// The demo data generator: reproducible from its seed, valid against the shared schemas, realistic
// in its mix, and referentially sound for any size.
import fc from 'fast-check';
import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { contactInputSchema, parseBirthday } from '../../../src/shared/contacts';
import { ownerInputSchema } from '../../../src/shared/owners';
import { partnerInputSchema, partnerStatuses, partnerTypes } from '../../../src/shared/partners';
import { demoOwnerCount, generateDemoData, type DemoData } from '../../../src/core/demo/generate';

const today = '2026-11-23';
const todayMs = Date.parse(`${today}T00:00:00Z`);

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Every reference points at a generated record; returns contact counts per partner. */
function checkReferences(data: DemoData): Map<string, number> {
  const ownerIds = new Set(data.owners.map((owner) => owner.id));
  const contactsPerPartner = new Map(data.partners.map((partner) => [partner.id, 0]));
  const strayPartners = data.partners.filter((p) => p.ownerId !== null && !ownerIds.has(p.ownerId));
  const strayContacts = data.contacts.filter((contact) => !contactsPerPartner.has(contact.partnerId));
  // Checked in bulk: one expect per record would make these tests many times slower.
  expect(strayPartners).toEqual([]);
  expect(strayContacts).toEqual([]);
  for (const { partnerId } of data.contacts)
    contactsPerPartner.set(partnerId, contactsPerPartner.get(partnerId)! + 1);
  return contactsPerPartner;
}

describe('generateDemoData', () => {
  const data = generateDemoData({ partners: 20_000, seed: 7, today });

  it('is deterministic: the same options give the same data, ids included', () => {
    const first = generateDemoData({ partners: 300, seed: 123, today });
    const second = generateDemoData({ partners: 300, seed: 123, today });
    expect(second).toEqual(first);
  });

  it('gives different data for a different seed or day', () => {
    const base = generateDemoData({ partners: 50, seed: 1, today });
    const otherSeed = generateDemoData({ partners: 50, seed: 2, today });
    const otherDay = generateDemoData({ partners: 50, seed: 1, today: '2026-11-24' });
    expect(otherSeed.partners.map((p) => p.name)).not.toEqual(base.partners.map((p) => p.name));
    expect(otherSeed.partners[0]!.id).not.toBe(base.partners[0]!.id);
    expect(otherDay.partners.map((p) => p.id)).not.toEqual(base.partners.map((p) => p.id));
  });

  it('uses seed 1 when none is given', () => {
    expect(generateDemoData({ partners: 5, today })).toEqual(
      generateDemoData({ partners: 5, seed: 1, today }),
    );
  });

  it('produces records that pass the shared schemas unchanged', () => {
    const sample = generateDemoData({ partners: 1_500, seed: 99, today });
    for (const { id, ...fields } of sample.owners) {
      expect(isValid(id)).toBe(true);
      expect(ownerInputSchema.parse(fields)).toEqual(fields);
    }
    for (const { id, createdAt, ...fields } of sample.partners) {
      expect(isValid(id)).toBe(true);
      const parsed = partnerInputSchema.safeParse(fields);
      expect(parsed.error?.issues ?? [], JSON.stringify(fields)).toEqual([]);
      expect(parsed.data).toEqual(fields);
      expect(decodeTime(id)).toBe(Date.parse(createdAt));
    }
    for (const { id, createdAt, ...fields } of sample.contacts) {
      expect(isValid(id)).toBe(true);
      const parsed = contactInputSchema.safeParse(fields);
      expect(parsed.error?.issues ?? [], JSON.stringify(fields)).toEqual([]);
      expect(parsed.data).toEqual(fields);
      expect(decodeTime(id)).toBe(Date.parse(createdAt));
    }
  });

  it('has unique ids and createdAt instants in the past, contacts after their partner', () => {
    const ids = [...data.owners, ...data.partners, ...data.contacts].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const partnerCreated = new Map(
      data.partners.map((partner) => [partner.id, Date.parse(partner.createdAt)]),
    );
    const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    const notPast = [...data.partners, ...data.contacts].filter(
      (record) => !instant.test(record.createdAt) || Date.parse(record.createdAt) >= todayMs - 86_400_000,
    );
    expect(notPast).toEqual([]);
    const beforeTheirPartner = data.contacts.filter(
      (contact) => Date.parse(contact.createdAt) <= partnerCreated.get(contact.partnerId)!,
    );
    expect(beforeTheirPartner).toEqual([]);
  });

  it('keeps every reference inside the data set, with 2 to 4 contacts per partner, about 3 on average', () => {
    const counts = [...checkReferences(data).values()];
    expect(Math.min(...counts)).toBe(2);
    expect(Math.max(...counts)).toBe(4);
    const average = data.contacts.length / data.partners.length;
    expect(average).toBeGreaterThan(2.95);
    expect(average).toBeLessThan(3.05);
  });

  it('spreads partners over the four markets and their regions', () => {
    const countries = countBy(data.partners, (partner) => partner.country);
    expect([...countries.keys()].sort()).toEqual(['CN', 'ID', 'MY', 'NL']);
    for (const share of countries.values()) expect(share / data.partners.length).toBeGreaterThan(0.1);
    const regions = countBy(data.partners, (partner) => `${partner.country}/${partner.region}`);
    for (const region of [
      'MY/Klang Valley',
      'MY/Sabah',
      'ID/Jabodetabek',
      'ID/Bali',
      'NL/Randstad',
      'CN/Guangdong',
    ]) {
      expect(regions.get(region)).toBeGreaterThan(50);
    }
    const cities = countBy(data.partners, (partner) => partner.city);
    expect(cities.size).toBeGreaterThan(100);
  });

  it('has every type and status in a realistic mix', () => {
    const types = countBy(data.partners, (partner) => partner.type);
    expect([...types.keys()].sort()).toEqual([...partnerTypes].sort());
    expect(types.get('distributor')!).toBeLessThan(types.get('retailer')! / 5);
    expect(types.get('dealer')!).toBeGreaterThan(types.get('wholesaler')!);
    const statuses = countBy(data.partners, (partner) => partner.status);
    expect([...statuses.keys()].sort()).toEqual([...partnerStatuses].sort());
    expect(statuses.get('active')! / data.partners.length).toBeGreaterThan(0.7);
  });

  it('starts partnerships within the last 12 years, except for prospects', () => {
    const twelveYearsAgo = `${Number(today.slice(0, 4)) - 12}${today.slice(4)}`;
    const wrongStart = data.partners.filter(({ status, partnershipStart: start }) =>
      status === 'prospect' ? start !== null : start === null || start < twelveYearsAgo || start > today,
    );
    expect(wrongStart).toEqual([]);
    const tags = countBy(
      data.partners.flatMap((partner) => partner.tags),
      (tag) => tag,
    );
    expect(tags.get('new 2026')).toBeGreaterThan(0);
    expect(tags.get('key account')).toBeGreaterThan(0);
    expect(tags.size).toBeLessThan(20);
  });

  it('writes phone numbers in each country format', () => {
    const prefixes: Record<string, string> = { MY: '+60 ', ID: '+62 ', NL: '+31 ', CN: '+86 ' };
    const countryOf = new Map(data.partners.map((partner) => [partner.id, partner.country]));
    expect(data.partners.filter((partner) => !partner.phone.startsWith(prefixes[partner.country]!))).toEqual(
      [],
    );
    const wrongNumbers = data.contacts.filter((contact) => {
      const prefix = prefixes[countryOf.get(contact.partnerId)!]!;
      return (
        !contact.phone.startsWith(prefix) || !(contact.whatsapp === '' || contact.whatsapp.startsWith(prefix))
      );
    });
    expect(wrongNumbers).toEqual([]);
    const onWhatsApp = (country: string) => {
      const contacts = data.contacts.filter((contact) => countryOf.get(contact.partnerId) === country);
      return contacts.filter((contact) => contact.whatsapp !== '').length / contacts.length;
    };
    expect(onWhatsApp('MY')).toBeGreaterThan(0.9);
    expect(onWhatsApp('CN')).toBeLessThan(0.2);
  });

  it('gives contacts languages and names that fit their country', () => {
    const countryOf = new Map(data.partners.map((partner) => [partner.id, partner.country]));
    const languages = countBy(
      data.contacts,
      (contact) => `${countryOf.get(contact.partnerId)}/${contact.preferredLanguage}`,
    );
    for (const expected of ['MY/ms', 'MY/zh', 'MY/ta', 'MY/en', 'ID/id', 'NL/nl', 'CN/zh']) {
      expect(languages.get(expected)).toBeGreaterThan(20);
    }
    const chineseNames = data.contacts.filter(
      (contact) => countryOf.get(contact.partnerId) === 'CN' && /^[\u4e00-\u9fff]{2,3}$/.test(contact.name),
    );
    expect(chineseNames.length).toBeGreaterThan(1000);
    const malayNames = data.contacts.filter((contact) => / bin(ti)? /.test(contact.name));
    expect(malayNames.length).toBeGreaterThan(500);
  });

  it('has birthdays, about 30% without the year, and some on 29 February', () => {
    const birthdays = data.contacts.map((contact) => contact.birthday).filter((birthday) => birthday !== '');
    expect(birthdays.length / data.contacts.length).toBeGreaterThan(0.85);
    const withoutYear = birthdays.filter((birthday) => birthday.startsWith('--')).length / birthdays.length;
    expect(withoutYear).toBeGreaterThan(0.25);
    expect(withoutYear).toBeLessThan(0.35);
    const leapDays = birthdays.filter((birthday) => birthday.endsWith('02-29'));
    expect(leapDays.length).toBeGreaterThan(20);
    expect(leapDays.filter((birthday) => (parseBirthday(birthday)!.year ?? 0) % 4 !== 0)).toEqual([]);
    expect(
      generateDemoData({ partners: 10, seed: 5, today }).contacts.some((c) => c.birthday.endsWith('02-29')),
    ).toBe(true);
  });

  it('assigns partners mostly to an owner of their region, about 5% to nobody', () => {
    expect(data.owners).toHaveLength(demoOwnerCount(20_000));
    const ownerRegion = new Map(data.owners.map((owner) => [owner.id, owner.region]));
    const ownedRegions = new Set(data.owners.map((owner) => owner.region));
    const withoutOwner = data.partners.filter((partner) => partner.ownerId === null).length;
    expect(withoutOwner / data.partners.length).toBeGreaterThan(0.03);
    expect(withoutOwner / data.partners.length).toBeLessThan(0.07);
    const inOwnedRegions = data.partners.filter((p) => p.ownerId !== null && ownedRegions.has(p.region));
    const sameRegion = inOwnedRegions.filter(
      (partner) => ownerRegion.get(partner.ownerId!) === partner.region,
    );
    expect(sameRegion.length / inOwnedRegions.length).toBeGreaterThan(0.85);
    expect(new Set(data.owners.map((owner) => owner.name)).size).toBe(data.owners.length);
  });

  it('fills in every note template completely', () => {
    const texts = [
      ...data.partners.map((partner) => partner.notes),
      ...data.contacts.flatMap((contact) => [contact.familyNotes, contact.interests]),
    ].filter((text) => text !== '');
    expect(texts.filter((text) => /[{}]|^[~^]|undefined/.test(text))).toEqual([]);
    const heads = new Set(data.contacts.filter((c) => c.role === 'Owner').map((c) => c.familyNotes));
    const others = data.contacts.filter(
      (c) => !['Owner', 'Director', 'Managing Director', 'General Manager'].includes(c.role),
    );
    expect(heads.has('Grandchildren visit every weekend.')).toBe(true);
    expect(others.filter((c) => c.familyNotes.startsWith('Grandchildren'))).toEqual([]);
  });

  it('keeps about one owner per 2,000 partners, between 4 and 40', () => {
    expect([0, 1, 500, 7_999, 9_000, 20_000, 79_000, 80_000, 100_000, 1_000_000].map(demoOwnerCount)).toEqual(
      [4, 4, 4, 4, 5, 10, 40, 40, 40, 40],
    );
    expect(generateDemoData({ partners: 0, today })).toEqual({
      owners: expect.any(Array) as unknown,
      partners: [],
      contacts: [],
    });
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateDemoData({ partners: -1, today })).toThrow(RangeError);
    expect(() => generateDemoData({ partners: 1.5, today })).toThrow(RangeError);
    expect(() => generateDemoData({ partners: 1, today: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemoData({ partners: 1, today: '23/11/2026' })).toThrow(RangeError);
    expect(() => generateDemoData({ partners: 1, seed: Number.NaN, today })).toThrow(RangeError);
  });

  it('holds counts and references for any size and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer(), (partners, seed) => {
        const generated = generateDemoData({ partners, seed, today });
        expect(generated.partners).toHaveLength(partners);
        expect(generated.owners).toHaveLength(demoOwnerCount(partners));
        expect(generated.contacts.length).toBeGreaterThanOrEqual(2 * partners);
        expect(generated.contacts.length).toBeLessThanOrEqual(4 * partners);
        expect(Math.min(...checkReferences(generated).values())).toBeGreaterThanOrEqual(2);
        const ids = [...generated.owners, ...generated.partners, ...generated.contacts].map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 60 },
    );
  });

  it('generates 100,000 partners with about 300,000 contacts and rare duplicate names', () => {
    const started = performance.now();
    const large = generateDemoData({ partners: 100_000, seed: 2026, today });
    const elapsed = performance.now() - started;
    expect(large.partners).toHaveLength(100_000);
    expect(large.owners).toHaveLength(40);
    expect(large.contacts.length).toBeGreaterThan(295_000);
    expect(large.contacts.length).toBeLessThan(305_000);
    const duplicates = large.partners.length - new Set(large.partners.map((partner) => partner.name)).size;
    expect(duplicates / large.partners.length).toBeLessThan(0.01);
    // A loose bound against accidental slow paths; the real figure is far lower on an idle machine.
    expect(elapsed).toBeLessThan(15_000);
  });
});
