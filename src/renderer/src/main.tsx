// Renderer entry: picks the transport (and hides the browser-mode token) before anything renders.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startCoreClient } from './api/client';
import { App } from './app/App';
import { startI18n } from './i18n/setup';

startCoreClient();
startI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
