// Theme, notifications, queries, translations and date conventions for everything below.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createQueryClient, useRefreshOnChanges } from '../api/core-queries';
import { UiLanguageFromSettings } from '../features/languages/use-ui-language';
import { dayjsLocaleName, firstDayOfWeek } from '../i18n/ui-locale';
import { accessibleColors, colorSchemeManager, createAppTheme } from './theme';

function RefreshOnChanges() {
  useRefreshOnChanges();
  return null;
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { t, i18n } = useTranslation();
  const theme = useMemo(() => createAppTheme(t), [t]);
  // Date pickers and the calendar name months and weekdays, and start weeks, as the locale does.
  const dates = useMemo(
    () => ({ locale: dayjsLocaleName(i18n.language), firstDayOfWeek: firstDayOfWeek(i18n.language) }),
    [i18n.language],
  );
  return (
    <MantineProvider
      theme={theme}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
      cssVariablesResolver={accessibleColors}
    >
      <QueryClientProvider client={queryClient}>
        <RefreshOnChanges />
        <UiLanguageFromSettings />
        <Notifications position="bottom-right" limit={4} />
        <DatesProvider settings={dates}>{children}</DatesProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
