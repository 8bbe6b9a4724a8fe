// "Enrol partners": a searchable multi-select of the partners who may join (already enrolled ones
// shown but not choosable), how many are still out, and one batch for all chosen.
import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import type { Program } from '../../../../shared/programs';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';

export function EnrolModal({
  program,
  opened,
  onClose,
}: {
  program: Program;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('programs.enrol.title', { program: program.name })}
      size="lg"
      closeOnClickOutside={false}
    >
      {opened ? <EnrolForm program={program} onClose={onClose} /> : null}
    </Modal>
  );
}

function EnrolForm({ program, onClose }: { program: Program; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [chosen, setChosen] = useState<string[]>([]);
  // Names of chosen partners stay known when a later search no longer lists them.
  const [names, setNames] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const eligible = useCoreQuery(
    'programs.eligible',
    { programId: program.id, search: debounced, limit: 100 },
    { placeholderData: (previous) => previous },
  );
  const enrol = useCoreMutation('programs.enroll');

  const options = useMemo(() => {
    const rows = eligible.data?.rows ?? [];
    const listed = rows.map((row) => ({
      value: row.partnerId,
      label: [row.name, row.city, row.enrolled ? `(${t('programs.enrol.enrolled')})` : '']
        .filter(Boolean)
        .join(' · '),
      disabled: row.enrolled,
    }));
    for (const id of chosen)
      if (!listed.some((o) => o.value === id))
        listed.push({ value: id, label: names[id] ?? '…', disabled: false });
    return listed;
  }, [eligible.data, chosen, names, t]);

  async function submit() {
    setFailure(null);
    try {
      const result = await enrol.mutateAsync({
        programId: program.id,
        partnerIds: chosen,
        today: localToday(),
      });
      announce(t('programs.enrol.done', { count: chosen.length, program: program.name }), result.batchId);
      onClose();
    } catch (error) {
      setFailure(
        error instanceof CoreError && error.fields?.partnerIds ? error.message : errorText(t, error),
      );
    }
  }

  const data = eligible.data;
  const allIn = data !== undefined && data.total > 0 && data.notEnrolled === 0;
  const noneEligible = data !== undefined && data.total === 0;
  return (
    <form
      noValidate
      aria-label={t('programs.enrol.title', { program: program.name })}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {eligible.error ? (
          <QueryErrorAlert error={eligible.error} onRetry={() => void eligible.refetch()} />
        ) : noneEligible ? (
          <Alert color="gray">{t('programs.enrol.noneEligible')}</Alert>
        ) : allIn ? (
          <Alert color="teal" data-testid="all-enrolled">
            {t('programs.enrol.allEnrolled', { count: data.total })}
          </Alert>
        ) : data ? (
          <Text size="sm" c="dimmed" data-testid="eligible-count">
            {t('programs.enrol.eligibleCount', { notEnrolled: data.notEnrolled, total: data.total })}
          </Text>
        ) : null}
        {noneEligible || allIn ? null : (
          <MultiSelect
            label={t('programs.enrol.pick')}
            placeholder={chosen.length ? undefined : t('programs.enrol.pickPlaceholder')}
            data={options}
            value={chosen}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            // The core searched already (name or city); the list shows what it found.
            filter={({ options: all }) => all}
            nothingFoundMessage={eligible.isFetching ? '…' : t('programs.participants.noneMatching')}
            maxDropdownHeight={280}
            data-autofocus
            onChange={(ids) => {
              setNames((current) => {
                const next = { ...current };
                for (const option of options) next[option.value] ??= option.label;
                return next;
              });
              setChosen(ids);
            }}
          />
        )}
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('programs.enrol.cancel')}
          </Button>
          <Button type="submit" disabled={chosen.length === 0} loading={enrol.isPending}>
            {chosen.length
              ? t('programs.enrol.submit', { count: chosen.length })
              : t('programs.enrol.submitNone')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
