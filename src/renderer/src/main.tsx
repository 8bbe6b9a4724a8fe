// Renderer entry: picks the transport (and hides the browser-mode token) before anything renders.
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { startCoreClient } from './api/client';
import { App } from './app/App';
import { startI18n } from './i18n/setup';

// zod probes `new Function` to speed up parsing; the Content-Security-Policy forbids it.
z.config({ jitless: true });
startCoreClient();
startI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
