// The header's sync indicator, fed by the polled status; absent while sync is off.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { SyncIndicatorView } from './SyncIndicatorView';
import { useShowSyncStatus, useSyncStatus } from './use-sync-status';

export function SyncIndicator() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const showStatus = useShowSyncStatus();
  const [syncingNow, setSyncingNow] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const connected = !!status.data && status.data.state !== 'off';
  // Back online: sync at once rather than when the core's backoff next retries (up to a minute).
  useEffect(() => {
    if (!connected) return;
    const onOnline = () => void call('sync.now', {}).then(showStatus, () => undefined);
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [connected, showStatus]);
  if (!status.data || status.data.state === 'off') return null;

  async function syncNow() {
    setSyncingNow(true);
    setFailure(null);
    try {
      showStatus(await call('sync.now', {}));
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setSyncingNow(false);
    }
  }

  return (
    <SyncIndicatorView
      status={status.data}
      // The poll re-renders every few seconds, which keeps "2 minutes ago" current.
      now={new Date(status.dataUpdatedAt || Date.now())}
      onSyncNow={() => void syncNow()}
      syncingNow={syncingNow}
      syncNowFailure={failure}
    />
  );
}
