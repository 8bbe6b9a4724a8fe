// Edits one playbook: name, situation, description and its steps (key, kind, title, offset, the
// step it waits on, assignee, notes), added, removed and reordered. Problems show at the exact step
// field, from the shared schema before saving and from the core after.
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Grid,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import {
  playbookFieldsSchema,
  retentionActionKinds,
  retentionSituations,
  type Playbook,
  type RetentionActionKind,
  type RetentionSituation,
} from '../../../../shared/retention';
import { fieldMessagesFromZod } from '../../../../shared/validation';
import { useCoreMutation } from '../../api/core-queries';
import { requiredLabel } from '../../forms/required-label';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import {
  draftErrorsFrom,
  draftOf,
  fieldsOf,
  moveStep,
  newStep,
  removeStep,
  renameKey,
  type DraftErrors,
  type DraftStep,
} from './playbook-draft';
import { isStale, StaleNotice } from './StaleNotice';
import { useOwnerOptions } from './use-owner-options';

/** The assignee choice for "whoever owns the partner". */
const partnersOwner = 'partner-owner';

export interface PlaybookEditorProps {
  /** The playbook to edit; null for a new one. */
  playbook: Playbook | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

export function PlaybookEditor({ playbook, onSaved, onCancel }: PlaybookEditorProps) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const owners = useOwnerOptions();
  const save = useCoreMutation('playbooks.save');
  const [draft, setDraft] = useState(() => draftOf(playbook));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const title = playbook
    ? t('retention.playbooks.editTitle', { name: playbook.name })
    : t('retention.playbooks.newTitle');

  const errorAt = (path: string) => {
    const message = errors[path];
    return message ? fieldMessageText(t, message) : undefined;
  };
  const clear = (path: string) =>
    setErrors((current) => {
      if (!(path in current)) return current;
      const next = { ...current };
      delete next[path];
      return next;
    });
  const setSteps = (steps: DraftStep[], keepErrors = false) => {
    setDraft((current) => ({ ...current, steps }));
    // Step positions moved: messages at old positions would sit next to the wrong step.
    if (!keepErrors)
      setErrors((current) =>
        Object.fromEntries(Object.entries(current).filter(([p]) => !p.startsWith('steps'))),
      );
  };
  const editStep = (index: number, field: keyof DraftStep, change: Partial<DraftStep>) => {
    setDraft((current) => ({
      ...current,
      steps: current.steps.map((step, i) => (i === index ? { ...step, ...change } : step)),
    }));
    clear(`steps.${index}.${field}`);
  };

  async function submit() {
    setFailure(null);
    setStale(null);
    const fields = fieldsOf(draft);
    const checked = playbookFieldsSchema.safeParse(fields);
    if (!checked.success) {
      setErrors(fieldMessagesFromZod(checked.error));
      focusFirstError();
      return;
    }
    setErrors({});
    try {
      const result = await save.mutateAsync({
        id: playbook?.id ?? null,
        revision: playbook?.revision ?? null,
        playbook: fields,
      });
      announce(t('retention.playbooks.saved', { name: draft.name.trim() }), result.batchId);
      onSaved(result.id);
    } catch (error) {
      if (isStale(error) || (error instanceof CoreError && error.code === 'CONFLICT'))
        setStale(errorText(t, error));
      else if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        setErrors(draftErrorsFrom(error.fields));
        focusFirstError();
      } else setFailure(errorText(t, error));
    }
  }

  const keyOptions = (self: number) =>
    draft.steps
      .filter((step, index) => index !== self && step.key.trim() !== '')
      .map((step) => ({ value: step.key, label: `${step.key}${step.title ? ` — ${step.title}` : ''}` }));
  const assigneeOptions = [{ value: partnersOwner, label: t('retention.partnersOwner') }, ...owners.options];
  const general = errors['steps'] ?? errors[''];

  return (
    <form
      noValidate
      aria-label={title}
      id="playbook-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...requiredLabel(t('retention.playbooks.name'))}
            value={draft.name}
            error={errorAt('name')}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setDraft((current) => ({ ...current, name }));
              clear('name');
            }}
          />
          <Select
            {...requiredLabel(t('retention.fields.situation'))}
            data={retentionSituations.map((situation) => ({
              value: situation,
              label: t(`retention.situation.${situation}`),
            }))}
            value={draft.situation}
            allowDeselect={false}
            error={errorAt('situation')}
            onChange={(situation) =>
              situation && setDraft((current) => ({ ...current, situation: situation as RetentionSituation }))
            }
          />
        </SimpleGrid>
        <Textarea
          label={t('retention.playbooks.description')}
          autosize
          minRows={2}
          maxRows={5}
          value={draft.description}
          error={errorAt('description')}
          onChange={(event) => {
            const description = event.currentTarget.value;
            setDraft((current) => ({ ...current, description }));
          }}
        />
        <Group justify="space-between">
          <Text fw={600}>{t('retention.playbooks.steps', { count: draft.steps.length })}</Text>
          <Text size="xs" c="dimmed">
            {t('retention.playbooks.stepsHint')}
          </Text>
        </Group>
        {general ? (
          <Alert color="red" role="alert">
            {fieldMessageText(t, general)}
          </Alert>
        ) : null}
        <Stack gap="sm" data-testid="playbook-steps">
          {draft.steps.map((step, index) => {
            const n = index + 1;
            const named = (label: string) => ({
              label,
              'aria-label': t('retention.playbooks.stepField', { field: label, n }),
            });
            return (
              <Paper key={step.uid} withBorder p="sm" radius="md" data-testid="playbook-step">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {t('retention.playbooks.stepNumber', { n })}
                    </Text>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('retention.playbooks.moveUp', { n })}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('retention.playbooks.moveUp', { n })}
                          disabled={index === 0}
                          onClick={() => setSteps(moveStep(draft.steps, index, -1))}
                        >
                          <IconArrowUp size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('retention.playbooks.moveDown', { n })}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('retention.playbooks.moveDown', { n })}
                          disabled={index === draft.steps.length - 1}
                          onClick={() => setSteps(moveStep(draft.steps, index, 1))}
                        >
                          <IconArrowDown size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('retention.playbooks.removeStep', { n })}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('retention.playbooks.removeStep', { n })}
                          onClick={() => setSteps(removeStep(draft.steps, step.uid))}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Group>
                  <Grid gap="sm">
                    <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
                      <TextInput
                        {...named(t('retention.playbooks.key'))}
                        withAsterisk
                        value={step.key}
                        error={errorAt(`steps.${index}.key`)}
                        onChange={(event) => {
                          const key = event.currentTarget.value;
                          setSteps(renameKey(draft.steps, step.uid, key), true);
                          clear(`steps.${index}.key`);
                        }}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
                      <Select
                        {...named(t('retention.fields.kind'))}
                        withAsterisk
                        data={retentionActionKinds.map((kind) => ({
                          value: kind,
                          label: t(`retention.actionKind.${kind}`),
                        }))}
                        value={step.kind}
                        allowDeselect={false}
                        error={errorAt(`steps.${index}.kind`)}
                        onChange={(kind) =>
                          kind && editStep(index, 'kind', { kind: kind as RetentionActionKind })
                        }
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
                      <NumberInput
                        {...named(t('retention.playbooks.offsetDays'))}
                        withAsterisk
                        min={0}
                        max={365}
                        allowDecimal={false}
                        value={step.offsetDays}
                        error={errorAt(`steps.${index}.offsetDays`)}
                        onChange={(value) =>
                          editStep(index, 'offsetDays', {
                            offsetDays: typeof value === 'number' ? value : '',
                          })
                        }
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6, lg: 5 }}>
                      <Select
                        {...named(t('retention.playbooks.after'))}
                        placeholder={t('retention.playbooks.afterNone')}
                        data={keyOptions(index)}
                        value={step.after}
                        clearable
                        error={errorAt(`steps.${index}.after`)}
                        onChange={(after) => editStep(index, 'after', { after })}
                      />
                    </Grid.Col>
                  </Grid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
                    <TextInput
                      {...named(t('retention.fields.actionTitle'))}
                      withAsterisk
                      value={step.title}
                      error={errorAt(`steps.${index}.title`)}
                      onChange={(event) => editStep(index, 'title', { title: event.currentTarget.value })}
                    />
                    <Select
                      {...named(t('retention.playbooks.assignee'))}
                      data={assigneeOptions}
                      value={step.assigneeId ?? partnersOwner}
                      allowDeselect={false}
                      error={errorAt(`steps.${index}.assigneeId`)}
                      onChange={(value) =>
                        editStep(index, 'assigneeId', {
                          assigneeId: value && value !== partnersOwner ? value : null,
                        })
                      }
                    />
                  </SimpleGrid>
                  <Textarea
                    {...named(t('retention.fields.notes'))}
                    autosize
                    minRows={1}
                    maxRows={4}
                    value={step.notes}
                    error={errorAt(`steps.${index}.notes`)}
                    onChange={(event) => editStep(index, 'notes', { notes: event.currentTarget.value })}
                  />
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setSteps([...draft.steps, newStep(draft.steps)], true)}
          >
            {t('retention.playbooks.addStep')}
          </Button>
        </Group>
        {stale ? <StaleNotice message={stale} onReload={onCancel} /> : null}
        {failure ? (
          <Alert color="red" role="alert" title={t('errors.saveFailed')}>
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('retention.playbooks.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function focusFirstError() {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('#playbook-editor [aria-invalid="true"]')?.focus();
  });
}
