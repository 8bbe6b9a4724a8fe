// Opens what the desktop app asks for when a native reminder notification is clicked (a calendar
// day or a partner page). Only agenda paths are followed; in the browser there is no such host.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isAgendaItemPath } from '../../../../shared/agenda';
import { findBridge } from '../../api/bridge-types';

export function useHostNavigation(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const bridge = findBridge(window);
    if (!bridge?.onNavigate) return;
    return bridge.onNavigate((path) => {
      if (isAgendaItemPath(path)) void navigate(path);
    });
  }, [navigate]);
}
