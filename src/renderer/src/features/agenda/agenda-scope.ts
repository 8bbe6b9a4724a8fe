// "Mine" or "Everyone": whose agenda the home screen and the reminders show, remembered on this
// computer. Mine means the partners and promises of the local profile's owner.
export type AgendaScope = 'mine' | 'everyone';

const storageKey = 'channelkeeper.agenda.scope';

/** The stored choice; without one, "Mine" when the profile owns partners (a team), else everyone. */
export function readAgendaScope(
  storage: Pick<Storage, 'getItem'>,
  profileOwnsPartners: boolean,
): AgendaScope {
  const stored = storage.getItem(storageKey);
  if (stored === 'mine' || stored === 'everyone') return stored;
  return profileOwnsPartners ? 'mine' : 'everyone';
}

export function writeAgendaScope(storage: Pick<Storage, 'setItem'>, scope: AgendaScope): void {
  storage.setItem(storageKey, scope);
}

export function ownerIdsOf(scope: AgendaScope, profileId: string): string[] {
  return scope === 'mine' ? [profileId] : [];
}
