// Shown at the address of a partner that no longer exists (deleted, or its creation undone).
import { Button, EmptyState } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function PartnerGone() {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      icon={<IconUserOff size={28} aria-hidden />}
      withIndicatorBackground
      title={t('partners.gone.title')}
      description={t('partners.gone.description')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/partners" variant="light">
          {t('partners.backToList')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
