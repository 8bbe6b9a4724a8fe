// The home screen once there is data: who is using it and how much is in it, one click from each.
import { Button, Card, Group, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconAddressBook, IconBuildingStore, IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AppStatus } from '../../../../shared/app';
import { PartnerFormModal } from '../partners/PartnerFormModal';

export function WorkspaceSummary({ status }: { status: AppStatus }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [adding, addModal] = useDisclosure(false);
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Stack gap="xl">
      <div>
        <Title order={1} size="h2">
          {t('home.welcome', { name: status.profile.name })}
        </Title>
        <Text c="dimmed">{t('home.subtitle')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
        <StatCard
          to="/partners"
          icon={<IconBuildingStore size={28} aria-hidden />}
          value={number.format(status.partnerCount)}
          label={t('home.partnerCount', { count: status.partnerCount })}
        />
        <StatCard
          to="/contacts"
          icon={<IconAddressBook size={28} aria-hidden />}
          value={number.format(status.contactCount)}
          label={t('home.contactCount', { count: status.contactCount })}
        />
      </SimpleGrid>
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={addModal.open}>
          {t('partners.add')}
        </Button>
        <Button variant="default" leftSection={<IconSearch size={16} aria-hidden />} onClick={spotlight.open}>
          {t('home.findAnything')}
        </Button>
      </Group>
      <PartnerFormModal
        opened={adding}
        onClose={addModal.close}
        onSaved={(result) => void navigate(`/partners/${result.id}`)}
      />
    </Stack>
  );
}

function StatCard({ to, icon, value, label }: { to: string; icon: ReactNode; value: string; label: string }) {
  return (
    <UnstyledButton component={Link} to={to}>
      <Card withBorder padding="lg">
        <Group>
          {icon}
          <div>
            <Text fz={28} fw={700} lh={1.1}>
              {value}
            </Text>
            <Text c="dimmed" size="sm">
              {label}
            </Text>
          </div>
        </Group>
      </Card>
    </UnstyledButton>
  );
}
