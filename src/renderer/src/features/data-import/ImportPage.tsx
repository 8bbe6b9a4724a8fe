// Import a spreadsheet of partners, contacts, sales, survey answers or a program's claims: file,
// column mapping (and for partners and contacts, how rows match stored records), preview, commit.
// The core checks the file at every step and again on commit; the page only shows what it says.
// Long checks and imports show their progress and can be cancelled.
import {
  Alert,
  Button,
  Card,
  EmptyState,
  FileInput,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconDownload, IconFileSpreadsheet, IconMapQuestion } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  dataImportKinds,
  matchedImportKinds,
  maxImportBytes,
  type DataImportKind,
  type ImportCommit,
  type ImportMatchMode,
} from '../../../../shared/data-import';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { downloadText } from '../../components/FileDownload/download-file';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { importedRowsHref } from './imported-rows-href';
import { templateCsv, templateFileName } from './import-template';
import { ImportProgressBar } from './ImportProgressBar';
import { MappingStep } from './MappingStep';
import { MatchModeStep } from './MatchModeStep';
import { PreviewStep } from './PreviewStep';
import { readFileBase64 } from './read-file';
import { RecentImports } from './RecentImports';
import { newJobId, useCancelImport, useImportJobProgress } from './use-import-job';
import { useImportPreview, type ChosenFile } from './use-import-preview';

const maxMb = maxImportBytes / 2 ** 20;

export function ImportPage() {
  const { kind } = useParams();
  const known = dataImportKinds.find((k) => k === kind);
  // A new kind in the address starts the page afresh (no file of the other kind carried over).
  return known ? <ImportFlow key={known} kind={known} /> : <UnknownKind />;
}

function UnknownKind() {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapQuestion size={28} aria-hidden />}
      withIndicatorBackground
      title={t('dataImport.unknownKind.title')}
      description={t('dataImport.unknownKind.description')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/import/partners" variant="light">
          {t('dataImport.openPartners')}
        </Button>
        <Button component={Link} to="/import/sales" variant="light">
          {t('dataImport.openSales')}
        </Button>
        <Button component={Link} to="/import/surveys" variant="light">
          {t('dataImport.openSurveys')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

interface Done extends ImportCommit {
  fileName: string;
}

function ImportFlow({ kind }: { kind: DataImportKind }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const announce = useAnnounceWrite();
  const today = useMemo(() => localToday(), []);
  const workspace = useCoreQuery('workspace.get', {});
  const [chosen, setChosen] = useState<File | null>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [importing, setImporting] = useState(false);
  const [commitJob, setCommitJob] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [matchBy, setMatchBy] = useState<ImportMatchMode>('nameCity');
  const matched = matchedImportKinds.includes(kind);
  const cancel = useCancelImport();
  const [commitError, setCommitError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [searchParams] = useSearchParams();
  const [programId, setProgramId] = useState<string | null>(
    kind === 'claims' ? searchParams.get('program') : null,
  );
  const programs = useCoreQuery('programs.list', { statuses: ['active'] }, { enabled: kind === 'claims' });
  const { preview, retry } = useImportPreview(kind, file, mapping, today, { programId, matchBy });
  const previewJob = preview.state === 'loading' ? preview.jobId : null;
  const previewProgress = useImportJobProgress(previewJob);
  const commitProgress = useImportJobProgress(commitJob);

  const choose = async (next: File | null) => {
    setChosen(next);
    setFile(null);
    setMapping({});
    setLocalError(null);
    setCommitError(null);
    setCancelled(false);
    if (!next) return;
    setDone(null);
    if (next.size > maxImportBytes) {
      setLocalError(t('dataImport.file.tooLarge', { mb: maxMb }));
      return;
    }
    try {
      setFile({ fileName: next.name, contentBase64: await readFileBase64(next) });
    } catch {
      setLocalError(t('dataImport.file.readFailed'));
    }
  };

  const commit = async () => {
    if (!file || preview.state !== 'ready') return;
    setImporting(true);
    setCommitError(null);
    setCancelled(false);
    const jobId = newJobId();
    setCommitJob(jobId);
    try {
      const result = await call('imports.commit', {
        kind,
        ...file,
        mapping,
        today,
        programId,
        matchBy,
        jobId,
        fileHash: preview.preview.fileHash,
      });
      if (result.cancelled) {
        setCancelled(true);
        return;
      }
      const count = result.created + result.updated;
      const doneText =
        kind === 'claims'
          ? t('dataImport.doneClaims', { count, file: file.fileName })
          : t('dataImport.done', { count, file: file.fileName });
      announce(doneText, result.batchId ?? '');
      setDone({ ...result, fileName: file.fileName });
      setChosen(null);
      setFile(null);
      setMapping({});
      await queryClient.invalidateQueries();
    } catch (error) {
      setCommitError(errorText(t, error));
      // The refusal may come from data that changed since the preview: show the current one.
      retry();
    } finally {
      setImporting(false);
      setCommitJob(null);
    }
  };

  const ready = preview.state === 'ready' ? preview.preview : null;
  const fileError = localError ?? (ready?.fileError ? fieldMessageText(t, ready.fileError) : null);
  const mappingOk = ready && !ready.fileError && Object.keys(ready.mappingErrors).length === 0;
  const currency = ready?.currency ?? workspace.data?.currency ?? '';

  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t(`dataImport.title.${kind}`)}
        </Title>
        <Text c="dimmed" maw={820}>
          {t(`dataImport.intro.${kind}`)}
        </Text>
      </Stack>

      {done ? (
        <Alert
          color="teal"
          icon={<IconCircleCheck aria-hidden />}
          title={t('dataImport.doneTitle')}
          data-testid="import-done"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {kind === 'claims'
                ? t('dataImport.doneClaims', { count: done.created + done.updated, file: done.fileName })
                : t('dataImport.done', { count: done.created + done.updated, file: done.fileName })}{' '}
              {t('dataImport.doneSummary', {
                created: done.created,
                updated: done.updated,
                unchanged: done.unchanged,
              })}
            </Text>
            {done.id ? (
              <Button component={Link} to={importedRowsHref(kind, done.id)} size="xs" color="teal">
                {t(`dataImport.showImported.${kind}`)}
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : null}

      <StepCard title={t('dataImport.step.file')}>
        {kind === 'claims' ? (
          <Select
            label={t('dataImport.program.label')}
            description={t('dataImport.program.description')}
            placeholder={t('dataImport.program.placeholder')}
            data={(programs.data ?? []).map((program) => ({ value: program.id, label: program.name }))}
            value={programId}
            onChange={setProgramId}
            error={programs.data && programs.data.length === 0 ? t('dataImport.program.none') : undefined}
            searchable
            withAsterisk
            w={{ base: '100%', sm: 420 }}
          />
        ) : null}
        <Group align="flex-start" gap="lg" wrap="wrap">
          <FileInput
            label={t('dataImport.file.label')}
            placeholder={t('dataImport.file.placeholder')}
            description={t('dataImport.file.description', { mb: maxMb })}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            value={chosen}
            onChange={(next) => void choose(next)}
            clearable
            error={fileError}
            w={{ base: '100%', sm: 420 }}
          />
          <Stack gap={4} pt={{ base: 0, sm: 22 }}>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              disabled={!currency}
              onClick={() =>
                downloadText(templateFileName(kind), templateCsv(kind, currency, today), 'text/csv')
              }
            >
              {t('dataImport.file.template')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('dataImport.file.templateHint')}
            </Text>
          </Stack>
        </Group>
        {preview.state === 'loading' ? (
          previewProgress && previewProgress.total > 0 ? (
            <ImportProgressBar
              progress={previewProgress}
              activity="checking"
              onCancel={() => cancel(preview.jobId)}
            />
          ) : (
            <Group gap="sm" aria-busy="true">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('dataImport.file.reading')}
              </Text>
              <Button size="xs" variant="subtle" color="gray" onClick={() => cancel(preview.jobId)}>
                {t('dataImport.progress.cancelCheck')}
              </Button>
            </Group>
          )
        ) : null}
        {preview.state === 'cancelled' ? (
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {t('dataImport.progress.checkCancelled')}
            </Text>
            <Button size="xs" variant="light" onClick={retry}>
              {t('dataImport.progress.checkAgain')}
            </Button>
          </Group>
        ) : null}
        {preview.state === 'failed' ? (
          <QueryErrorAlert error={preview.error} onRetry={retry} title={t('dataImport.file.previewFailed')} />
        ) : null}
      </StepCard>

      {ready && !ready.fileError ? (
        <StepCard title={t('dataImport.step.mapping')} busy={preview.state === 'ready' && preview.refreshing}>
          <MappingStep
            preview={ready}
            onChange={(field, column) => setMapping((m) => ({ ...m, [field]: column }))}
          />
          {matched ? <MatchModeStep kind={kind} value={matchBy} onChange={setMatchBy} /> : null}
        </StepCard>
      ) : null}

      {ready && !ready.fileError ? (
        <StepCard title={t('dataImport.step.preview')} busy={preview.state === 'ready' && preview.refreshing}>
          {commitError ? (
            <Alert color="red" title={t('dataImport.importFailed')} role="alert">
              {commitError}
            </Alert>
          ) : null}
          {cancelled ? (
            <Alert
              color="yellow"
              title={t('dataImport.progress.importCancelledTitle')}
              data-testid="import-cancelled"
            >
              {t('dataImport.progress.importCancelled')}
            </Alert>
          ) : null}
          {importing ? (
            <ImportProgressBar
              progress={commitProgress}
              activity="importing"
              onCancel={() => cancel(commitJob)}
            />
          ) : null}
          {mappingOk && file ? (
            <PreviewStep
              kind={kind}
              preview={ready}
              fileName={file.fileName}
              importing={importing}
              onImport={() => void commit()}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('dataImport.mapping.fixFirst')}
            </Text>
          )}
        </StepCard>
      ) : null}

      <RecentImports kind={kind} />
    </Stack>
  );
}

function StepCard({ title, busy = false, children }: { title: string; busy?: boolean; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title} aria-busy={busy}>
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} size="h4">
            {title}
          </Title>
          {busy ? <Loader size="xs" /> : null}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
