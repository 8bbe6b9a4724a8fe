// A partner row as inserted straight into the table (bypassing the write path), for the tests that
// measure a program of a thousand partners: an active dealer in the North, every other column empty.
export function bulkPartnerRow(id: string, name: string, now: string) {
  return {
    id,
    name,
    legalName: '',
    type: 'dealer' as const,
    status: 'active' as const,
    region: 'North',
    country: 'MY',
    city: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    ownerId: null,
    partnershipStart: '2020-01-01',
    tags: '[]',
    notes: '',
    visitCadenceDays: null,
    careStatus: null,
    careStatusUntil: null,
    careStatusNote: '',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}
