// Several partners or contacts read by id at once (each cached like any single read), for the
// names and countries of a case's parties.
import { useQueries } from '@tanstack/react-query';
import type { Contact } from '../../../../shared/contacts';
import type { Partner } from '../../../../shared/partners';
import { call } from '../../api/client';
import { coreQueryKey } from '../../api/query-keys';

export function usePartnersById(ids: readonly string[]): Map<string, Partner> {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: coreQueryKey('partners.get', { id }),
      queryFn: () => call('partners.get', { id }),
      staleTime: 60_000,
    })),
    combine: (results) => new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : []))),
  });
}

/** The contacts of each partner (up to 500 each), for choosing the people involved. */
export function useContactsOfPartners(partnerIds: readonly string[]): Contact[] {
  return useQueries({
    queries: partnerIds.map((partnerId) => ({
      queryKey: coreQueryKey('contacts.list', { partnerId, limit: 500 }),
      queryFn: () => call('contacts.list', { partnerId, limit: 500 }),
      staleTime: 60_000,
    })),
    combine: (results) => results.flatMap((r) => r.data?.rows ?? []),
  });
}

/** Contacts by id (those deleted since are left out). */
export function useContactsById(ids: readonly string[]): Map<string, Contact> {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: coreQueryKey('contacts.get', { id }),
      queryFn: () => call('contacts.get', { id }),
      staleTime: 60_000,
    })),
    combine: (results) => new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : []))),
  });
}
