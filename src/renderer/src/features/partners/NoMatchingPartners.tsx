// What the partner list says when it has no rows: nothing matches the filters, or there are no
// partners at all yet.
import { Button, EmptyState } from '@mantine/core';
import { IconFilterOff, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface NoMatchingPartnersProps {
  filtered: boolean;
  onClearFilters: () => void;
  onAdd: () => void;
}

export function NoMatchingPartners({ filtered, onClearFilters, onAdd }: NoMatchingPartnersProps) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconUsersGroup size={28} aria-hidden />}
      withIndicatorBackground
      title={filtered ? t('partners.empty.title') : t('partners.none.title')}
      description={filtered ? t('partners.empty.description') : t('partners.none.description')}
    >
      <EmptyState.Actions>
        {filtered ? (
          <Button
            variant="light"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={onClearFilters}
          >
            {t('partners.filters.clear')}
          </Button>
        ) : (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            {t('home.firstRun.addPartner')}
          </Button>
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
}
