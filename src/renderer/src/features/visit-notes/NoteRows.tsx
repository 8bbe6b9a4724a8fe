// The repeating parts of the visit-note form: issues raised, commitments made and follow-up tasks,
// each row with its own fields, its own messages and a remove button.
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../../../../shared/errors';
import { fieldMessageText } from '../../i18n/error-text';
import { rowKey, type CommitmentRow, type FollowUpRow, type IssueRow } from './visit-note-form-values';

type Errors = Record<string, FieldMessage>;
type Update<R> = (update: (rows: R[]) => R[]) => void;
export interface OwnerOption {
  value: string;
  label: string;
}

function useMessage(errors: Errors) {
  const { t } = useTranslation();
  return (path: string) => {
    const message = errors[path];
    return message ? fieldMessageText(t, message) : undefined;
  };
}

function RowsSection({
  title,
  description,
  addLabel,
  onAdd,
  children,
  empty,
}: {
  title: string;
  description?: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
  empty: boolean;
}) {
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" size="sm" fw={500} p={0}>
        {title}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed" mt={-4}>
          {description}
        </Text>
      ) : null}
      {empty ? null : children}
      <Group>
        <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={onClick} mt={4}>
      <IconTrash size={16} aria-hidden />
    </ActionIcon>
  );
}

export function IssueRows({
  rows,
  onChange,
  errors,
}: {
  rows: IssueRow[];
  onChange: Update<IssueRow>;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const message = useMessage(errors);
  const set = (key: string, text: string) =>
    onChange((all) => all.map((r) => (r.key === key ? { ...r, text } : r)));
  return (
    <RowsSection
      title={t('visitNotes.form.issues')}
      addLabel={t('visitNotes.form.addIssue')}
      onAdd={() => onChange((all) => [...all, { key: rowKey(), text: '' }])}
      empty={rows.length === 0}
    >
      {rows.map((row, index) => (
        <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={t('visitNotes.form.issueN', { n: index + 1 })}
            placeholder={t('visitNotes.form.issuePlaceholder')}
            value={row.text}
            error={message(`issues.${row.key}`)}
            onChange={(event) => set(row.key, event.currentTarget.value)}
            data-autofocus={index === rows.length - 1 && row.text === '' ? true : undefined}
          />
          <RemoveButton
            label={t('visitNotes.form.removeIssue', { n: index + 1 })}
            onClick={() => onChange((all) => all.filter((r) => r.key !== row.key))}
          />
        </Group>
      ))}
    </RowsSection>
  );
}

export function CommitmentRows({
  rows,
  onChange,
  errors,
  owners,
  defaultOwnerId,
}: {
  rows: CommitmentRow[];
  onChange: Update<CommitmentRow>;
  errors: Errors;
  owners: OwnerOption[];
  defaultOwnerId: string | null;
}) {
  const { t } = useTranslation();
  const message = useMessage(errors);
  const set = (key: string, fields: Partial<CommitmentRow>) =>
    onChange((all) => all.map((r) => (r.key === key ? { ...r, ...fields } : r)));
  return (
    <RowsSection
      title={t('visitNotes.form.commitments')}
      description={t('visitNotes.form.commitmentsHint')}
      addLabel={t('visitNotes.form.addCommitment')}
      onAdd={() =>
        onChange((all) => [
          ...all,
          { key: rowKey(), description: '', madeBy: 'us', ownerId: defaultOwnerId, dueDate: '' },
        ])
      }
      empty={rows.length === 0}
    >
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <Paper key={row.key} withBorder p="sm" radius="md" data-testid="commitment-row">
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1 }} miw={0}>
                <TextInput
                  label={t('visitNotes.form.commitmentN', { n })}
                  placeholder={t('visitNotes.form.commitmentPlaceholder')}
                  value={row.description}
                  error={message(`commitments.${row.key}.description`)}
                  onChange={(event) => set(row.key, { description: event.currentTarget.value })}
                />
                <Group gap="sm" align="flex-start" grow preventGrowOverflow={false}>
                  <Stack gap={4}>
                    <Text size="sm" fw={500} id={`${row.key}-made-by`}>
                      {t('visitNotes.form.madeBy')}
                    </Text>
                    <SegmentedControl
                      size="xs"
                      aria-labelledby={`${row.key}-made-by`}
                      value={row.madeBy}
                      onChange={(value) => set(row.key, { madeBy: value === 'partner' ? 'partner' : 'us' })}
                      data={[
                        { value: 'us', label: t('visitNotes.madeBy.us') },
                        { value: 'partner', label: t('visitNotes.madeBy.partner') },
                      ]}
                    />
                  </Stack>
                  <Select
                    label={t('visitNotes.form.owner')}
                    aria-label={t('visitNotes.form.ownerOfCommitment', { n })}
                    data={owners}
                    value={row.ownerId}
                    onChange={(ownerId) => set(row.key, { ownerId })}
                    error={message(`commitments.${row.key}.ownerId`)}
                    clearable
                    searchable
                  />
                  <TextInput
                    type="date"
                    label={t('visitNotes.form.dueDate')}
                    aria-label={t('visitNotes.form.dueDateOfCommitment', { n })}
                    value={row.dueDate}
                    error={message(`commitments.${row.key}.dueDate`)}
                    onChange={(event) => set(row.key, { dueDate: event.currentTarget.value })}
                  />
                </Group>
              </Stack>
              <RemoveButton
                label={t('visitNotes.form.removeCommitment', { n })}
                onClick={() => onChange((all) => all.filter((r) => r.key !== row.key))}
              />
            </Group>
          </Paper>
        );
      })}
    </RowsSection>
  );
}

export function FollowUpRows({
  rows,
  onChange,
  errors,
  owners,
}: {
  rows: FollowUpRow[];
  onChange: Update<FollowUpRow>;
  errors: Errors;
  owners: OwnerOption[];
}) {
  const { t } = useTranslation();
  const message = useMessage(errors);
  const set = (key: string, fields: Partial<FollowUpRow>) =>
    onChange((all) => all.map((r) => (r.key === key ? { ...r, ...fields } : r)));
  return (
    <RowsSection
      title={t('visitNotes.form.followUps')}
      description={t('visitNotes.form.followUpsHint')}
      addLabel={t('visitNotes.form.addFollowUp')}
      onAdd={() => onChange((all) => [...all, { key: rowKey(), title: '', date: '', ownerId: null }])}
      empty={rows.length === 0}
    >
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <Paper key={row.key} withBorder p="sm" radius="md">
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <Group gap="sm" align="flex-start" style={{ flex: 1 }} grow preventGrowOverflow={false}>
                <TextInput
                  label={t('visitNotes.form.followUpN', { n })}
                  placeholder={t('visitNotes.form.followUpPlaceholder')}
                  value={row.title}
                  error={message(`followUps.${row.key}.title`)}
                  onChange={(event) => set(row.key, { title: event.currentTarget.value })}
                />
                <TextInput
                  type="date"
                  label={t('visitNotes.form.followUpDate')}
                  aria-label={t('visitNotes.form.dateOfFollowUp', { n })}
                  value={row.date}
                  error={message(`followUps.${row.key}.date`)}
                  onChange={(event) => set(row.key, { date: event.currentTarget.value })}
                />
                <Select
                  label={t('visitNotes.form.owner')}
                  aria-label={t('visitNotes.form.ownerOfFollowUp', { n })}
                  placeholder={t('visitNotes.form.visitOwner')}
                  data={owners}
                  value={row.ownerId}
                  onChange={(ownerId) => set(row.key, { ownerId })}
                  error={message(`followUps.${row.key}.ownerId`)}
                  clearable
                  searchable
                />
              </Group>
              <RemoveButton
                label={t('visitNotes.form.removeFollowUp', { n })}
                onClick={() => onChange((all) => all.filter((r) => r.key !== row.key))}
              />
            </Group>
          </Paper>
        );
      })}
    </RowsSection>
  );
}
