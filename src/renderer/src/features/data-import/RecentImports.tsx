// The page's history: the latest imports of this kind, each opening the list of its rows.
import { Anchor, Card, Skeleton, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DataImportKind } from '../../../../shared/data-import';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { importedRowsHref } from './imported-rows-href';

export function RecentImports({ kind }: { kind: DataImportKind }) {
  const { t, i18n } = useTranslation();
  const imports = useCoreQuery('imports.list', { kind });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="recent-imports-title">
      <Title order={2} size="h4" mb="sm" id="recent-imports-title">
        {t('dataImport.recent.title')}
      </Title>
      {imports.isPending ? (
        <Skeleton height={80} aria-busy="true" />
      ) : imports.isError ? (
        <QueryErrorAlert
          error={imports.error}
          onRetry={() => void imports.refetch()}
          title={t('dataImport.recent.failed')}
        />
      ) : imports.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dataImport.recent.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid="recent-imports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dataImport.recent.when')}</Table.Th>
                <Table.Th>{t('dataImport.recent.file')}</Table.Th>
                <Table.Th>{t('dataImport.recent.rows')}</Table.Th>
                <Table.Th>{t('dataImport.recent.result')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    {new Date(item.at).toLocaleString(i18n.language, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    })}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.fileName}</Table.Td>
                  <Table.Td>{item.rowCount}</Table.Td>
                  <Table.Td>
                    {t('dataImport.doneSummary', {
                      created: item.created,
                      updated: item.updated,
                      unchanged: item.unchanged,
                    })}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={importedRowsHref(kind, item.id)} size="sm">
                      {t('dataImport.recent.show')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
