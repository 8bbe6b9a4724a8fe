// Every contact across all partners, searchable, paged through a virtualized table; a row opens
// the contact's partner.
import { Box, Group, Stack, Text, Title, EmptyState } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Contact } from '../../../../shared/contacts';
import { usePagedList } from '../../api/use-paged-list';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { VirtualTable } from '../../components/VirtualTable';
import { contactColumns } from './contact-columns';

export function ContactsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const [visibleRows, setVisibleRows] = useState({ first: 0, last: 30 });
  const list = usePagedList('contacts.list', { search }, visibleRows);
  const columns = useMemo(() => contactColumns(t, i18n.language), [t, i18n.language]);

  return (
    <Stack h="100%" gap="md">
      <Group align="baseline" gap="sm">
        <Title order={1} size="h2">
          {t('contacts.listTitle')}
        </Title>
        <Text c="dimmed" size="sm" data-testid="contact-count" aria-live="polite">
          {list.total === undefined ? '' : t('contacts.count', { count: list.total })}
        </Text>
      </Group>
      <Box maw={360}>
        <DebouncedSearchInput
          label={t('contacts.search.label')}
          placeholder={t('contacts.search.placeholder')}
          value={search}
          onChange={(q) => setSearchParams(q.trim() ? { q } : {}, { replace: true })}
        />
      </Box>
      {list.error ? (
        <QueryErrorAlert error={list.error} onRetry={list.refetch} title={t('contacts.loadFailed')} />
      ) : null}
      <Box flex={1} mih={240}>
        <VirtualTable<Contact>
          label={t('contacts.tableLabel')}
          columns={columns}
          total={list.total}
          rowAt={list.rowAt}
          rowKey={(row) => row.id}
          onRowClick={(row) => navigate(`/partners/${row.partnerId}`)}
          onVisibleRowsChange={setVisibleRows}
          resetScrollKey={search}
          empty={
            <EmptyState
              icon={<IconAddressBook size={28} aria-hidden />}
              withIndicatorBackground
              title={search ? t('contacts.empty.title') : t('contacts.none.title')}
              description={search ? t('contacts.empty.description') : t('contacts.none.description')}
            />
          }
        />
      </Box>
    </Stack>
  );
}
