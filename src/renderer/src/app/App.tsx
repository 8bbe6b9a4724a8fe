// The whole renderer: providers, the start-up check, then the routed app shell.
import { HashRouter } from 'react-router';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { StartupGate } from './StartupGate';

export function App() {
  return (
    <AppProviders>
      <StartupGate>
        {/* Hash routing works both from file:// (Electron) and from the browser-mode host. */}
        <HashRouter>
          <AppRoutes />
        </HashRouter>
      </StartupGate>
    </AppProviders>
  );
}
