// The desktop app's update status, kept current by the main process's pushes, and the requests
// the page may make. In browser mode there is no bridge: `available` is false and nothing is faked.
import { useCallback, useEffect, useState } from 'react';
import type { UpdatesBridge } from '../../../../shared/bridge';
import type { UpdateAnswer, UpdateRequest, UpdatesStatus } from '../../../../shared/updates';
import { findBridge } from '../../api/bridge-types';

export interface AppUpdates {
  /** False in browser mode: updates come with the desktop app. */
  available: boolean;
  status: UpdatesStatus | null;
  /** The first status could not be read (the main process did not answer). */
  failed: boolean;
  request(request: UpdateRequest): Promise<UpdateAnswer>;
}

function updatesBridge(): UpdatesBridge | null {
  return findBridge(window)?.updates ?? null;
}

export function useAppUpdates(): AppUpdates {
  const [bridge] = useState(updatesBridge);
  const [status, setStatus] = useState<UpdatesStatus | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!bridge) return undefined;
    let live = true;
    const unsubscribe = bridge.onStatus((next) => {
      if (live) setStatus(next);
    });
    bridge.request({ action: 'status' }).then(
      (answer) => {
        if (live && answer.ok) setStatus((current) => current ?? answer.status);
        else if (live) setFailed(true);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [bridge]);

  const request = useCallback(
    async (next: UpdateRequest): Promise<UpdateAnswer> => {
      if (!bridge) return { ok: false, problem: 'request' };
      const answer = await bridge.request(next);
      if (answer.ok) setStatus(answer.status);
      return answer;
    },
    [bridge],
  );

  return { available: bridge !== null, status, failed, request };
}
