// The user's own profile: the name shown as "who" in timelines and as "me" among owners.
import { Card, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Owner } from '../../../../shared/owners';
import { call } from '../../api/client';
import { OwnerForm } from './OwnerForm';

export function ProfileSection({ profile }: { profile: Owner }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-profile">
      <Title order={2} size="h4" id="settings-profile">
        {t('settings.profile.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.profile.description')}
      </Text>
      <OwnerForm
        // Remount when the stored profile changes (an undo), so the form shows it.
        key={`${profile.name}|${profile.email}|${profile.region}`}
        label={t('settings.profile.title')}
        initial={{ name: profile.name, email: profile.email, region: profile.region }}
        submitLabel={t('settings.profile.save')}
        onSubmit={async (input) => {
          await call('profile.update', input);
          notifications.show({ color: 'teal', message: t('settings.profile.saved') });
        }}
      />
    </Card>
  );
}
