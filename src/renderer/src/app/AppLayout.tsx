// The app shell around every screen: header (search, undo, theme), navigation, the command
// palette and the Ctrl+Z shortcut.
import { AppShell, Burger, Group, NavLink, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure, useOs } from '@mantine/hooks';
import {
  IconAddressBook,
  IconBuildingStore,
  IconCalendar,
  IconChartBar,
  IconMoodSmile,
  IconGift,
  IconReceipt,
  IconReportMoney,
  IconGavel,
  IconHome,
  IconLifebuoy,
  IconRoute,
  IconSettings,
  IconTopologyStar3,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { UndoButton } from '../features/history/UndoButton';
import { useUndoShortcut } from '../features/history/use-undo-shortcut';
import { ReminderBell } from '../features/reminders/ReminderBell';
import { useHostNavigation } from '../features/reminders/use-host-navigation';
import { CommandPalette } from '../features/search/CommandPalette';
import { SearchButton } from '../features/search/SearchButton';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { TeamNavLink } from '../features/team/TeamNavLink';
import { UpdateOfferBanner } from '../features/updates/UpdateOfferBanner';
import { ThemeToggle } from './ThemeToggle';

const navItems = [
  { to: '/', key: 'nav.home', icon: IconHome, exact: true },
  { to: '/partners', key: 'nav.partners', icon: IconBuildingStore, exact: false },
  { to: '/contacts', key: 'nav.contacts', icon: IconAddressBook, exact: false },
  { to: '/calendar', key: 'nav.calendar', icon: IconCalendar, exact: false },
  { to: '/visits/plan', key: 'nav.visitPlanner', icon: IconRoute, exact: false },
  { to: '/disputes', key: 'nav.disputes', icon: IconGavel, exact: false },
  { to: '/retention', key: 'nav.retention', icon: IconLifebuoy, exact: false },
  { to: '/sales', key: 'nav.sales', icon: IconReportMoney, exact: false },
  { to: '/surveys', key: 'nav.surveys', icon: IconMoodSmile, exact: false },
  { to: '/programs', key: 'nav.programs', icon: IconGift, exact: false },
  { to: '/claims', key: 'nav.claims', icon: IconReceipt, exact: false },
  { to: '/reports', key: 'nav.reports', icon: IconChartBar, exact: false },
  { to: '/settings', key: 'nav.settings', icon: IconSettings, exact: false },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  const os = useOs();
  const modKey = os === 'macos' || os === 'ios' ? '⌘' : t('shell.ctrlKey');
  useUndoShortcut();
  useHostNavigation();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNav')}
            />
            <ThemeIcon variant="light" size="md">
              <IconTopologyStar3 size={18} aria-hidden />
            </ThemeIcon>
            <Text fw={700} visibleFrom="xs">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SyncIndicator />
            <SearchButton shortcut={`${modKey} + K`} />
            <ReminderBell />
            <UndoButton shortcut={`${modKey}+Z`} />
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        {navItems.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.key)}
            leftSection={<item.icon size={18} aria-hidden />}
            active={item.exact ? pathname === item.to : pathname.startsWith(item.to)}
            onClick={nav.close}
          />
        ))}
        <TeamNavLink active={pathname.startsWith('/team')} onClick={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <UpdateOfferBanner />
          <Outlet />
        </div>
      </AppShell.Main>
      <CommandPalette />
    </AppShell>
  );
}
