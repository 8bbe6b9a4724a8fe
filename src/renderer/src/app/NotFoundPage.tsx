// An address inside the app that leads nowhere (an old link, a typo).
import { Button, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapQuestion size={28} aria-hidden />}
      withIndicatorBackground
      title={t('notFound.title')}
      description={t('notFound.description')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          {t('nav.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
