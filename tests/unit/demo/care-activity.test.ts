// The demo care history: reproducible, valid against the shared schemas, pointing only at demo
// records, and shaped like a team's real use (visits held and due, promises kept and broken).
import { isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { careEventInputSchema, commitmentInputSchema } from '../../../src/shared/care';
import { validateRrule } from '../../../src/core/care/recurrence';
import { generateCareActivity } from '../../../src/core/demo/care-activity';
import { generateDemoData } from '../../../src/core/demo/generate';

const today = '2026-11-23';

describe('generateCareActivity', () => {
  const data = generateDemoData({ partners: 5_000, seed: 11, today });
  const care = generateCareActivity(data.partners, data.contacts, data.owners, today, 11);
  const partnersById = new Map(data.partners.map((partner) => [partner.id, partner]));
  const contactsById = new Map(data.contacts.map((contact) => [contact.id, contact]));

  it('is deterministic for a seed', () => {
    const again = generateCareActivity(data.partners, data.contacts, data.owners, today, 11);
    expect(again).toEqual(care);
  });

  it('gives about two stored events per active or paused partner, none to prospects or churned ones', () => {
    const cared = data.partners.filter((p) => p.status === 'active' || p.status === 'paused');
    const ratio = care.events.length / cared.length;
    expect(ratio).toBeGreaterThan(2.2);
    expect(ratio).toBeLessThan(2.7);
    const statuses = new Set(care.events.map((event) => partnersById.get(event.partnerId)!.status));
    expect([...statuses].sort()).toEqual(['active', 'paused']);
  });

  it('writes records the shared schemas accept, with unique ULIDs and references to demo records', () => {
    const ids = new Set([...care.events, ...care.commitments].map((record) => record.id));
    expect(ids.size).toBe(care.events.length + care.commitments.length);
    const bad = [
      ...care.events.filter(
        ({ id, ...fields }) => !isValid(id) || !careEventInputSchema.safeParse(fields).success,
      ),
      ...care.commitments.filter(
        ({ id, ...fields }) => !isValid(id) || !commitmentInputSchema.safeParse(fields).success,
      ),
    ];
    expect(bad).toEqual([]);
    const foreignContacts = care.events.flatMap((event) =>
      event.contactIds.filter((id) => contactsById.get(id)?.partnerId !== event.partnerId),
    );
    expect(foreignContacts).toEqual([]);
  });

  it('has a held visit for every cared partner, some overdue by their cadence, and planned ones ahead', () => {
    const held = care.events.filter((e) => e.kind === 'visit' && e.status === 'done');
    const planned = care.events.filter((e) => e.kind === 'visit' && e.status === 'planned');
    expect(held.every((e) => e.start < today)).toBe(true);
    expect(planned.every((e) => e.start > today)).toBe(true);
    expect(planned.length).toBeGreaterThan(held.length * 0.2);
  });

  it('repeats distributor meetings monthly with a valid rule, in the partner market time', () => {
    const meetings = care.events.filter((e) => e.rrule !== null);
    expect(meetings.length).toBeGreaterThan(0);
    for (const meeting of meetings) {
      expect(partnersById.get(meeting.partnerId)!.type).toBe('distributor');
      expect(
        validateRrule(meeting.rrule!, { start: meeting.start, allDay: false, timeZone: meeting.timeZone }),
      ).toEqual({
        ok: true,
      });
    }
  });

  it('keeps promises both ways, some open past their due date and some broken', () => {
    const statuses = new Set(care.commitments.map((c) => c.status));
    expect(statuses).toEqual(new Set(['open', 'kept', 'broken']));
    expect(care.commitments.some((c) => c.status === 'open' && c.dueDate < today)).toBe(true);
    expect(new Set(care.commitments.map((c) => c.madeBy))).toEqual(new Set(['us', 'partner']));
  });

  it('marks a few families in mourning and a few partners in hardship, until a future day', () => {
    expect(care.careMarks.some((m) => m.careStatus === 'mourning' && contactsById.has(m.id))).toBe(true);
    expect(care.careMarks.every((m) => m.careStatusUntil > today)).toBe(true);
  });
});
