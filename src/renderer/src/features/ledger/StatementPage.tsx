// The printable partner statement of a program: an A4 sheet in the statement's language (the
// partner's main contact's, or the one picked on screen) with the balance, points expiring, every
// entry with its running balance, progress (tier, targets, badges, rank) and how each award was
// calculated. Print uses the browser's dialog (the app shell is hidden in print); Download PDF
// takes a picture of the sheet; Export gives the entries as a spreadsheet for finance.
import { Alert, Anchor, Button, Group, Select, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { statementLanguages, type StatementLanguage } from '../../../../shared/ledger';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { ExportMenu } from '../data-export/ExportMenu';
import { localToday } from '../visit-notes/local-day';
import { StatementSheet } from './StatementSheet';
import { downloadStatementPdf } from './statement-pdf';
import './statement-print.css';

export function StatementPage() {
  const { programId = '', partnerId = '' } = useParams();
  const { t } = useTranslation();
  const [language, setLanguage] = useState<StatementLanguage | null>(null);
  const statement = useCoreQuery('ledger.statement', { programId, partnerId, today: localToday(), language });
  const sheet = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const lng = statement.data?.language ?? language ?? 'en';
  const { t: st } = useTranslation(undefined, { lng });

  async function downloadPdf() {
    if (!sheet.current || !statement.data) return;
    setExporting(true);
    setExportError(null);
    try {
      const { partner, today } = statement.data;
      await downloadStatementPdf(sheet.current, `${partner.name} ${st('statement.title')} ${today}.pdf`);
    } catch (error) {
      setExportError(errorText(t, error));
    } finally {
      setExporting(false);
    }
  }

  return (
    <Stack gap="md" className="ck-statement-page">
      <Group justify="space-between" className="ck-statement-controls" wrap="wrap">
        <Anchor component={Link} to={`/partners/${partnerId}`} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={16} aria-hidden />
            {t('statement.back')}
          </Group>
        </Anchor>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('statement.language')}
            size="xs"
            w={180}
            allowDeselect={false}
            value={lng}
            onChange={(value) => value && setLanguage(value as StatementLanguage)}
            data={statementLanguages.map((code) => ({
              value: code,
              label: t(`statement.languages.${code}`),
            }))}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
            disabled={!statement.data}
          >
            {t('statement.print')}
          </Button>
          <Button
            size="xs"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void downloadPdf()}
            loading={exporting}
            disabled={!statement.data}
          >
            {t('statement.downloadPdf')}
          </Button>
          <ExportMenu
            size="xs"
            request={{ view: 'ledger', filters: { programId, partnerId } }}
            disabled={!statement.data?.entries.length}
          />
        </Group>
      </Group>
      {exportError ? (
        <Alert color="red" role="alert" className="ck-statement-controls">
          {exportError}
        </Alert>
      ) : null}
      {statement.error ? (
        <QueryErrorAlert
          error={statement.error}
          title={t('statement.loadFailed')}
          onRetry={() => void statement.refetch()}
        />
      ) : !statement.data ? (
        <Skeleton height={900} maw={820} mx="auto" w="100%" aria-busy="true" />
      ) : (
        <StatementSheet ref={sheet} statement={statement.data} />
      )}
    </Stack>
  );
}
