// The agenda as the home screen and the reminder bell both ask for it (same input, so one fetch):
// the user's local today and time zone, and the remembered "Mine / Everyone" choice. Refetched
// every 15 minutes, so "today" and the reminders move on while the app stays open.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { languageOfLocale } from '../../i18n/ui-locale';
import { localIsoDate } from '../greetings/greeting-urls';
import { ownerIdsOf, readAgendaScope, writeAgendaScope, type AgendaScope } from './agenda-scope';

export const agendaRefreshMs = 15 * 60_000;

const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes the choice for every component showing the agenda. */
export function setAgendaScope(scope: AgendaScope): void {
  writeAgendaScope(localStorage, scope);
  for (const listener of listeners) listener();
}

export function useAgendaScope(profileOwnsPartners: boolean): AgendaScope {
  return useSyncExternalStore(subscribe, () => readAgendaScope(localStorage, profileOwnsPartners));
}

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The agenda; `deferMs` holds the first fetch back (the bell's, so the screen the user opened
 * gets the database first; the home screen asks at once and then both share its answer).
 */
export function useHomeAgenda(profile: { id: string; partnerCount: number } | undefined, deferMs = 0) {
  const scope = useAgendaScope((profile?.partnerCount ?? 0) > 0);
  const today = localIsoDate();
  const { i18n } = useTranslation();
  const [waited, setWaited] = useState(deferMs === 0);
  useEffect(() => {
    if (waited) return;
    const timer = setTimeout(() => setWaited(true), deferMs);
    return () => clearTimeout(timer);
  }, [waited, deferMs]);
  const query = useCoreQuery(
    'agenda.home',
    {
      today,
      timeZone: userTimeZone(),
      ownerIds: profile ? ownerIdsOf(scope, profile.id) : [],
      // Festivals are named in the UI language (a switch asks again).
      language: languageOfLocale(i18n.language),
    },
    { enabled: profile !== undefined && waited, refetchInterval: agendaRefreshMs },
  );
  return { ...query, scope, today };
}
