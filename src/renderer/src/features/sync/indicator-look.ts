// How each sync state looks in the header: an icon and a word, never colour alone, and whether
// the state is a problem the user should act on.
import {
  IconAlertTriangle,
  IconCloudCheck,
  IconCloudOff,
  IconHandFinger,
  IconLogin,
  IconRefresh,
  type Icon,
} from '@tabler/icons-react';
import type { SyncState } from '../../../../shared/sync';

export interface IndicatorLook {
  icon: Icon;
  color: string;
  /** Key under sync.indicator.state. */
  state: Exclude<SyncState, 'off'>;
  /** A state the user should look at (the button is drawn filled). */
  attention: boolean;
}

const looks: Record<Exclude<SyncState, 'off'>, Omit<IndicatorLook, 'state'>> = {
  choose: { icon: IconHandFinger, color: 'yellow', attention: true },
  synced: { icon: IconCloudCheck, color: 'teal', attention: false },
  syncing: { icon: IconRefresh, color: 'blue', attention: false },
  offline: { icon: IconCloudOff, color: 'gray', attention: false },
  error: { icon: IconAlertTriangle, color: 'red', attention: true },
  signedOut: { icon: IconLogin, color: 'orange', attention: true },
};

/** Null when sync is off: the header shows nothing then. */
export function indicatorLook(state: SyncState): IndicatorLook | null {
  return state === 'off' ? null : { ...looks[state], state };
}
